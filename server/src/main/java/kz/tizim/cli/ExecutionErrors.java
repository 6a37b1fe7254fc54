package kz.tizim.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an unexpected failure into one readable line and exit code 1. The stack trace is printed
 * only when the user asked for it with {@code --errors}.
 */
final class ExecutionErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        var err = cmd.getErr();
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        err.println("error: " + message);
        boolean verbose = Arrays.asList(parseResult.originalArgs().toArray(new String[0])).contains("--errors");
        if (verbose) {
            ex.printStackTrace(err);
        } else {
            err.println("(run again with --errors for details)");
        }
        err.flush();
        return CommandLine.ExitCode.SOFTWARE;
    }
}
