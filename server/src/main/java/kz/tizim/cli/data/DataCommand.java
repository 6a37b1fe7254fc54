package kz.tizim.cli.data;

import picocli.CommandLine.Command;

/** {@code tizim data …}: the offline data Tizim uses. */
@Command(name = "data", description = "Manage offline data: the address databases behind hosting facts.",
        subcommands = UpdateCommand.class)
public final class DataCommand {
}
