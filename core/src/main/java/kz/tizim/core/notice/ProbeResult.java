package kz.tizim.core.notice;

/** What fetching a complained locator showed. */
public sealed interface ProbeResult {

    /** The content is still served. */
    record Present(int status, String finalUrl, String contentSha256) implements ProbeResult {
    }

    /** The content is gone (404 or 410, the host gone, or a redirect away from the content). */
    record Gone(int status, String finalUrl) implements ProbeResult {
    }

    /** The fetch failed (timeout, refused connection, blocked by SSRF rules); nothing can be concluded. */
    record Failed(String reason) implements ProbeResult {
    }
}
