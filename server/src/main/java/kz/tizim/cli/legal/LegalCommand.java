package kz.tizim.cli.legal;

import picocli.CommandLine.Command;

/** {@code tizim legal …}: dual criminality and the gap matrix from the bundled catalogue. */
@Command(name = "legal",
        description = "Query the legal catalogue bundled in the jar (no server, no database).",
        subcommands = {CheckCommand.class, MatrixCommand.class})
public final class LegalCommand {
}
