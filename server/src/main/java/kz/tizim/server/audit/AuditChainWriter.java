package kz.tizim.server.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import kz.tizim.core.audit.AuditChain;
import kz.tizim.core.audit.AuditEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links journaled audit events into the hash chain: one thread, woken after each commit that
 * journaled events (and every {@code tizim.audit.chain-poll} regardless), takes the committed
 * journal entries in id order and, per batch in one transaction, locks the chain head, inserts the
 * chained events, deletes their journal entries and moves the head.
 *
 * <p>The chain's order is the order in which the writer sees transactions commit: an entry whose
 * transaction commits after a later-numbered one's is chained in a later batch. Every committed
 * entry is chained exactly once (the journal guard lets an entry go only once its chained event
 * exists), and server instances sharing a database serialise on the head's row lock. Verification
 * reports entries left unchained longer than {@code tizim.audit.max-chain-lag}.
 */
@Component
public class AuditChainWriter implements SmartLifecycle {

    /** Most events linked in one transaction. */
    static final int BATCH = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(AuditChainWriter.class);
    private static final String INSERT = """
            INSERT INTO audit_event (sequence, occurred_at, actor, organisation, role, action, target, request_id,
                                     detail, previous_hash, hash, journal_id)
            SELECT c.sequence, j.occurred_at, j.actor, j.organisation, j.role, j.action, j.target, j.request_id,
                   j.detail, c.previous_hash, c.hash, j.id
            FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[]) AS c (journal_id, sequence, previous_hash, hash)
            JOIN audit_journal j ON j.id = c.journal_id""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AuditProperties properties;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private @Nullable Thread thread;

    AuditChainWriter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AuditProperties properties) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.properties = properties;
    }

    /** Asks the writer to chain what has been journaled; returns at once. */
    void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /**
     * Chains every journal entry committed so far, in batches, and returns how many. The writer
     * thread calls this; so may anyone who needs the chain to include what they just recorded.
     */
    public int chainPending() {
        // Looked at outside the chaining transaction, so no lock on the journal is held while waiting
        // for the head. Nothing waiting: no lock of the head (a row lock is a write) and no transaction.
        if (jdbc.queryForList("SELECT 1 FROM audit_journal LIMIT 1").isEmpty()) {
            return 0;
        }
        int total = 0;
        while (true) {
            Integer chained = transactions.execute(status -> jdbc.execute((ConnectionCallback<Integer>) this::chainBatch));
            total += chained;
            if (chained < BATCH) {
                return total;
            }
        }
    }

    private int chainBatch(Connection connection) throws SQLException {
        long sequence;
        String previous;
        try (var head = connection.prepareStatement("SELECT sequence, hash FROM audit_head FOR UPDATE");
                ResultSet row = head.executeQuery()) {
            row.next();
            sequence = row.getLong(1);
            previous = row.getString(2).trim();
        }
        Long[] journalIds;
        Long[] sequences;
        String[] previousHashes;
        String[] hashes;
        int n = 0;
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, occurred_at, actor, organisation, role, action, target, request_id, detail
                FROM audit_journal ORDER BY id LIMIT ?""")) {
            select.setInt(1, BATCH);
            try (ResultSet rows = select.executeQuery()) {
                journalIds = new Long[BATCH];
                sequences = new Long[BATCH];
                previousHashes = new String[BATCH];
                hashes = new String[BATCH];
                while (rows.next()) {
                    Timestamp at = rows.getTimestamp(2);
                    AuditEvent event = new AuditEvent(at.toInstant(), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                            rows.getString(9));
                    journalIds[n] = rows.getLong(1);
                    sequences[n] = ++sequence;
                    previousHashes[n] = previous;
                    previous = AuditChain.hash(sequence, event, previous);
                    hashes[n] = previous;
                    n++;
                }
            }
        }
        if (n == 0) {
            return 0;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setArray(1, connection.createArrayOf("bigint", Arrays.copyOf(journalIds, n)));
            insert.setArray(2, connection.createArrayOf("bigint", Arrays.copyOf(sequences, n)));
            insert.setArray(3, connection.createArrayOf("text", Arrays.copyOf(previousHashes, n)));
            insert.setArray(4, connection.createArrayOf("text", Arrays.copyOf(hashes, n)));
            int inserted = insert.executeUpdate();
            if (inserted != n) {
                throw new IllegalStateException("chained " + inserted + " of " + n + " journal entries");
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM audit_journal WHERE id = ANY(?)");
                PreparedStatement move = connection.prepareStatement("UPDATE audit_head SET sequence = ?, hash = ?")) {
            delete.setArray(1, connection.createArrayOf("bigint", Arrays.copyOf(journalIds, n)));
            delete.executeUpdate();
            move.setLong(1, sequence);
            move.setString(2, previous);
            move.executeUpdate();
        }
        return n;
    }

    private void run() {
        long pollMillis = Math.max(10, properties.chainPoll().toMillis());
        while (running) {
            try {
                wakeUp.tryAcquire(pollMillis, TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                chainPending();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The entries stay journaled and are chained on a later round; verification reports a long stall.
                LOG.warn("audit chain writer: {}; retrying", e.toString());
                sleepQuietly(pollMillis);
            }
        }
    }

    private void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        Thread writer = new Thread(this::run, "audit-chain-writer");
        writer.setDaemon(true);
        writer.start();
        thread = writer;
    }

    @Override
    public void stop() {
        running = false;
        Thread writer = thread;
        if (writer != null) {
            writer.interrupt();
            try {
                writer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            chainPending(); // what the last requests journaled, so a clean shutdown leaves nothing waiting
        } catch (RuntimeException e) {
            LOG.warn("audit chain writer: {} at shutdown; the entries are chained at the next start", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started before and stopped after the web server, so the last requests' events are chained. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
