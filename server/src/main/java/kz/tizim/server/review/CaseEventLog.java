package kz.tizim.server.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.caseflow.CaseEvent;
import kz.tizim.core.caseflow.CaseEvents;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.Restriction;
import kz.tizim.core.legal.LocatorPublication;
import kz.tizim.core.register.DecisionReference;
import kz.tizim.core.register.ExpiringRestrictions;
import kz.tizim.core.register.LiftRestrictionCommand;
import kz.tizim.core.register.LiftingRestriction;
import kz.tizim.core.register.RecordRestrictionCommand;
import kz.tizim.core.register.RecordingRestriction;
import kz.tizim.server.audit.Auditor;
import kz.tizim.server.system.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case event log ({@link CaseEvents}). Each event, in the transaction that saved the case:
 * <ol>
 *   <li>is appended to {@code case_event} (the case timeline, append-only);
 *   <li>is appended to the hash-chained audit trail, under the signed-in actor when it is theirs,
 *       otherwise under the event's actor name (the system, or an owner appealing by e-mail);
 *   <li>if it changes a restriction, is carried into the register by the register's own use cases.
 * </ol>
 * The register is written directly, not from an after-commit listener: the register module asks
 * its callers to record in their own transaction, so an approved restriction and its register
 * version are stored together or not at all. A register refusal (e.g. a CSAM entry in clear)
 * throws {@link RegisterRefusedException}, which rolls the whole step back.
 */
@Component
class CaseEventLog implements CaseEvents {

    private final JdbcClient jdbc;
    private final Auditor auditor;
    private final CasesJdbcRepository cases;
    private final RecordingRestriction recording;
    private final LiftingRestriction lifting;
    private final ExpiringRestrictions expiring;

    CaseEventLog(JdbcClient jdbc, Auditor auditor, CasesJdbcRepository cases, RecordingRestriction recording,
            LiftingRestriction lifting, ExpiringRestrictions expiring) {
        this.jdbc = jdbc;
        this.auditor = auditor;
        this.cases = cases;
        this.recording = recording;
        this.lifting = lifting;
        this.expiring = expiring;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(CaseEvent event) {
        String detail = CaseEventDetails.describe(event);
        jdbc.sql("INSERT INTO case_event (case_id, type, actor, occurred_at, detail) VALUES (?, ?, ?, ?, ?)")
                .params(event.caseId().value(), event.getClass().getSimpleName(), event.actor(),
                        Timestamp.from(event.occurredAt()), detail)
                .update();
        String action = CaseEventDetails.action(event);
        String target = "case:" + event.caseId();
        Optional<Actor> signedIn = CurrentActor.find().filter(actor -> actor.name().equals(event.actor()));
        if (signedIn.isPresent()) {
            auditor.record(signedIn.get(), action, target, detail);
        } else {
            auditor.recordAnonymous(event.actor(), action, target, detail);
        }
        toRegister(event);
    }

    private void toRegister(CaseEvent event) {
        if (event instanceof CaseEvent.RestrictionOrdered ordered) {
            record(ordered.restriction());
        } else if (event instanceof CaseEvent.RestrictionRenewed renewed) {
            record(cases.find(renewed.caseId()).orElseThrow().restriction());
        } else if (event instanceof CaseEvent.RestrictionLifted lifted) {
            var result = lifting.lift(new LiftRestrictionCommand(new DecisionReference(lifted.decision().value()),
                    lifted.scope(), lifted.reasons()));
            if (result instanceof LiftingRestriction.Rejected rejected) {
                throw new RegisterRefusedException(lifted.caseId(), rejected.reason().name());
            }
        } else if (event instanceof CaseEvent.RestrictionExpired) {
            // The register ends entries by their own end date; running its sweep now keeps both in step.
            expiring.expireDue();
        }
    }

    private void record(Restriction r) {
        var result = recording.record(new RecordRestrictionCommand(r.scope(), new DecisionReference(r.decision().value()),
                r.category(), r.basis(), r.urgency(), r.start(), r.end(),
                r.publishable() ? LocatorPublication.PUBLISHED : LocatorPublication.HASHES_ONLY));
        if (result instanceof RecordingRestriction.Rejected rejected) {
            throw new RegisterRefusedException(null, rejected.reason().name());
        }
    }

    /** A case's timeline, oldest first. */
    List<TimelineEntry> timeline(CaseId id) {
        return jdbc.sql("SELECT type, actor, occurred_at, detail FROM case_event WHERE case_id = ? ORDER BY sequence")
                .param(id.value())
                .query((rs, n) -> new TimelineEntry(rs.getString("type"), rs.getString("actor"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("detail")))
                .list();
    }

    /** One line of a case's timeline. */
    record TimelineEntry(String type, String actor, Instant at, String detail) {
    }
}
