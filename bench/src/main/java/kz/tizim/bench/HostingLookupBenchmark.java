package kz.tizim.bench;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.tizim.core.hosting.Bogons;
import kz.tizim.core.hosting.CdnNetworks;
import kz.tizim.core.hosting.HostingDatabase;
import kz.tizim.core.hosting.IpRanges;
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
 * Hosting lookup of one address on the real address databases (country and network tables plus
 * the reserved-range check): {@link HostingDatabase}'s sorted primitive arrays against the JDK
 * baseline, a {@code TreeMap} {@code floorEntry} per table over the same ranges. 65,536 query
 * addresses: IPv4 uniformly random; IPv6 random inside the global unicast {@code 2000::/3}.
 *
 * <p>Needs the compiled tables ({@code hosting-tables-*.bin}) that {@code tizim data update}
 * writes: {@code -Dtizim.ipdb=DIR}, else {@code $TIZIM_IPDB_DIR}, else {@code data/demo/ipdb}.
 *
 * <p>Run: {@code java -Dtizim.ipdb=data/demo/ipdb -jar bench/target/benchmarks.jar HostingLookupBenchmark
 * -wi 2 -i 3 -w 2s -r 2s -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class HostingLookupBenchmark {

    private static final int QUERIES = 1 << 16;

    @Param({"v4", "v6"})
    String family;

    private record V6Key(long high, long low) implements Comparable<V6Key> {
        @Override
        public int compareTo(V6Key o) {
            int c = Long.compareUnsigned(high, o.high);
            return c != 0 ? c : Long.compareUnsigned(low, o.low);
        }
    }

    private HostingDatabase database;
    private TreeMap<Long, long[]> naiveCountriesV4;
    private TreeMap<Long, long[]> naiveNetworksV4;
    private TreeMap<V6Key, Object[]> naiveCountriesV6;
    private TreeMap<V6Key, Object[]> naiveNetworksV6;
    private long[] queryHigh;
    private long[] queryLow;
    private int next;

    @Setup
    public void setUp() throws IOException {
        database = load(directory());
        naiveCountriesV4 = v4Tree(database.countryRanges());
        naiveNetworksV4 = v4Tree(database.networkRanges());
        naiveCountriesV6 = v6Tree(database.countryRanges());
        naiveNetworksV6 = v6Tree(database.networkRanges());
        Random random = new Random(11);
        queryHigh = new long[QUERIES];
        queryLow = new long[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            if (family.equals("v4")) {
                queryLow[i] = random.nextInt() & 0xFFFF_FFFFL;
            } else {
                queryHigh[i] = 0x2000_0000_0000_0000L | (random.nextLong() >>> 3);
                queryLow[i] = random.nextLong();
            }
        }
    }

    /** Country and network of the next address, the way Tizim looks them up. */
    @Benchmark
    public long tables() {
        int i = next++ & (QUERIES - 1);
        if (family.equals("v4")) {
            int address = (int) queryLow[i];
            return ((long) database.countryV4(address) << 32) ^ database.networkV4(address);
        }
        return ((long) database.countryV6(queryHigh[i], queryLow[i]) << 32) ^ database.networkV6(queryHigh[i], queryLow[i]);
    }

    /** The same answers from two {@code TreeMap}s (start → {end, value}) and the same reserved-range check. */
    @Benchmark
    public long treeMapFloorEntry() {
        int i = next++ & (QUERIES - 1);
        if (family.equals("v4")) {
            long address = queryLow[i];
            if (Bogons.indexV4((int) address) != IpRanges.MISSING) {
                return (long) IpRanges.MISSING << 32 ^ IpRanges.MISSING;
            }
            return ((long) floor(naiveCountriesV4, address) << 32) ^ floor(naiveNetworksV4, address);
        }
        if (Bogons.indexV6(queryHigh[i], queryLow[i]) != IpRanges.MISSING) {
            return (long) IpRanges.MISSING << 32 ^ IpRanges.MISSING;
        }
        V6Key key = new V6Key(queryHigh[i], queryLow[i]);
        return ((long) floor(naiveCountriesV6, key) << 32) ^ floor(naiveNetworksV6, key);
    }

    private static int floor(TreeMap<Long, long[]> tree, long address) {
        Map.Entry<Long, long[]> e = tree.floorEntry(address);
        return e != null && address <= e.getValue()[0] ? (int) e.getValue()[1] : IpRanges.MISSING;
    }

    private static int floor(TreeMap<V6Key, Object[]> tree, V6Key address) {
        Map.Entry<V6Key, Object[]> e = tree.floorEntry(address);
        return e != null && address.compareTo((V6Key) e.getValue()[0]) <= 0 ? (Integer) e.getValue()[1] : IpRanges.MISSING;
    }

    private static TreeMap<Long, long[]> v4Tree(IpRanges ranges) {
        TreeMap<Long, long[]> tree = new TreeMap<>();
        ranges.forEachV4((start, end, value) -> tree.put(start & 0xFFFF_FFFFL,
                new long[] {end & 0xFFFF_FFFFL, value}));
        return tree;
    }

    private static TreeMap<V6Key, Object[]> v6Tree(IpRanges ranges) {
        TreeMap<V6Key, Object[]> tree = new TreeMap<>();
        ranges.forEachV6((sh, sl, eh, el, value) -> tree.put(new V6Key(sh, sl), new Object[] {new V6Key(eh, el), value}));
        return tree;
    }

    static Path directory() {
        String property = System.getProperty("tizim.ipdb");
        String env = System.getenv("TIZIM_IPDB_DIR");
        return Path.of(property != null ? property : env != null ? env : "data/demo/ipdb");
    }

    static HostingDatabase load(Path directory) throws IOException {
        Path tables;
        try (Stream<Path> files = Files.list(directory)) {
            tables = files.filter(p -> p.getFileName().toString().matches("hosting-tables-.*\\.bin"))
                    .max(Comparator.comparing(p -> {
                        try {
                            return Files.getLastModifiedTime(p);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }))
                    .orElseThrow(() -> new IOException("no hosting-tables-*.bin in " + directory.toAbsolutePath()
                            + ": run 'tizim data update --data-dir " + directory + "' first"));
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(tables), 1 << 16))) {
            return HostingDatabase.readFrom(in, CdnNetworks.bundled());
        }
    }
}
