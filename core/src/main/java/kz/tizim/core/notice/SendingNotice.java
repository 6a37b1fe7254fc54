package kz.tizim.core.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.caseflow.Case;
import kz.tizim.core.caseflow.CaseEvents;
import kz.tizim.core.caseflow.CaseUpdates;
import kz.tizim.core.caseflow.Cases;
import kz.tizim.core.caseflow.NoticeTiming;
import kz.tizim.core.caseflow.SiteDossier;
import kz.tizim.core.caseflow.SiteDossiers;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.caseflow.Transition;
import kz.tizim.core.complaint.Complaint;
import kz.tizim.core.complaint.Complaints;
import kz.tizim.core.decision.Decision;
import kz.tizim.core.decision.Decisions;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;

/**
 * Notifies the owner of an approved decision with its statement of reasons and a fresh appeal code.
 * On the ordinary track the notice comes first and gives the owner the category's time to comply;
 * on the urgent track it follows the restriction.
 */
public final class SendingNotice {

    private final Cases cases;
    private final CaseUpdates updates;
    private final Decisions decisions;
    private final Complaints complaints;
    private final SiteDossiers dossiers;
    private final Notices notices;
    private final Outbox outbox;
    private final Timekeeping time;

    public SendingNotice(Cases cases, CaseEvents events, Decisions decisions, Complaints complaints,
            SiteDossiers dossiers, Notices notices, Outbox outbox, Timekeeping time) {
        this.cases = cases;
        this.updates = new CaseUpdates(cases, events);
        this.decisions = decisions;
        this.complaints = complaints;
        this.dossiers = dossiers;
        this.notices = notices;
        this.outbox = outbox;
        this.time = time;
    }

    public Outcome<Notice> send(SendNoticeCommand command) {
        Actor actor = command.actor();
        if (!actor.has(Role.REVIEWER) && !actor.has(Role.LEGAL_OFFICER) && actor.kind() != Actor.Kind.SYSTEM) {
            return Outcome.refused(Refusal.notAuthorised("notices are sent by reviewers, legal officers or the system"));
        }
        Optional<Case> found = cases.find(command.caseId());
        Optional<Decision> decision = found.flatMap(c -> decisions.findByCase(c.id()));
        if (found.isEmpty() || decision.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no approved decision for case " + command.caseId()));
        }
        Case c = found.get();
        List<Complaint> filed = c.complaints().stream().map(complaints::find).flatMap(Optional::stream).toList();
        SiteDossier dossier = dossiers.find(c.site()).orElseGet(() -> SiteDossier.unknown(c.site()));
        Optional<Recipient> recipient = RecipientPolicy.choose(filed, dossier);
        if (recipient.isEmpty()) {
            return Outcome.refused("RecipientPolicy", "no contact for the owner or the host of " + c.site()
                    + "; record one in the site dossier");
        }
        Instant now = time.now();
        Instant due = c.noticeFirst() ? time.due(c.procedure().ownerComplyWithin(), now) : null;
        Outcome<Transition> sent = updates.commit(c.noticeSent(recipient.get().contact().email(), due, actor.name(), now));
        if (!sent.isDone()) {
            return Outcome.refused(sent.refusalIfAny().orElseThrow());
        }
        AppealCode code = AppealCode.issue();
        NoticeTiming timing = c.noticeFirst() ? NoticeTiming.BEFORE_RESTRICTION : NoticeTiming.AFTER_RESTRICTION;
        var notice = new Notice(c.id(), decision.get().number(), recipient.get(), timing, due, code.sha256(), now);
        notices.save(notice);
        outbox.enqueue(new NoticeMessage(recipient.get(), c.id(), timing, decision.get().statement(), due, code.code()));
        return Outcome.done(notice);
    }
}
