package kz.tizim.cli;

/**
 * Entry point of the {@code tizim} jar. Starts no Spring context by itself: only the commands that
 * serve HTTP ({@code demo}, {@code serve}) or need the database do, so CLI-only commands stay fast.
 */
public final class TizimMain {

    private TizimMain() {
    }

    public static void main(String[] args) {
        int exitCode = TizimCommand.commandLine().execute(args);
        // A command that started a server returns only after it has stopped; exit code is final here.
        System.exit(exitCode);
    }
}
