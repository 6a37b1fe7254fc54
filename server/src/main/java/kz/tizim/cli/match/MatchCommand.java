package kz.tizim.cli.match;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kz.tizim.cli.ErrorsMixin;
import kz.tizim.match.ListFile;
import kz.tizim.match.ListFileException;
import kz.tizim.match.locator.Canonicalizer;
import kz.tizim.match.locator.InvalidLocatorException;
import kz.tizim.match.matcher.CompiledMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tizim match --list FILE [QUERY...]}: which entry of a list covers each query. Streams
 * standard input and buffers output, so a list of millions of entries and a query stream of any
 * length fit in a small heap.
 */
@Command(name = "match",
        description = {"Check URLs, hosts or IP addresses against an entry list (no server, no database).",
            "For each query (standard input lines when none is given) prints 'match <kind> <value>' with "
                + "the most specific covering entry, 'none', or 'error: <reason>' for an invalid query "
                + "(exit code 1).",
            "List file: one '<kind> <value>' per line (kinds: url, url-prefix, domain, domain-tree, ip, "
                + "cidr); blank lines and lines starting with # are ignored. An invalid line stops with "
                + "FILE:LINE: reason (exit code 2)."})
public final class MatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ErrorsMixin errors;

    @Option(names = "--list", required = true, paramLabel = "FILE", description = "The entry list to match against.")
    Path list;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "URLs, host names or IP addresses.")
    List<String> queries = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isReadable(list)) {
            err.println("error: cannot read list file " + list);
            return 2;
        }
        CompiledMatcher matcher;
        try {
            matcher = ListFile.compile(list);
        } catch (ListFileException e) {
            err.println(e.getMessage());
            return 2;
        }
        PrintWriter out = new PrintWriter(new BufferedWriter(spec.commandLine().getOut(), 1 << 16), false);
        boolean failed = false;
        if (!queries.isEmpty()) {
            for (String query : queries) {
                failed |= answer(matcher, query, out);
            }
        } else {
            BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            while ((line = stdin.readLine()) != null) {
                failed |= answer(matcher, line, out);
            }
        }
        out.flush();
        return failed ? 1 : 0;
    }

    /** Prints the answer for one query; true when the query was invalid. */
    private static boolean answer(CompiledMatcher matcher, String query, PrintWriter out) {
        int entry = matcher.match(query);
        if (entry >= 0) {
            out.print("match ");
            out.print(matcher.kind(entry).token());
            out.print(' ');
            out.println(matcher.value(entry));
            return false;
        }
        if (entry == CompiledMatcher.NONE) {
            out.println("none");
            return false;
        }
        out.print("error: ");
        out.println(reason(query));
        return true;
    }

    private static String reason(String query) {
        try {
            if (CompiledMatcher.looksLikeUrl(query)) {
                Canonicalizer.url(query);
            } else {
                Canonicalizer.host(query);
            }
            return "invalid query";
        } catch (InvalidLocatorException e) {
            return e.getMessage();
        }
    }
}
