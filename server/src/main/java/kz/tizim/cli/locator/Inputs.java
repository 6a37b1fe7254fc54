package kz.tizim.cli.locator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.tizim.match.locator.InvalidLocatorException;

/** Command inputs: the arguments, or when there are none, the lines of standard input (streamed). */
final class Inputs {

    /** Receives one input. */
    interface Consumer {
        void accept(String input);
    }

    /** Turns one input into its output line. */
    interface Answer {
        String answer(String input) throws InvalidLocatorException;
    }

    private Inputs() {
    }

    /**
     * Prints one answer line per input, or {@code error: <reason>} in its place so output lines stay
     * aligned with inputs; returns the exit code: 1 when any input was invalid, else 0.
     */
    static int printEach(List<String> arguments, PrintWriter out, Answer answer) throws IOException {
        boolean[] failed = {false};
        forEach(arguments, input -> {
            try {
                out.println(answer.answer(input));
            } catch (InvalidLocatorException e) {
                out.println("error: " + e.getMessage());
                failed[0] = true;
            }
        });
        out.flush();
        return failed[0] ? 1 : 0;
    }

    private static void forEach(List<String> arguments, Consumer consumer) throws IOException {
        if (!arguments.isEmpty()) {
            for (String argument : arguments) {
                consumer.accept(argument);
            }
            return;
        }
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = stdin.readLine()) != null) {
            consumer.accept(line);
        }
    }
}
