package kz.tizim.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.LocatorPublication;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import kz.tizim.core.register.DecisionReference;
import kz.tizim.core.register.RecordRestrictionCommand;
import kz.tizim.core.register.RecordingRestriction;
import kz.tizim.match.locator.Locator;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Feed production against PostgreSQL at scale: a register of {@code tizim.test.scale} entries
 * (200,000 by default; {@code -Dtizim.test.scale=2000000} for the documented figure) is produced as
 * a snapshot, a delta of the last 1,000 changes, and a delta after one new order. Timings are
 * printed for docs/PERFORMANCE.md; the assertions hold the targets scaled to the entry count.
 */
@TizimSpringBootTest
@TestPropertySource(properties = "tizim.feed.keep-snapshots=1")
class SnapshotAtScaleTest {

    static final int ENTRIES = Integer.getInteger("tizim.test.scale", 200_000);

    @Autowired
    FeedFiles feeds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordingRestriction recording;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void producesSnapshotsAndDeltasWithinTheTargets() {
        long base = jdbc.sql("SELECT serial FROM register_head").query(Long.class).single();
        long filled = System.nanoTime();
        transactions.executeWithoutResult(s -> {
            jdbc.sql("""
                    INSERT INTO register_version (serial, recorded_at, change, locator_kind, locator, locator_sha256, decision,
                        category, legal_basis, urgency, starts_at, ends_at, published, reason)
                    SELECT ? + i, now(), 'ORDERED', 'domain', 'n' || i || '.scale.example',
                        encode(sha256(convert_to('n' || i || '.scale.example', 'UTF8')), 'hex'),
                        'TZ-2026-' || lpad((i % 1000000)::text, 6, '0'), 'COPYRIGHT', 'KZ-CC-198', 'ORDINARY',
                        '2026-03-01T00:00:00Z', NULL, TRUE, ''
                    FROM generate_series(1, ?) AS i""").params(base, ENTRIES).update();
            jdbc.sql("""
                    INSERT INTO register_current (serial, change, recorded_at, locator_kind, locator, locator_sha256, decision,
                        category, legal_basis, urgency, starts_at, ends_at, published)
                    SELECT serial, change, recorded_at, locator_kind, locator, locator_sha256, decision, category, legal_basis,
                        urgency, starts_at, ends_at, published FROM register_version WHERE serial > ?""").param(base).update();
            jdbc.sql("UPDATE register_head SET serial = ?").param(base + ENTRIES).update();
        });
        jdbc.sql("ANALYZE register_version").update();
        jdbc.sql("ANALYZE register_current").update();
        Duration fill = since(filled);

        long started = System.nanoTime();
        SignedFeed cold = feeds.snapshot();
        Duration coldTook = since(started);

        started = System.nanoTime();
        SignedFeed delta = feeds.delta(base + ENTRIES - 1000, null);
        Duration deltaTook = since(started);

        AtomicLong visible = new AtomicLong();
        started = System.nanoTime();
        transactions.execute(s -> recording.record(new RecordRestrictionCommand(Locator.parse("domain just-approved.example"),
                new DecisionReference("TZ-2026-999999"), OffenceCategory.GAMBLING, new LegalBasisId("KZ-CC-307"),
                Urgency.IMMEDIATE, Instant.parse("2026-01-01T00:00:00Z"), null, LocatorPublication.PUBLISHED)));
        SignedFeed fresh = feeds.delta(base + ENTRIES, null);
        visible.set(System.nanoTime() - started);
        Duration approvalToDelta = Duration.ofNanos(visible.get());

        // A running server has compiled the formatting code long before: the second snapshot shows that.
        started = System.nanoTime();
        SignedFeed snapshot = feeds.snapshot();
        Duration snapshotTook = since(started);

        System.out.printf("register of %,d entries (filled in %d ms): first snapshot %d ms, next snapshot %d ms "
                        + "(%,d bytes gzip), delta of 1,000 changes %d ms, approval -> delta %d ms%n"
                        + "  snapshot sha256 %s, delta sha256 %s%n", ENTRIES,
                fill.toMillis(), coldTook.toMillis(), snapshotTook.toMillis(), snapshot.manifest().bytes(),
                deltaTook.toMillis(), approvalToDelta.toMillis(), cold.manifest().sha256(), delta.manifest().sha256());
        assertThat(cold.manifest().count()).isEqualTo(ENTRIES);
        assertThat(snapshot.manifest().count()).isEqualTo(ENTRIES + 1);
        assertThat(delta.manifest().count()).isEqualTo(1000);
        assertThat(fresh.manifest().count()).isEqualTo(1);
        assertThat(snapshotTook).isLessThan(Duration.ofMillis(Math.max(1000, 5000L * ENTRIES / 2_000_000)));
        assertThat(deltaTook).isLessThan(Duration.ofMillis(100));
        assertThat(approvalToDelta).isLessThan(Duration.ofSeconds(1));
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}
