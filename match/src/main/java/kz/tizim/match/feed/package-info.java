/**
 * The register feed format shared by the server and the operator agent: JSON Lines entries, the
 * signed manifest, its Ed25519 check, and the DNS/hosts renderings of a list. JDK only.
 */
@NullMarked
package kz.tizim.match.feed;

import org.jspecify.annotations.NullMarked;
