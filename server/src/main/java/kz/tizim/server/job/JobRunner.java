package kz.tizim.server.job;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.tizim.server.audit.Auditor;
import kz.tizim.server.system.TizimProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs queued jobs on a fixed pool of {@code tizim.jobs.threads} workers. A worker claims the
 * oldest queued job, streams the operation's result through SHA-256 into a partial file under
 * {@code <data-dir>/jobs/<id>/}, moves it into place and records the outcome. Waking the pool is
 * cheap and lossy: every worker drains the queue until it is empty, and a sweep every
 * {@code tizim.jobs.sweep} wakes it again and removes results older than {@code tizim.jobs.keep-results}.
 *
 * <p>Nothing runs before restart recovery: when the application is ready, jobs the previous run
 * left RUNNING are queued again if idempotent, failed otherwise ({@link JobsJdbcRepository#recoverInterrupted}).
 * A job interrupted by shutdown is left RUNNING for that recovery.
 */
@Component
class JobRunner implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private static final String SYSTEM = "system:jobs";

    private final Map<String, LongOperation> operations = new LinkedHashMap<>();
    private final JobsJdbcRepository repository;
    private final Auditor auditor;
    private final JobProperties properties;
    private final Path directory;
    private final Clock clock;
    private final ThreadPoolExecutor pool;
    /**
     * Progress is stored in a transaction of its own, visible at once whatever the operation's
     * transaction; an outcome is stored with its audit event in one.
     */
    private final TransactionTemplate ownTransaction;
    private volatile boolean recovered;
    private volatile boolean stopping;

    JobRunner(List<LongOperation> operations, JobsJdbcRepository repository, Auditor auditor, JobProperties properties,
            TizimProperties tizim, Clock clock, PlatformTransactionManager transactions) {
        operations.forEach(operation -> this.operations.put(operation.kind(), operation));
        this.repository = repository;
        this.auditor = auditor;
        this.properties = properties;
        this.directory = tizim.dataDir().resolve("jobs");
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        AtomicInteger threads = new AtomicInteger();
        // As many pending wake-ups as workers: each drains the whole queue, so more would only repeat them.
        this.pool = new ThreadPoolExecutor(properties.threads(), properties.threads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.threads()), task -> {
                    Thread thread = new Thread(task, "tizim-job-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.DiscardPolicy());
    }

    @EventListener(ApplicationReadyEvent.class)
    void recoverAndStart() {
        removePartialFiles();
        var idempotent = operations.values().stream().filter(LongOperation::idempotent).map(LongOperation::kind)
                .toList();
        var recovery = repository.recoverInterrupted(idempotent, properties.maxAttempts(), clock.instant());
        if (recovery.requeued() + recovery.failed() > 0) {
            LOG.info("jobs interrupted by the last shutdown: {} queued again, {} failed", recovery.requeued(),
                    recovery.failed());
        }
        recovered = true;
        wake();
    }

    @Scheduled(fixedDelayString = "${tizim.jobs.sweep:PT10S}", initialDelayString = "${tizim.jobs.sweep:PT10S}")
    void sweep() {
        if (!recovered) {
            return;
        }
        removeOldResults();
        wake();
    }

    /** Asks a worker to drain the queue; does nothing before recovery or when enough wake-ups are pending. */
    void wake() {
        if (recovered && !stopping) {
            pool.execute(this::drain);
        }
    }

    private void drain() {
        while (!stopping) {
            var next = repository.claimNext(clock.instant());
            if (next.isEmpty()) {
                return;
            }
            run(next.get());
        }
    }

    private void run(Job job) {
        LongOperation operation = operations.get(job.kind());
        if (operation == null) {
            failed(job, "no operation of kind " + job.kind() + " in this version");
            return;
        }
        Path folder = directory.resolve(Long.toString(job.id()));
        Path target = folder.resolve(Path.of(job.resultName()).getFileName());
        Path partial = folder.resolve(target.getFileName() + ".partial");
        StoredProgress progress = new StoredProgress(job.id());
        try {
            Files.createDirectories(folder);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            CountingStream counted;
            try (OutputStream out = new DigestOutputStream(counted = new CountingStream(
                    new BufferedOutputStream(Files.newOutputStream(partial), 64 * 1024)), sha256)) {
                operation.run(new LongOperation.Request(job.id(), job.parameters(), job.owner(), job.organisation()),
                        progress, new NotClosing(out));
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            String hex = HexFormat.of().formatHex(sha256.digest());
            long bytes = counted.bytes;
            ownTransaction.executeWithoutResult(status -> {
                if (repository.finish(job.id(), progress.done, target, bytes, hex, clock.instant())) {
                    auditor.recordAnonymous(SYSTEM, "JOB_FINISHED", "job:" + job.id(), job.kind() + " for "
                            + job.owner() + ": " + job.resultName() + ", " + bytes + " bytes, sha256 " + hex);
                }
            });
        } catch (IOException | RuntimeException | NoSuchAlgorithmException e) {
            deleteQuietly(partial);
            if (stopping) {
                LOG.info("job {} interrupted by shutdown; recovered at the next start", job.id());
                return;
            }
            LOG.warn("job {} ({}) failed", job.id(), job.kind(), e);
            failed(job, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private void failed(Job job, String error) {
        ownTransaction.executeWithoutResult(status -> {
            if (repository.fail(job.id(), error, clock.instant())) {
                auditor.recordAnonymous(SYSTEM, "JOB_FAILED", "job:" + job.id(), job.kind() + " for " + job.owner()
                        + ": " + error);
            }
        });
    }

    private void removeOldResults() {
        repository.resultsFinishedBefore(clock.instant().minus(properties.keepResults())).forEach((id, file) -> {
            deleteQuietly(file);
            deleteQuietly(file.getParent());
            repository.resultDeleted(id);
        });
    }

    /** Files an interrupted run was writing: nothing runs yet, so every partial file is left over. */
    private void removePartialFiles() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var files = Files.walk(directory, 2)) {
            files.filter(file -> file.getFileName().toString().endsWith(".partial")).forEach(JobRunner::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("could not look for partial results in {}: {}", directory, e.getMessage());
        }
    }

    private static void deleteQuietly(@Nullable Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", path, e.getMessage());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Progress stored at most once per per cent (or per thousand units while the total is unknown) or second. */
    private final class StoredProgress implements Progress {
        private static final long EVERY_NANOS = Duration.ofSeconds(1).toNanos();

        private final long job;
        private long done;
        private long step = 1000;
        private long storedDone;
        private long storedAt = System.nanoTime();

        StoredProgress(long job) {
            this.job = job;
        }

        @Override
        public void total(long total) {
            step = Math.max(1, total / 100);
            ownTransaction.executeWithoutResult(status -> repository.total(job, total));
        }

        @Override
        public void advance(long units) {
            done += units;
            long now = System.nanoTime();
            if (done - storedDone >= step || now - storedAt >= EVERY_NANOS) {
                long stored = done;
                ownTransaction.executeWithoutResult(status -> repository.progress(job, stored));
                storedDone = done;
                storedAt = now;
            }
        }
    }

    private static final class CountingStream extends FilterOutputStream {
        long bytes;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes += len;
        }
    }

    /** The operation may close what it wraps around the stream; the runner closes the file itself. */
    private static final class NotClosing extends FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
