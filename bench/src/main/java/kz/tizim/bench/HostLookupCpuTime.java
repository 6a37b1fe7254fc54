package kz.tizim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.matcher.CompiledMatcher;

/**
 * Host lookups timed by the thread's CPU time rather than the wall clock, for a machine shared with
 * other work: time the thread spends descheduled is not counted (cache pollution by the other work
 * still is). Rounds of the compiled matcher and the naive baseline alternate in one process over the
 * lists of {@link HostLookupBenchmark}; the median round of each is printed. A development aid beside
 * the JMH benchmark, which remains the reference figure.
 *
 * <p>Run: {@code java -Xmx3g -cp bench/target/benchmarks.jar kz.tizim.bench.HostLookupCpuTime [rounds]}
 */
public final class HostLookupCpuTime {

    private static final int QUERIES = 1 << 16;
    private static final int PER_ROUND = 4_000_000;

    private HostLookupCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int entries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        List<Locator> list = SyntheticLists.domains(entries, 1);
        CompiledMatcher matcher = SyntheticLists.compile(list);
        NaiveHostMatcher naive = new NaiveHostMatcher(list);
        String[] queries = SyntheticLists.hostQueries(QUERIES, entries, 2);
        byte[][] bytes = SyntheticLists.ascii(queries);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] compiled = new double[rounds];
        double[] baseline = new double[rounds];
        long sink = 0;
        for (int r = -3; r < rounds; r++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int n = 0; n < PER_ROUND; n++) {
                byte[] host = bytes[n & (QUERIES - 1)];
                sink += matcher.matchCanonicalName(host, host.length);
            }
            long middle = threads.getCurrentThreadCpuTime();
            for (int n = 0; n < PER_ROUND; n++) {
                sink += naive.match(queries[n & (QUERIES - 1)]);
            }
            long end = threads.getCurrentThreadCpuTime();
            if (r >= 0) {
                compiled[r] = (middle - start) / (double) PER_ROUND;
                baseline[r] = (end - middle) / (double) PER_ROUND;
            }
        }
        Arrays.sort(compiled);
        Arrays.sort(baseline);
        System.out.printf("compiled %.1f ns (min %.1f), naive %.1f ns (min %.1f), ratio %.2f, checksum %d%n",
                compiled[rounds / 2], compiled[0], baseline[rounds / 2], baseline[0],
                baseline[rounds / 2] / compiled[rounds / 2], sink);
    }
}
