package kz.tizim.bench;

import java.util.List;
import java.util.Random;
import kz.tizim.match.matcher.CompiledMatcher;

/**
 * A plain driver for instruction and cache-miss counts under {@code valgrind --tool=cachegrind}
 * (hardware counters are not available in the VM the benchmarks ran on). It builds the same 1M-entry
 * lists as {@link HostLookupBenchmark} and {@link IpLookupBenchmark} and runs {@code lookups}
 * lookups; running it twice with different counts and dividing the differences by the difference of
 * the counts gives the cost per lookup with the build and the JVM start cancelled out.
 *
 * <p>Run: {@code valgrind --tool=cachegrind --cache-sim=yes java -Xmx3g -cp
 * bench/target/benchmarks.jar kz.tizim.bench.MatcherLookupDriver host|v4|v6 <lookups>}
 */
public final class MatcherLookupDriver {

    private static final int QUERIES = 1 << 16;

    private MatcherLookupDriver() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        long lookups = Long.parseLong(args[1]);
        int entries = 1_000_000;
        CompiledMatcher.Builder builder = CompiledMatcher.builder();
        long sum = 0;
        if (mode.equals("host")) {
            CompiledMatcher matcher = SyntheticLists.compile(SyntheticLists.domains(entries, 1));
            byte[][] bytes = SyntheticLists.ascii(SyntheticLists.hostQueries(QUERIES, entries, 2));
            for (long n = 0; n < lookups; n++) {
                byte[] host = bytes[(int) n & (QUERIES - 1)];
                sum += matcher.matchCanonicalName(host, host.length);
            }
        } else {
            boolean v6 = mode.equals("v6");
            List<SyntheticLists.Network> networks = SyntheticLists.networks(v6, entries, 5);
            for (int i = 0; i < networks.size(); i++) {
                builder.add(SyntheticLists.toLocator(v6, networks.get(i)), i);
            }
            CompiledMatcher matcher = builder.build();
            Random random = new Random(6);
            long[] high = new long[QUERIES];
            long[] low = new long[QUERIES];
            for (int q = 0; q < QUERIES; q++) {
                high[q] = 0x20010db800000000L | (random.nextLong() >>> 32);
                low[q] = v6 ? random.nextLong() : random.nextInt() & 0xFFFFFFFFL;
            }
            for (long n = 0; n < lookups; n++) {
                int q = (int) n & (QUERIES - 1);
                sum += v6 ? matcher.matchIpv6(high[q], low[q]) : matcher.matchIpv4((int) low[q]);
            }
        }
        System.out.println(mode + " " + lookups + " lookups, checksum " + sum);
    }
}
