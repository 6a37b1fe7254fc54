/** {@code tizim feed …}: the feed signing key, register exports (RPZ, hosts, domains) and RFC 2136 pushes. */
@NullMarked
package kz.tizim.cli.feed;

import org.jspecify.annotations.NullMarked;
