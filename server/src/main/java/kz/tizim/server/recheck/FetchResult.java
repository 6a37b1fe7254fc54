package kz.tizim.server.recheck;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a re-check saw. */
public sealed interface FetchResult {

    /** The server answered; {@code sha256} covers the first {@code bytesRead} bytes of the body. */
    record Answered(String requestedUrl, String finalUrl, int status, long bytesRead, boolean truncated,
            String sha256, @Nullable String contentType, Instant fetchedAt) implements FetchResult {

        /** Content counts as gone when the server says so (404, 410, 451). */
        public boolean contentGone() {
            return status == 404 || status == 410 || status == 451;
        }
    }

    /** Nothing could be fetched: the name does not resolve, the connection failed or timed out. */
    record Unreachable(String requestedUrl, String reason, Instant fetchedAt) implements FetchResult {
    }

    /** The fetch was refused before any connection, e.g. a private address (SSRF protection). */
    record Refused(String requestedUrl, String reason, Instant fetchedAt) implements FetchResult {
    }
}
