package kz.tizim.cli.crossborder;

import picocli.CommandLine.Command;

/** {@code tizim crossborder …}: requests to host states. */
@Command(name = "crossborder", description = "Requests to host states (the cross-border desk).",
        subcommands = ExportCommand.class)
public final class CrossBorderCommand {
}
