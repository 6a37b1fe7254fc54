package kz.tizim.server.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import kz.tizim.core.register.Register;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import kz.tizim.match.locator.LocatorKind;
import kz.tizim.server.register.RegisterRows;
import org.springframework.jdbc.datasource.DataSourceUtils;
import kz.tizim.match.feed.FeedChange;
import kz.tizim.match.feed.FeedEntry;
import kz.tizim.match.feed.FeedManifest;
import kz.tizim.match.feed.FeedWriter;
import kz.tizim.server.system.SigningKey;
import kz.tizim.server.system.TizimProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Produces and caches signed feed bodies. A body is streamed from a PostgreSQL cursor through gzip
 * into a temporary file, hashed as it is written, then moved into place with its signed manifest;
 * it is never built in memory. Files are keyed by serial ({@code snapshot-42.*},
 * {@code delta-40-42.*}), so each register version is produced once and served many times.
 */
@Service
class FeedFiles {

    private final Register register;
    private final DataSource dataSource;
    private final SigningKey signingKey;
    private final Clock clock;
    private final FeedProperties properties;
    private final Path directory;
    private final TransactionTemplate snapshotReads;
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    FeedFiles(Register register, DataSource dataSource, SigningKey signingKey, Clock clock, FeedProperties properties,
            TizimProperties tizim, PlatformTransactionManager transactions) {
        this.register = register;
        this.dataSource = dataSource;
        this.signingKey = signingKey;
        this.clock = clock;
        this.properties = properties;
        this.directory = properties.cacheDir() != null ? properties.cacheDir() : tizim.dataDir().resolve("feeds");
        TransactionTemplate reads = new TransactionTemplate(transactions);
        reads.setReadOnly(true);
        // The serial and the rows must come from one snapshot of the database.
        reads.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshotReads = reads;
    }

    long currentSerial() {
        return register.currentSerial();
    }

    /** The snapshot at the current serial, produced if it is not cached yet. */
    SignedFeed snapshot() {
        return snapshotReads.execute(status -> {
            long serial = register.currentSerial();
            return produce("snapshot-" + serial, FeedManifest.SNAPSHOT, serial, 0,
                    writer -> rows(connection -> RegisterRows.forEachCurrentRow(connection, row -> write(writer, row))));
        });
    }

    /** A snapshot at an earlier serial, while it is still cached. */
    SignedFeed snapshot(long serial) {
        SignedFeed cached = cached("snapshot-" + serial);
        if (cached != null) {
            return cached;
        }
        SignedFeed latest = snapshot();
        if (latest.manifest().serial() != serial) {
            throw new FeedGoneException("the snapshot at serial " + serial
                    + " is no longer kept; fetch the current snapshot manifest again");
        }
        return latest;
    }

    /**
     * The changes after {@code since} up to {@code until} (the current serial when null).
     *
     * @throws FeedGoneException when more than {@code maxDeltaChanges} versions separate them
     * @throws IllegalArgumentException for a serial the register has not reached
     */
    SignedFeed delta(long since, @org.jspecify.annotations.Nullable Long until) {
        long current = register.currentSerial();
        long to = until == null ? current : until;
        if (since < 0 || to > current || since > to) {
            throw new IllegalArgumentException("the register is at serial " + current + "; cannot produce a delta from "
                    + since + " to " + to);
        }
        if (to - since > properties.maxDeltaChanges()) {
            throw new FeedGoneException("a delta from serial " + since + " would hold " + (to - since)
                    + " changes, more than the " + properties.maxDeltaChanges() + " served as deltas; apply the snapshot");
        }
        return produce("delta-" + since + "-" + to, FeedManifest.DELTA, to, since,
                writer -> rows(connection -> RegisterRows.forEachChangeRowSince(connection, since, row -> {
                    if (row.serial() <= to) {
                        write(writer, row);
                    }
                })));
    }

    /** A stored row as a feed line: the locator was canonical when stored, so it is not parsed again. */
    static FeedEntry line(RegisterRows.Row row) {
        LocatorKind kind = LocatorKind.fromToken(row.kind());
        if (kind == null) {
            throw new IllegalStateException("unknown locator kind in the register: " + row.kind());
        }
        return new FeedEntry(row.serial(), FeedChange.valueOf(row.change()), kind,
                row.published() ? row.locator() : null, row.published() ? null : row.sha256(), row.decision(),
                row.category(), row.legalBasis(), row.urgency(), row.start(), row.end());
    }

    private static void write(FeedWriter writer, RegisterRows.Row row) {
        try {
            writer.write(line(row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    /** Runs on the transaction's connection (the repeatable-read one for snapshots). */
    private void rows(SqlWork work) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the register: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    @FunctionalInterface
    interface BodyWork {
        void writeTo(FeedWriter writer) throws IOException;
    }

    private SignedFeed produce(String name, String type, long serial, long previousSerial, BodyWork work) {
        SignedFeed cached = cached(name);
        if (cached != null) {
            return cached;
        }
        ReentrantLock lock = locks.computeIfAbsent(name, n -> new ReentrantLock());
        lock.lock();
        try {
            cached = cached(name);
            if (cached != null) {
                return cached;
            }
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, name, ".tmp");
            try {
                FeedManifest manifest;
                try (OutputStream out = Files.newOutputStream(temp); FeedWriter writer = new FeedWriter(out)) {
                    work.writeTo(writer);
                    manifest = writer.finish(type, serial, previousSerial, clock.instant());
                }
                byte[] json = manifest.toJson();
                byte[] signature = signingKey.sign(json);
                // Body first, manifest last: a cached manifest always has its body beside it.
                move(temp, body(name));
                writeAtomically(sig(name), signature);
                writeAtomically(manifestPath(name), json);
                if (type.equals(FeedManifest.SNAPSHOT)) {
                    prune("snapshot-", properties.keepSnapshots());
                } else {
                    prune("delta-", 500);
                }
                return new SignedFeed(manifest, json, signature, body(name));
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write feed " + name + " in " + directory, e);
        } finally {
            lock.unlock();
            locks.remove(name, lock);
        }
    }

    private @org.jspecify.annotations.Nullable SignedFeed cached(String name) {
        Path manifestFile = manifestPath(name);
        try {
            if (!Files.exists(manifestFile)) {
                return null;
            }
            byte[] json = Files.readAllBytes(manifestFile);
            return new SignedFeed(FeedManifest.parse(json), json, Files.readAllBytes(sig(name)), body(name));
        } catch (IOException e) {
            return null; // pruned meanwhile: produce again
        }
    }

    private void prune(String prefix, int keep) throws IOException {
        List<Path> manifests = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, prefix + "*.manifest.json")) {
            files.forEach(manifests::add);
        }
        if (manifests.size() <= keep) {
            return;
        }
        manifests.sort((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()));
        for (Path manifest : manifests.subList(0, manifests.size() - keep)) {
            String name = manifest.getFileName().toString().replace(".manifest.json", "");
            Files.deleteIfExists(manifest);
            Files.deleteIfExists(sig(name));
            Files.deleteIfExists(body(name));
        }
    }

    private Path body(String name) {
        return directory.resolve(name + ".jsonl.gz");
    }

    private Path manifestPath(String name) {
        return directory.resolve(name + ".manifest.json");
    }

    private Path sig(String name) {
        return directory.resolve(name + ".manifest.sig");
    }

    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(directory, target.getFileName().toString(), ".tmp");
        Files.write(temp, bytes);
        move(temp, target);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
