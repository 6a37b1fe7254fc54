package kz.tizim.operator;

import java.util.ArrayList;
import java.util.List;
import kz.tizim.match.feed.FeedEntry;
import kz.tizim.match.feed.HashedLocators;
import kz.tizim.match.matcher.CompiledMatcher;
import org.jspecify.annotations.Nullable;

/** The local copy compiled for lookups: entries in clear in a matcher, hash-only entries by hash. */
final class LocalIndex {

    private final List<FeedEntry> entries;
    private final CompiledMatcher clear;
    private final HashedLocators hashed;

    LocalIndex(LocalCopy copy) {
        entries = new ArrayList<>(copy.entries());
        CompiledMatcher.Builder builder = CompiledMatcher.builder();
        hashed = new HashedLocators();
        for (int i = 0; i < entries.size(); i++) {
            FeedEntry entry = entries.get(i);
            if (entry.inClear()) {
                builder.add(entry.toLocator(), i);
            } else {
                hashed.add(entry.kind(), entry.sha256(), i);
            }
        }
        clear = builder.build();
    }

    /** The entry covering {@code query}, or null; {@link #isValid} tells an invalid query from a miss. */
    @Nullable FeedEntry find(String query) {
        int hit = clear.match(query);
        if (hit >= 0) {
            return entries.get(clear.payload(hit));
        }
        int hashedHit = hashed.match(query);
        return hashedHit >= 0 ? entries.get(hashedHit) : null;
    }

    boolean isValid(String query) {
        return clear.match(query) != CompiledMatcher.INVALID;
    }
}
