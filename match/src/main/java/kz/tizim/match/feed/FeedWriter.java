package kz.tizim.match.feed;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Streams feed lines into a gzip body, hashing and counting the compressed bytes as they are
 * written, so a body of millions of entries never sits in memory and its manifest is ready the
 * moment the last line is written. Lines are formatted on the caller's thread (usually the one
 * reading a database cursor) and compressed on a second thread, in 64 KiB chunks through a small
 * bounded queue: reading and compressing overlap, and memory stays bounded. Compression uses the
 * fastest deflate level: feeds are produced often, and stronger levels gain little on this text.
 * Not thread-safe: one producer.
 */
public final class FeedWriter implements AutoCloseable {

    private static final int CHUNK = 1 << 16;
    private static final byte[] END = new byte[0];

    private final MessageDigest digest = Digests.sha256();
    private final Counting counting;
    private final GZIPOutputStream gzip;
    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(8);
    private final Thread compressor;
    private final StringBuilder pending = new StringBuilder(CHUNK + 1024);
    private final InstantText instants = new InstantText();
    private volatile @Nullable IOException failure;
    private long count;
    private boolean finished;

    /** Writes to {@code out}, which {@link #finish} or {@link #close} closes. */
    public FeedWriter(OutputStream out) throws IOException {
        counting = new Counting(new DigestOutputStream(out, digest));
        gzip = new FastGzip(counting);
        compressor = new Thread(this::compress, "feed-gzip");
        compressor.setDaemon(true);
        compressor.start();
    }

    /** Appends one entry as a line. */
    public void write(FeedEntry entry) throws IOException {
        entry.appendJson(pending, instants);
        pending.append('\n');
        count++;
        flushChunkIfFull();
    }

    /** Appends one already formatted line (e.g. a CSV row); {@code line} must not contain a line break. */
    public void writeLine(String line) throws IOException {
        pending.append(line).append('\n');
        count++;
        flushChunkIfFull();
    }

    /** Lines written so far. */
    public long count() {
        return count;
    }

    /** Completes the gzip stream, closes the output and describes the body in a manifest. */
    public FeedManifest finish(String type, long serial, long previousSerial, Instant created) throws IOException {
        drain();
        return new FeedManifest(type, serial, previousSerial, created, count, counting.bytes,
                Digests.hex(digest.digest()));
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            drain();
        }
    }

    private void flushChunkIfFull() throws IOException {
        if (pending.length() >= CHUNK) {
            submit(pending.toString().getBytes(StandardCharsets.UTF_8));
            pending.setLength(0);
        }
    }

    private void drain() throws IOException {
        finished = true;
        if (pending.length() > 0) {
            submit(pending.toString().getBytes(StandardCharsets.UTF_8));
            pending.setLength(0);
        }
        submit(END);
        try {
            compressor.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while finishing a feed body");
        }
        IOException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }

    private void submit(byte[] chunk) throws IOException {
        IOException failed = failure;
        if (failed != null) {
            throw failed;
        }
        try {
            while (!chunks.offer(chunk, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (!compressor.isAlive()) {
                    IOException dead = failure;
                    throw dead != null ? dead : new IOException("the feed compressor stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing a feed body");
        }
    }

    private void compress() {
        try (GZIPOutputStream out = gzip) {
            while (true) {
                byte[] chunk = chunks.take();
                if (chunk == END) {
                    break;
                }
                out.write(chunk);
            }
        } catch (IOException e) {
            failure = e;
            chunks.clear();
        } catch (InterruptedException e) {
            failure = new InterruptedIOException("feed compression interrupted");
        }
    }

    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, CHUNK);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    private static final class Counting extends FilterOutputStream {
        long bytes;

        Counting(OutputStream out) {
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
}
