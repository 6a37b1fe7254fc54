package kz.tizim.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import kz.tizim.match.feed.Digests;
import kz.tizim.match.feed.FeedChange;
import kz.tizim.match.feed.FeedEntry;
import kz.tizim.match.feed.FeedManifest;
import kz.tizim.match.feed.FeedWriter;
import kz.tizim.match.locator.Locator;
import kz.tizim.match.locator.LocatorKind;
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
 * Producing a signed-feed body: register rows (held in memory, standing in for the PostgreSQL
 * cursor, which this module cannot reach) turned into feed lines, gzip-compressed, hashed and
 * counted by {@link FeedWriter} into a discarding stream, against a naive baseline that builds the
 * whole JSON text in memory, compresses it with the default gzip level and hashes the result.
 * {@code entries=2000000} is the snapshot target (≤ 5 s), {@code 1000} the delta target (≤ 100 ms).
 * Database time is measured separately (docs/PERFORMANCE.md).
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar FeedSnapshotBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class FeedSnapshotBenchmark {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    @Param({"1000", "2000000"})
    int entries;

    private LocatorKind[] kinds;
    private String[] values;
    private String[] decisions;

    @Setup
    public void rows() {
        List<Locator> locators = SyntheticLists.mixed(entries, 42);
        kinds = new LocatorKind[entries];
        values = new String[entries];
        decisions = new String[entries];
        for (int i = 0; i < entries; i++) {
            kinds[i] = locators.get(i).kind();
            values[i] = locators.get(i).value();
            decisions[i] = "TZ-2026-" + String.format("%06d", i % 1_000_000);
        }
    }

    /** The streaming writer as the server uses it: one line per row, nothing kept. */
    @Benchmark
    public FeedManifest streamingWriter() throws IOException {
        FeedWriter writer = new FeedWriter(OutputStream.nullOutputStream());
        for (int i = 0; i < entries; i++) {
            writer.write(entry(i));
        }
        return writer.finish(FeedManifest.SNAPSHOT, entries, 0, START);
    }

    /** Naive: the whole body in memory, default gzip level, hashed after. */
    @Benchmark
    public String naiveInMemory() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < entries; i++) {
            body.append(entry(i).toJson()).append('\n');
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(body.toString().getBytes(StandardCharsets.UTF_8));
        }
        MessageDigest digest = Digests.sha256();
        return Digests.hex(digest.digest(bytes.toByteArray()));
    }

    private FeedEntry entry(int i) {
        String value = values[i];
        return new FeedEntry(i + 1, FeedChange.ORDERED, kinds[i], value, null, decisions[i], "COPYRIGHT", "KZ-CC-198",
                "ORDINARY", START, null);
    }
}
