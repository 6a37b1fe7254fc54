package kz.tizim.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.tizim.match.locator.Locator;
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
 * Host lookup in a list of domain and domain-tree entries: the compiled matcher (from text, which
 * includes canonicalising the host, and from canonical bytes) against a {@code HashMap<String,
 * Integer>} suffix walk given the already canonical host. 65,536 distinct query hosts, half covered.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar HostLookupBenchmark -wi 2 -i 3 -w 2s -r 2s -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class HostLookupBenchmark {

    private static final int QUERIES = 1 << 16;

    @Param({"1000000"})
    int entries;

    private CompiledMatcher matcher;
    private NaiveHostMatcher naive;
    private String[] queries;
    private byte[][] queryBytes;
    private int next;

    @Setup
    public void setUp() {
        List<Locator> list = SyntheticLists.domains(entries, 1);
        matcher = SyntheticLists.compile(list);
        naive = new NaiveHostMatcher(list);
        queries = SyntheticLists.hostQueries(QUERIES, entries, 2);
        queryBytes = SyntheticLists.ascii(queries);
    }

    @Benchmark
    public int compiledFromText() {
        return matcher.matchHost(queries[next++ & (QUERIES - 1)]);
    }

    @Benchmark
    public int compiledFromCanonicalBytes() {
        byte[] host = queryBytes[next++ & (QUERIES - 1)];
        return matcher.matchCanonicalName(host, host.length);
    }

    @Benchmark
    public int naiveHashMapSuffixWalk() {
        return naive.match(queries[next++ & (QUERIES - 1)]);
    }
}
