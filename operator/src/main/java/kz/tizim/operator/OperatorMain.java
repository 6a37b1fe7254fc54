package kz.tizim.operator;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The ISP agent ({@code tizim operator …}, or {@code java -jar tizim-operator-all.jar}). It depends
 * on the {@code match} module only, so an ISP runs it without the server or a database.
 */
@Command(name = "tizim operator", mixinStandardHelpOptions = true, version = "tizim operator 0.1",
        description = "The ISP agent: sync and verify signed register feeds, match locally, export RPZ and hosts.")
public final class OperatorMain {

    public static void main(String[] args) {
        System.exit(new CommandLine(new OperatorMain()).execute(args));
    }
}
