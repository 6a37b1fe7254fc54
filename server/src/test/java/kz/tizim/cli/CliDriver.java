package kz.tizim.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the {@code tizim} CLI in-process and captures what a user would see. */
public final class CliDriver {

    /** What one run of the CLI produced. */
    public record CliResult(int exitCode, String stdout, String stderr) {
    }

    private CliDriver() {
    }

    public static CliResult run(String... args) {
        return runWithStdin("", args);
    }

    /**
     * Runs with the given standard input. Commands read stdin through {@code System.in}, so it is
     * swapped for the duration of the call; tests using this must not run in parallel.
     */
    public static synchronized CliResult runWithStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = TizimCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        InputStream originalIn = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            int exitCode = cmd.execute(args);
            return new CliResult(exitCode, out.toString(), err.toString());
        } finally {
            System.setIn(originalIn);
        }
    }
}
