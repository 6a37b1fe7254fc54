package kz.tizim.core.crossborder;

import java.time.Clock;
import java.util.List;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * The steps of a request and who may take them. The foreign desk drafts, sends and records the host
 * state's replies; a legal officer other than the drafter approves; only a legal officer may
 * override a NOT_SATISFIED dual-criminality verdict, with a reason. The rules that gate sending are
 * named policies ({@link #SENDING_POLICIES}).
 */
public final class HandlingRequests {

    /** A rule that must pass before a request leaves Tizim. */
    public interface SendingPolicy {
        @Nullable Refusal check(CrossBorderRequest request);
    }

    /** Dual criminality: a site whose conduct is no offence in the host state goes only with an override. */
    public static final SendingPolicy DUAL_CRIMINALITY = request -> {
        List<RequestSite> failing = request.failingDualCriminality();
        if (failing.isEmpty() || request.override() != null) {
            return null;
        }
        return new Refusal("DualCriminalityPolicy", "dual criminality is NOT_SATISFIED for "
                + failing.stream().map(s -> s.site() + " (" + s.basis() + ")").toList()
                + "; a legal officer must override with a reason, or the sites must be removed from the request");
    };

    /** A request is approved before it is sent. */
    public static final SendingPolicy APPROVAL = request -> request.approvedBy() == null
            ? new Refusal("ApprovalPolicy", "request " + request.id().reference() + " has not been approved")
            : null;

    public static final List<SendingPolicy> SENDING_POLICIES = List.of(APPROVAL, DUAL_CRIMINALITY);

    private final Clock clock;
    private final ReminderSchedule schedule;

    public HandlingRequests(Clock clock, ReminderSchedule schedule) {
        this.clock = clock;
        this.schedule = schedule;
    }

    public ReminderSchedule schedule() {
        return schedule;
    }

    /** Who may draft and track requests: the foreign desk and legal officers. */
    public static boolean mayHandle(Actor actor) {
        return actor.has(Role.FOREIGN_DESK) || actor.has(Role.LEGAL_OFFICER);
    }

    /** Who may read requests: those who handle them and auditors. */
    public static boolean mayRead(Actor actor) {
        return mayHandle(actor) || actor.has(Role.AUDITOR);
    }

    public Outcome<CrossBorderRequest> approve(Actor actor, CrossBorderRequest request) {
        if (!actor.has(Role.LEGAL_OFFICER)) {
            return Outcome.refused("LegalOfficerPolicy", "only a legal officer approves a request to a host state");
        }
        if (actor.name().equals(request.createdBy())) {
            return Outcome.refused("FourEyesPolicy", "the request was drafted by " + actor.name()
                    + "; another legal officer approves it");
        }
        return request.approve(actor.name(), clock.instant());
    }

    public Outcome<CrossBorderRequest> overrideDualCriminality(Actor actor, CrossBorderRequest request, String reason) {
        if (!actor.has(Role.LEGAL_OFFICER)) {
            return Outcome.refused("LegalOfficerPolicy", "only a legal officer may override a dual-criminality verdict");
        }
        if (reason.isBlank()) {
            return Outcome.refused(Refusal.INVALID_REQUEST, "an override states its reason");
        }
        return request.overridden(new DualCriminalityOverride(actor.name(), reason.strip(), clock.instant()));
    }

    public Outcome<CrossBorderRequest> send(Actor actor, CrossBorderRequest request) {
        if (!mayHandle(actor)) {
            return notAuthorised();
        }
        for (SendingPolicy policy : SENDING_POLICIES) {
            Refusal refusal = policy.check(request);
            if (refusal != null) {
                return Outcome.refused(refusal);
            }
        }
        return request.sent(schedule.answerPeriod(), clock.instant());
    }

    public Outcome<CrossBorderRequest> acknowledge(Actor actor, CrossBorderRequest request) {
        return mayHandle(actor) ? request.acknowledged(clock.instant()) : notAuthorised();
    }

    public Outcome<CrossBorderRequest> answer(Actor actor, CrossBorderRequest request, RequestStatus answer,
            @Nullable String reason) {
        return mayHandle(actor) ? request.answered(answer, reason, clock.instant()) : notAuthorised();
    }

    /** NO_RESPONSE: only once the answer was due and every reminder has gone out. */
    public Outcome<CrossBorderRequest> noResponse(Actor actor, CrossBorderRequest request) {
        if (!mayHandle(actor)) {
            return notAuthorised();
        }
        var now = clock.instant();
        if (request.answerDue() != null && now.isBefore(request.answerDue())) {
            return Outcome.refused("AnswerPeriodPolicy", "the answer is due only at " + request.answerDue());
        }
        if (request.reminders() < schedule.maximum(request)) {
            return Outcome.refused("AnswerPeriodPolicy", "send the remaining reminders first (" + request.reminders()
                    + " of " + schedule.maximum(request) + " sent)");
        }
        return request.noResponse(now);
    }

    /**
     * Closes a request as NO_RESPONSE because the schedule says so: every reminder went unanswered
     * and the no-response period since sending has passed. The scheduler does this as the system.
     */
    public Outcome<CrossBorderRequest> closeUnanswered(Actor actor, CrossBorderRequest request) {
        if (!mayHandle(actor) && actor.kind() != Actor.Kind.SYSTEM) {
            return notAuthorised();
        }
        if (!schedule.noResponseDue(request, clock.instant())) {
            return Outcome.refused("ReminderSchedule", "request " + request.id().reference()
                    + " is not yet unanswered under the reminder schedule");
        }
        return request.noResponse(clock.instant());
    }

    /** Records the next reminder if it is due now; refuses otherwise, so no interval is reminded twice. */
    public Outcome<CrossBorderRequest> remind(Actor actor, CrossBorderRequest request) {
        if (!mayHandle(actor) && actor.kind() != Actor.Kind.SYSTEM) {
            return notAuthorised();
        }
        if (!schedule.due(request, clock.instant())) {
            return Outcome.refused("ReminderSchedule", "no reminder is due for request " + request.id().reference());
        }
        return request.reminded(clock.instant());
    }

    public Outcome<CrossBorderRequest> recordSiteOutcome(Actor actor, CrossBorderRequest request, CaseId caseId,
            SiteOutcome outcome) {
        if (!mayHandle(actor) && actor.kind() != Actor.Kind.SYSTEM) {
            return notAuthorised();
        }
        if (outcome == SiteOutcome.PENDING) {
            return Outcome.refused(Refusal.INVALID_REQUEST, "record REMOVED or STILL_PRESENT");
        }
        return request.siteChecked(caseId, outcome, clock.instant());
    }

    private static Outcome<CrossBorderRequest> notAuthorised() {
        return Outcome.refused(Refusal.notAuthorised("requests to host states are handled by the foreign desk and"
                + " legal officers"));
    }
}
