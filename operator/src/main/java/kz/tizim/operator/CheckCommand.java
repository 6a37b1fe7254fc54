package kz.tizim.operator;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kz.tizim.match.feed.FeedEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tizim operator check URL|HOST|IP…}: is it restricted, according to the local copy. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check URLs, hosts or IP addresses against the verified local copy (no network).",
            "Prints 'restricted <decision> <kind> <locator> <category> <urgency>' (the locator as sha256:… for "
                + "entries distributed only as hashes), 'not restricted', or 'error: invalid query' (exit 1)."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, description = "The directory 'sync' keeps the local copy in.")
    Path dir = Path.of("");

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "URLs, host names or IP addresses.")
    List<String> queries = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LocalCopy copy = LocalCopy.load(dir);
        if (copy == null) {
            spec.commandLine().getErr().println("error: no local copy in " + dir + "; run 'tizim operator sync' first");
            return 2;
        }
        LocalIndex index = new LocalIndex(copy);
        boolean invalid = false;
        for (String query : queries) {
            FeedEntry entry = index.find(query);
            if (entry != null) {
                out.println("restricted " + entry.decision() + " " + entry.kind().token() + " "
                        + (entry.inClear() ? entry.locator() : "sha256:" + entry.sha256()) + " " + entry.category()
                        + " " + entry.urgency());
            } else if (index.isValid(query)) {
                out.println("not restricted");
            } else {
                out.println("error: invalid query");
                invalid = true;
            }
        }
        out.flush();
        return invalid ? 1 : 0;
    }
}
