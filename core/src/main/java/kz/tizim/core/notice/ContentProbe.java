package kz.tizim.core.notice;

import kz.tizim.match.locator.Locator;

/**
 * Fetches a complained locator to see whether the content is still there (port). The server
 * implements it with an SSRF-safe HTTP client (no private addresses, bounded redirects and size).
 */
public interface ContentProbe {

    ProbeResult probe(Locator locator);
}
