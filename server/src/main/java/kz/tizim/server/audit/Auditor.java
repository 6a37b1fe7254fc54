package kz.tizim.server.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.audit.AuditEvent;
import kz.tizim.server.system.RequestIds;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what an actor did. Joins the caller's transaction when there is one, so a change and
 * its audit event are stored together or not at all.
 *
 * <p>A transaction's events are journaled just before it commits, all at once, in the order they
 * were recorded, in one statement that takes no lock shared with other writers. After the commit
 * the {@link AuditChainWriter} links them into the hash chain (within milliseconds while it keeps
 * up), so concurrent changes no longer queue on the chain head; the chain stays gapless and linked.
 */
@Service
public class Auditor {

    private final AuditJournal journal;
    private final AuditChainWriter chainWriter;
    private final Clock clock;
    private final TransactionTemplate transactions;
    /** An event that goes with this thread's next audited change (see {@link #recordWithNextChange}). */
    private final ThreadLocal<@Nullable AuditEvent> withNextChange = new ThreadLocal<>();

    Auditor(AuditJournal journal, AuditChainWriter chainWriter, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.journal = journal;
        this.chainWriter = chainWriter;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Records the event: in the caller's transaction if there is one (journaled when it commits),
     * otherwise in a transaction of its own. Either way it is chained soon after the commit.
     */
    public void record(Actor actor, String action, String target, String detail) {
        store(event(actor, action, target, detail));
    }

    /** For events without an authenticated actor: failed logins, bad tokens, system jobs. */
    public void recordAnonymous(String who, String action, String target, String detail) {
        store(new AuditEvent(clock.instant(), who.isBlank() ? "anonymous" : who, "", "", action, target,
                RequestIds.current(), detail));
    }

    /**
     * Holds an event so that it is stored first in the next transaction on this thread that records
     * anything (e.g. a token's use with the change the request makes), until {@link #dropHeld()}.
     * If that transaction rolls back, the event is held again for the next one.
     */
    public void recordWithNextChange(Actor actor, String action, String target, String detail) {
        withNextChange.set(event(actor, action, target, detail));
    }

    /** Ends the hold of {@link #recordWithNextChange}: an event no change took along is dropped. */
    public void dropHeld() {
        withNextChange.remove();
    }

    private AuditEvent event(Actor actor, String action, String target, String detail) {
        String role = actor.roles().stream().min(Comparator.naturalOrder()).map(Role::name).orElse("");
        return new AuditEvent(clock.instant(), actor.name(), actor.organisation().toString(), role, action, target,
                RequestIds.current(), detail);
    }

    private void store(AuditEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            AuditEvent held = withNextChange.get();
            withNextChange.remove();
            List<AuditEvent> events = held == null ? List.of(event) : List.of(held, event);
            transactions.executeWithoutResult(status -> journal.append(events));
            chainWriter.wake();
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            journal.append(List.of(event)); // chained by the writer's next round after the commit
            return;
        }
        buffer(event);
    }

    private void buffer(AuditEvent event) {
        Pending pending = null;
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Pending p && p.owner == this) {
                pending = p;
                break;
            }
        }
        if (pending == null) {
            pending = new Pending(this);
            AuditEvent held = withNextChange.get();
            if (held != null) {
                withNextChange.remove();
                pending.held = held;
                pending.events.add(held);
            }
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        if (pending.appended) {
            // Recorded by another callback after ours ran: journaled on its own, still before the commit.
            journal.append(List.of(event));
        } else {
            pending.events.add(event);
        }
    }

    /** The events one transaction recorded, journaled just before it commits and chained after. */
    private static final class Pending implements TransactionSynchronization {
        private final Auditor owner;
        private final List<AuditEvent> events = new ArrayList<>(4);
        private @Nullable AuditEvent held;
        private boolean appended;

        Pending(Auditor owner) {
            this.owner = owner;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE; // after other callbacks, which may still record events
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            appended = true;
            owner.journal.append(events);
        }

        @Override
        public void afterCommit() {
            owner.chainWriter.wake();
        }

        @Override
        public void afterCompletion(int status) {
            if (status != STATUS_COMMITTED && held != null && owner.withNextChange.get() == null) {
                owner.withNextChange.set(held); // the change was rolled back; the held event is unstored again
            }
        }
    }
}
