package kz.tizim.cli.locator;

import picocli.CommandLine.Command;

/** {@code tizim locator …}: how Tizim reads locators. */
@Command(name = "locator", description = "Show how Tizim reads URLs and hosts (no server, no database).",
        subcommands = {CanonicalCommand.class, RegistrableCommand.class})
public final class LocatorCommand {
}
