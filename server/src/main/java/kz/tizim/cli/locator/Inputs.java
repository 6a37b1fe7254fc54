package kz.tizim.cli.locator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Command inputs: the arguments, or when there are none, the lines of standard input (streamed). */
final class Inputs {

    /** Receives one input. */
    interface Consumer {
        void accept(String input);
    }

    private Inputs() {
    }

    static void forEach(List<String> arguments, Consumer consumer) throws IOException {
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
