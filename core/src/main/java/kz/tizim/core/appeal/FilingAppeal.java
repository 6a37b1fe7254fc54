package kz.tizim.core.appeal;

import java.time.Instant;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.caseflow.AppealId;
import kz.tizim.core.caseflow.Case;
import kz.tizim.core.caseflow.CaseEvents;
import kz.tizim.core.caseflow.CaseUpdates;
import kz.tizim.core.caseflow.Cases;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.caseflow.Transition;
import kz.tizim.core.complaint.Complaints;
import kz.tizim.core.notice.AppealCode;
import kz.tizim.core.notice.Notices;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;

/**
 * Files an appeal against a restriction (RESTRICTION_ORDERED → APPEALED). The owner proves standing
 * with the case number and the appeal code; a wrong number and a wrong code get the same answer, so
 * neither can be probed. A complainant must have a complaint in the case.
 */
public final class FilingAppeal {

    /** The refusal rule for a wrong case number or appeal code. */
    public static final String APPEAL_CODE = "AppealCode";

    private final Cases cases;
    private final CaseUpdates updates;
    private final Notices notices;
    private final Complaints complaints;
    private final Appeals appeals;
    private final Timekeeping time;

    public FilingAppeal(Cases cases, CaseEvents events, Notices notices, Complaints complaints, Appeals appeals,
            Timekeeping time) {
        this.cases = cases;
        this.updates = new CaseUpdates(cases, events);
        this.notices = notices;
        this.complaints = complaints;
        this.appeals = appeals;
        this.time = time;
    }

    public Outcome<Appeal> byOwner(FileOwnerAppealCommand command) {
        boolean codeMatches = notices.findByCase(command.caseId())
                .map(notice -> AppealCode.matches(command.appealCode(), notice.appealCodeSha256()))
                .orElse(false);
        Optional<Case> found = cases.find(command.caseId());
        if (!codeMatches || found.isEmpty()) {
            return Outcome.refused(APPEAL_CODE, "the case number or the appeal code is not right");
        }
        return file(found.get(), Appellant.OWNER, command.contact().email(), command.grounds());
    }

    public Outcome<Appeal> byComplainant(FileComplainantAppealCommand command) {
        Actor actor = command.actor();
        Optional<Case> found = cases.find(command.caseId());
        boolean party = actor.has(Role.COMPLAINANT) && found.isPresent() && found.get().complaints().stream()
                .anyMatch(id -> complaints.find(id)
                        .map(complaint -> complaint.organisation().equals(actor.organisation()))
                        .orElse(false));
        if (!party) {
            return Outcome.refused(Refusal.notFound("no case " + command.caseId() + " among your complaints"));
        }
        return file(found.get(), Appellant.COMPLAINANT, actor.name(), command.grounds());
    }

    private Outcome<Appeal> file(Case c, Appellant appellant, String filedBy, String grounds) {
        if (grounds.isBlank()) {
            return Outcome.refused(Refusal.invalid("say why the restriction should be lifted"));
        }
        if (c.decision() == null) {
            return Outcome.refused(Refusal.ILLEGAL_TRANSITION, "case " + c.id() + " has no decision to appeal");
        }
        Instant now = time.now();
        AppealId id = appeals.nextId();
        Outcome<Transition> filed = updates.commit(c.appealFiled(id, filedBy, now));
        if (!filed.isDone()) {
            return Outcome.refused(filed.refusalIfAny().orElseThrow());
        }
        var appeal = new Appeal(id, c.id(), c.decision(), appellant, filedBy, grounds.strip(), now, null, null, null,
                null);
        appeals.save(appeal);
        return Outcome.done(appeal);
    }
}
