package kz.tizim.bench;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;
import kz.tizim.match.matcher.CompiledMatcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full URL check on one core: canonicalise (Safe Browsing rules) and find the covering entry among
 * url, url-prefix, domain and domain-tree entries. Baseline: {@code java.net.URI} parsing, a
 * {@code HashSet} of URL strings and a {@code HashMap} host suffix walk (which canonicalises far
 * less). 65,536 distinct query URLs of about 60 characters, half on listed hosts.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar UrlCheckBenchmark -wi 2 -i 3 -w 2s -r 2s -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class UrlCheckBenchmark {

    private static final int QUERIES = 1 << 16;

    @Param({"1000000"})
    int entries;

    private CompiledMatcher matcher;
    private NaiveHostMatcher naiveHosts;
    private Set<String> naiveUrls;
    private String[] queries;
    private int next;

    @Setup
    public void setUp() {
        List<Locator> list = SyntheticLists.mixed(entries, 3);
        CompiledMatcher.Builder builder = CompiledMatcher.builder();
        naiveUrls = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            builder.add(list.get(i), i);
            if (list.get(i).kind() == LocatorKind.URL) {
                naiveUrls.add(list.get(i).value());
            }
        }
        matcher = builder.build();
        naiveHosts = new NaiveHostMatcher(list);
        queries = SyntheticLists.urlQueries(QUERIES, entries, 4);
    }

    @Benchmark
    public int compiled() {
        return matcher.matchUrl(queries[next++ & (QUERIES - 1)]);
    }

    @Benchmark
    public int naiveUriAndHashSets() {
        String url = queries[next++ & (QUERIES - 1)];
        URI uri = URI.create(url);
        if (naiveUrls.contains(url)) {
            return 1;
        }
        return naiveHosts.match(uri.getHost().toLowerCase(Locale.ROOT));
    }
}
