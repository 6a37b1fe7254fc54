package kz.tizim.server.appeal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops appeal-code guessing on the public form: a token bucket per client address and one per
 * case number, each holding {@value #CAPACITY} attempts and refilling one every
 * {@link #REFILL}. A code has 80 bits, so even without the limit guessing is hopeless; the limit
 * keeps the audit trail and the database quiet. In memory, per instance: behind several instances
 * an attacker gets {@value #CAPACITY} attempts per instance, which changes nothing about the odds.
 * Buckets idle for a day are dropped so the maps stay small.
 */
final class AppealAttempts {

    static final int CAPACITY = 5;
    static final Duration REFILL = Duration.ofMinutes(10);

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;

    AppealAttempts(Clock clock) {
        this.clock = clock;
    }

    /** Takes one attempt from both buckets, or none when either is empty. */
    synchronized boolean tryAttempt(String clientAddress, long caseNumber) {
        Instant now = clock.instant();
        if (buckets.size() > 100_000) {
            buckets.values().removeIf(bucket -> bucket.updated.plus(Duration.ofDays(1)).isBefore(now));
        }
        Bucket byAddress = buckets.computeIfAbsent("ip:" + clientAddress, key -> new Bucket(now));
        Bucket byCase = buckets.computeIfAbsent("case:" + caseNumber, key -> new Bucket(now));
        byAddress.refill(now);
        byCase.refill(now);
        if (byAddress.tokens < 1 || byCase.tokens < 1) {
            return false;
        }
        byAddress.tokens--;
        byCase.tokens--;
        return true;
    }

    private static final class Bucket {
        double tokens = CAPACITY;
        Instant updated;

        Bucket(Instant now) {
            this.updated = now;
        }

        void refill(Instant now) {
            double earned = (double) Duration.between(updated, now).toMillis() / REFILL.toMillis();
            if (earned > 0) {
                tokens = Math.min(CAPACITY, tokens + earned);
                updated = now;
            }
        }
    }
}
