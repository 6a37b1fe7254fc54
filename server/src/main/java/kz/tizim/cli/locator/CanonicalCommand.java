package kz.tizim.cli.locator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kz.tizim.cli.ErrorsMixin;
import kz.tizim.match.locator.Canonicalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tizim locator canonical URL...}: one canonical URL per input line. */
@Command(name = "canonical",
        description = {"Print the canonical form of each URL (Safe Browsing rules, UTS #46, RFC 5952).",
            "Reads standard input, one URL per line, when no URL is given. An invalid input prints "
                + "'error: <reason>' in its place; the exit code is then 1."})
public final class CanonicalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ErrorsMixin errors;

    @Parameters(paramLabel = "URL", arity = "0..*", description = "URLs to canonicalise.")
    List<String> urls = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(new BufferedWriter(spec.commandLine().getOut(), 1 << 16), false);
        return Inputs.printEach(urls, out, Canonicalizer::url);
    }
}
