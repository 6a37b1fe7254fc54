package kz.tizim.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
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
 * Narrowest-CIDR lookup over 1M networks of one family: the compiled matcher's segment table against
 * the usual baseline, one {@code HashMap} per prefix length probed from the longest length present.
 * 65,536 query addresses, half inside a listed network.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar IpLookupBenchmark -wi 2 -i 3 -w 2s -r 2s -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class IpLookupBenchmark {

    private static final int QUERIES = 1 << 16;

    @Param({"v4", "v6"})
    String family;

    @Param({"1000000"})
    int entries;

    private record V6Key(long high, long low) {
    }

    private CompiledMatcher matcher;
    private long[] queryHigh;
    private long[] queryLow;
    private int[] naiveLengths;
    private Map<Long, Integer>[] naiveV4;
    private Map<V6Key, Integer>[] naiveV6;
    private int next;

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() {
        boolean v6 = family.equals("v6");
        List<SyntheticLists.Network> networks = SyntheticLists.networks(v6, entries, 5);
        CompiledMatcher.Builder builder = CompiledMatcher.builder();
        naiveV4 = new Map[33];
        naiveV6 = new Map[129];
        TreeSet<Integer> lengths = new TreeSet<>();
        for (int i = 0; i < networks.size(); i++) {
            SyntheticLists.Network n = networks.get(i);
            builder.add(SyntheticLists.toLocator(v6, n), i);
            lengths.add(n.length());
            if (v6) {
                naiveV6[n.length()] = naiveV6[n.length()] == null ? new HashMap<>() : naiveV6[n.length()];
                naiveV6[n.length()].putIfAbsent(new V6Key(n.high(), n.low()), i);
            } else {
                naiveV4[n.length()] = naiveV4[n.length()] == null ? new HashMap<>() : naiveV4[n.length()];
                naiveV4[n.length()].putIfAbsent(n.low(), i);
            }
        }
        naiveLengths = lengths.descendingSet().stream().mapToInt(Integer::intValue).toArray();
        matcher = builder.build();
        Random random = new Random(6);
        queryHigh = new long[QUERIES];
        queryLow = new long[QUERIES];
        for (int q = 0; q < QUERIES; q++) {
            SyntheticLists.Network n = networks.get(random.nextInt(networks.size()));
            boolean inside = q % 2 == 0;
            if (v6) {
                queryHigh[q] = inside && n.length() <= 64 ? n.high() | (random.nextLong() >>> n.length())
                        : inside ? n.high() : 0x20010db800000000L | (random.nextLong() >>> 32);
                queryLow[q] = inside && n.length() == 128 ? n.low() : random.nextLong();
            } else {
                long hostBits = (1L << (32 - n.length())) - 1;
                queryLow[q] = inside ? n.low() | (random.nextLong() & hostBits) : random.nextInt() & 0xFFFFFFFFL;
            }
        }
    }

    @Benchmark
    public int compiled() {
        int q = next++ & (QUERIES - 1);
        return family.equals("v6") ? matcher.matchIpv6(queryHigh[q], queryLow[q]) : matcher.matchIpv4((int) queryLow[q]);
    }

    @Benchmark
    public int naiveHashMapPerPrefixLength() {
        int q = next++ & (QUERIES - 1);
        if (family.equals("v6")) {
            long high = queryHigh[q];
            long low = queryLow[q];
            for (int length : naiveLengths) {
                long mh = length == 0 ? 0 : length >= 64 ? high : high & (-1L << (64 - length));
                long ml = length <= 64 ? 0 : length == 128 ? low : low & (-1L << (128 - length));
                Integer found = naiveV6[length].get(new V6Key(mh, ml));
                if (found != null) {
                    return found;
                }
            }
            return -1;
        }
        long address = queryLow[q];
        for (int length : naiveLengths) {
            long masked = length == 0 ? 0 : address & ((0xFFFFFFFFL << (32 - length)) & 0xFFFFFFFFL);
            Integer found = naiveV4[length].get(masked);
            if (found != null) {
                return found;
            }
        }
        return -1;
    }
}
