package kz.tizim.server.feed;

import java.nio.file.Path;
import kz.tizim.match.feed.FeedManifest;

/**
 * A produced feed: its body on disk, the manifest bytes and their Ed25519 signature.
 *
 * @param manifestJson exactly the bytes that were signed
 * @param signature    64 raw Ed25519 bytes
 */
record SignedFeed(FeedManifest manifest, byte[] manifestJson, byte[] signature, Path body) {
}
