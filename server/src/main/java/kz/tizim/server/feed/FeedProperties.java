package kz.tizim.server.feed;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Feed settings ({@code tizim.feed.*}).
 *
 * @param cacheDir        where generated bodies and signed manifests are kept
 *                        ({@code TIZIM_FEED_CACHE_DIR}; default {@code <data dir>/feeds})
 * @param maxDeltaChanges a delta spanning more versions than this answers 410 Gone: fetch the snapshot
 * @param keepSnapshots   how many snapshot bodies stay in the cache
 */
@ConfigurationProperties("tizim.feed")
record FeedProperties(@Nullable Path cacheDir, @DefaultValue("100000") long maxDeltaChanges,
        @DefaultValue("3") int keepSnapshots) {
}
