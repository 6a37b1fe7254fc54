package kz.tizim.match.feed;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * {@link Instant#toString()} with the last two results remembered (a start and an end): the lines
 * of a feed mostly repeat a few instants, and ISO-8601 formatting is the costliest part of a line.
 * Not thread-safe: one per writer.
 */
final class InstantText {

    private @Nullable Instant first;
    private String firstText = "";
    private @Nullable Instant second;
    private String secondText = "";

    String of(Instant instant) {
        if (instant.equals(first)) {
            return firstText;
        }
        if (instant.equals(second)) {
            return secondText;
        }
        second = first;
        secondText = firstText;
        first = instant;
        firstText = instant.toString();
        return firstText;
    }
}
