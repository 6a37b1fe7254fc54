package kz.tizim.match.feed;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Streams feed lines into a gzip body, hashing and counting the compressed bytes as they are
 * written, so a body of millions of entries never sits in memory and its manifest is ready the
 * moment the last line is written. Compression uses the fastest deflate level: feeds are produced
 * often and the gain of stronger levels on this text is small. Not thread-safe.
 */
public final class FeedWriter implements AutoCloseable {

    private final MessageDigest digest = Digests.sha256();
    private final Counting counting;
    private final GZIPOutputStream gzip;
    private final BufferedWriter lines;
    private long count;
    private boolean finished;

    /** Writes to {@code out}, which {@link #finish} or {@link #close} closes. */
    public FeedWriter(OutputStream out) throws IOException {
        counting = new Counting(new DigestOutputStream(out, digest));
        gzip = new FastGzip(counting);
        lines = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Appends one entry as a line. */
    public void write(FeedEntry entry) throws IOException {
        lines.write(entry.toJson());
        lines.write('\n');
        count++;
    }

    /** Appends one already formatted line (e.g. a CSV row); {@code line} must not contain a line break. */
    public void writeLine(String line) throws IOException {
        lines.write(line);
        lines.write('\n');
        count++;
    }

    /** Lines written so far. */
    public long count() {
        return count;
    }

    /** Completes the gzip stream, closes the output and describes the body in a manifest. */
    public FeedManifest finish(String type, long serial, long previousSerial, Instant created) throws IOException {
        lines.close();
        finished = true;
        return new FeedManifest(type, serial, previousSerial, created, count, counting.bytes,
                Digests.hex(digest.digest()));
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            finished = true;
            lines.close();
        }
    }

    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
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
