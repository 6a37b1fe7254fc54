package kz.tizim.operator;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The ISP agent ({@code tizim operator …}, or {@code java -jar tizim-operator-all.jar}). It depends
 * on the {@code match} module only, so an ISP runs it without the server or a database.
 */
@Command(name = "tizim operator", mixinStandardHelpOptions = true, version = "tizim operator 0.1",
        description = "The ISP agent: sync and verify signed register feeds, match locally, export RPZ and hosts.",
        subcommands = {SyncCommand.class, CheckCommand.class, ExportCommand.class})
public final class OperatorMain {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests run it in-process. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new OperatorMain());
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            cmd.getErr().println("error: " + message);
            cmd.getErr().flush();
            return 1;
        });
        commandLine.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("error: " + ex.getMessage());
            cmd.getErr().println("see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
            cmd.getErr().flush();
            return 2;
        });
        return commandLine;
    }
}
