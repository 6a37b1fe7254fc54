package kz.tizim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tizim} root command. It only wires subcommands; each subcommand is one class.
 * To add a command: write a class annotated with {@link Command} and list it in {@code subcommands}.
 */
@Command(
        name = "tizim",
        mixinStandardHelpOptions = true,
        versionProvider = TizimVersion.class,
        description = "Tizim: the open register of unlawful online resources, run lawfully.",
        subcommands = {
                DemoCommand.class,
                ServeCommand.class,
                kz.tizim.cli.audit.AuditCommand.class,
                kz.tizim.cli.locator.LocatorCommand.class,
                kz.tizim.cli.match.MatchCommand.class,
                kz.tizim.cli.legal.LegalCommand.class,
                kz.tizim.cli.feed.FeedCommand.class,
                kz.tizim.cli.hosting.HostingCommand.class,
                kz.tizim.cli.data.DataCommand.class,
                kz.tizim.cli.crossborder.CrossBorderCommand.class,
        })
public final class TizimCommand {

    /** Builds the configured command line; tests use this too (see {@code CliDriver}). */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new TizimCommand());
        commandLine.setExecutionExceptionHandler(new ExecutionErrors());
        commandLine.setParameterExceptionHandler(new UsageErrors());
        return commandLine;
    }
}
