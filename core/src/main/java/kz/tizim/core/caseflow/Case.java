package kz.tizim.core.caseflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.tizim.core.caseflow.CaseEvent.AppealDecided;
import kz.tizim.core.caseflow.CaseEvent.AppealFiled;
import kz.tizim.core.caseflow.CaseEvent.CaseAssigned;
import kz.tizim.core.caseflow.CaseEvent.CaseOpened;
import kz.tizim.core.caseflow.CaseEvent.CaseRejected;
import kz.tizim.core.caseflow.CaseEvent.CaseWithdrawn;
import kz.tizim.core.caseflow.CaseEvent.ComplaintJoined;
import kz.tizim.core.caseflow.CaseEvent.DecisionApproved;
import kz.tizim.core.caseflow.CaseEvent.LocatorAdded;
import kz.tizim.core.caseflow.CaseEvent.NoticeSent;
import kz.tizim.core.caseflow.CaseEvent.OwnerComplied;
import kz.tizim.core.caseflow.CaseEvent.RestrictionExpired;
import kz.tizim.core.caseflow.CaseEvent.RestrictionLifted;
import kz.tizim.core.caseflow.CaseEvent.RestrictionOrdered;
import kz.tizim.core.caseflow.CaseEvent.RestrictionRenewed;
import kz.tizim.core.complaint.ComplaintId;
import kz.tizim.core.legal.CatalogueVersion;
import kz.tizim.core.legal.CategoryProcedure;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.Urgency;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;
import kz.tizim.core.scope.Scopes;
import kz.tizim.match.locator.Locator;
import org.jspecify.annotations.Nullable;

/**
 * A case about one site under one offence category. Immutable: each step returns the case after it
 * and the events it produced, or a refusal when the step is not allowed from the current status
 * ({@link CaseStatus}); a refused step changes nothing.
 *
 * @param version incremented by every step; the store saves only over the previous version
 * @param procedure the category's procedure when the case was opened (urgency, deadlines, notice)
 * @param decisionDue the SLA: when the decision is due, from the complaint's receipt
 * @param reviewer the assigned reviewer's name
 * @param decision the approved decision's number
 * @param decidedAt when the decision was approved (time to decision is reported by popularity tier)
 * @param complianceDue when the owner's time to comply runs out after a notice
 * @param restriction the ordered restriction, with its current end
 */
public record Case(
        CaseId id,
        long version,
        CaseStatus status,
        CategoryProcedure procedure,
        SiteKey site,
        List<Locator> locators,
        List<ComplaintId> complaints,
        Instant openedAt,
        Instant decisionDue,
        @Nullable String reviewer,
        @Nullable DecisionNumber decision,
        @Nullable Instant decidedAt,
        @Nullable Instant complianceDue,
        @Nullable Restriction restriction) {

    /** Most urgent first, then the earliest decision due. */
    public static final Comparator<Case> PRIORITY = Comparator
            .comparing((Case c) -> c.procedure().urgency() == Urgency.IMMEDIATE ? 0 : 1)
            .thenComparing(Case::decisionDue);

    public Case {
        locators = List.copyOf(locators);
        complaints = List.copyOf(complaints);
    }

    /** Opens a case for a site with the complaint's locators on it. */
    public static Transition open(CaseId id, CategoryProcedure procedure, SiteDossier dossier, List<Locator> locators,
            ComplaintId complaint, Instant decisionDue, String actor, Instant at) {
        var opened = new Case(id, 0, CaseStatus.NEW, procedure, dossier.key(), locators, List.of(complaint), at,
                decisionDue, null, null, null, null, null);
        return new Transition(opened, List.of(new CaseOpened(id, dossier.key(), dossier.tier(), procedure.category(),
                procedure.urgency(), locators, complaint, decisionDue, actor, at)));
    }

    /** Whether the decision is late: not yet decided and the SLA has passed. */
    public boolean slaBreached(Instant now) {
        return decidedAt == null && (status == CaseStatus.NEW || status == CaseStatus.IN_REVIEW)
                && !now.isBefore(decisionDue);
    }

    /** Whether the category sends the owner a notice before restricting (the ordinary track). */
    public boolean noticeFirst() {
        return procedure.noticeBeforeRestriction();
    }

    public Outcome<Transition> addLocator(Locator locator, ComplaintId complaint, String actor, Instant at) {
        if (!(status == CaseStatus.NEW || status == CaseStatus.IN_REVIEW) || decision != null) {
            return refuse("locators can be added only before a decision is approved (case is " + status + ")");
        }
        if (locators.stream().anyMatch(held -> Scopes.sameResource(held, locator))) {
            return refuse(locator + " is already on case " + id);
        }
        var more = new ArrayList<>(locators);
        more.add(locator);
        return Outcome.done(new Transition(with(status, more, withComplaint(complaint)),
                List.of(new LocatorAdded(id, locator, complaint, actor, at))));
    }

    public Outcome<Transition> join(ComplaintId complaint, Locator locator, String actor, Instant at) {
        if (!status.isOpen()) {
            return refuse("only open cases take further complaints (case is " + status + ")");
        }
        return Outcome.done(new Transition(with(status, locators, withComplaint(complaint)),
                List.of(new ComplaintJoined(id, locator, complaint, actor, at))));
    }

    /** NEW → IN_REVIEW on first assignment; a reassignment keeps the case IN_REVIEW. */
    public Outcome<Transition> assign(String newReviewer, String actor, Instant at) {
        if (status != CaseStatus.NEW && status != CaseStatus.IN_REVIEW) {
            return illegal(CaseStatus.IN_REVIEW);
        }
        if (newReviewer.equals(reviewer)) {
            return refuse("case " + id + " is already assigned to " + newReviewer);
        }
        var after = new Case(id, version + 1, CaseStatus.IN_REVIEW, procedure, site, locators, complaints, openedAt,
                decisionDue, newReviewer, decision, decidedAt, complianceDue, restriction);
        return Outcome.done(new Transition(after, List.of(new CaseAssigned(id, newReviewer, reviewer, actor, at))));
    }

    /** Records the approved decision; the status stays IN_REVIEW until notice or (urgent) restriction. */
    public Outcome<Transition> approve(DecisionNumber number, LegalBasisId basis, CatalogueVersion catalogue,
            Locator scope, String drafter, String actor, Instant at) {
        if (status != CaseStatus.IN_REVIEW || decision != null) {
            return refuse("a decision can be approved only for a case in review without one (case is " + status + ")");
        }
        var after = new Case(id, version + 1, status, procedure, site, locators, complaints, openedAt, decisionDue,
                reviewer, number, at, complianceDue, restriction);
        return Outcome.done(new Transition(after,
                List.of(new DecisionApproved(id, number, basis, catalogue, scope, drafter, actor, at))));
    }

    /**
     * Ordinary track: IN_REVIEW → NOTICE_SENT with a compliance deadline. Urgent track: a notice after
     * the restriction, the status unchanged.
     */
    public Outcome<Transition> noticeSent(String recipientEmail, @Nullable Instant due, String actor, Instant at) {
        if (decision == null) {
            return refuse("no approved decision to notify");
        }
        if (noticeFirst()) {
            if (!status.mayBecome(CaseStatus.NOTICE_SENT) || due == null) {
                return illegal(CaseStatus.NOTICE_SENT);
            }
            var after = new Case(id, version + 1, CaseStatus.NOTICE_SENT, procedure, site, locators, complaints,
                    openedAt, decisionDue, reviewer, decision, decidedAt, due, restriction);
            return Outcome.done(new Transition(after, List.of(new NoticeSent(id, decision,
                    NoticeTiming.BEFORE_RESTRICTION, recipientEmail, due, actor, at))));
        }
        if (!status.isRestricting()) {
            return refuse("on the urgent track the owner is notified after the restriction (case is " + status + ")");
        }
        return Outcome.done(new Transition(with(status, locators, complaints), List.of(new NoticeSent(id, decision,
                NoticeTiming.AFTER_RESTRICTION, recipientEmail, null, actor, at))));
    }

    /** NOTICE_SENT → COMPLIED: the content was gone at the re-check. */
    public Outcome<Transition> complied(List<String> observations, String actor, Instant at) {
        if (!status.mayBecome(CaseStatus.COMPLIED) || decision == null) {
            return illegal(CaseStatus.COMPLIED);
        }
        return Outcome.done(new Transition(with(CaseStatus.COMPLIED, locators, complaints),
                List.of(new OwnerComplied(id, decision, observations, actor, at))));
    }

    /**
     * NOTICE_SENT → RESTRICTION_ORDERED after the compliance window; on the urgent track IN_REVIEW →
     * RESTRICTION_ORDERED right after approval.
     */
    public Outcome<Transition> orderRestriction(Restriction ordered, String actor, Instant at) {
        if (!status.mayBecome(CaseStatus.RESTRICTION_ORDERED) || decision == null) {
            return illegal(CaseStatus.RESTRICTION_ORDERED);
        }
        if (status == CaseStatus.IN_REVIEW && noticeFirst()) {
            return refuse(procedure.category() + " requires a notice to the owner before access is restricted");
        }
        if (!ordered.decision().equals(decision)) {
            return refuse("restriction cites " + ordered.decision() + ", the case's decision is " + decision);
        }
        var after = new Case(id, version + 1, CaseStatus.RESTRICTION_ORDERED, procedure, site, locators, complaints,
                openedAt, decisionDue, reviewer, decision, decidedAt, complianceDue, ordered);
        return Outcome.done(new Transition(after, List.of(new RestrictionOrdered(id, ordered, actor, at))));
    }

    /** RESTRICTION_ORDERED → APPEALED. */
    public Outcome<Transition> appealFiled(AppealId appeal, String actor, Instant at) {
        if (!status.mayBecome(CaseStatus.APPEALED) || decision == null) {
            return illegal(CaseStatus.APPEALED);
        }
        return Outcome.done(new Transition(with(CaseStatus.APPEALED, locators, complaints),
                List.of(new AppealFiled(id, appeal, decision, actor, at))));
    }

    /** APPEALED → UPHELD, or APPEALED → LIFTED with the restriction lifted. */
    public Outcome<Transition> appealDecided(AppealId appeal, AppealOutcome outcome, String reasons, String actor,
            Instant at) {
        CaseStatus target = outcome == AppealOutcome.UPHELD ? CaseStatus.UPHELD : CaseStatus.LIFTED;
        if (status != CaseStatus.APPEALED || restriction == null) {
            return illegal(target);
        }
        var events = new ArrayList<CaseEvent>();
        events.add(new AppealDecided(id, appeal, outcome, reasons, actor, at));
        if (outcome == AppealOutcome.LIFTED) {
            events.add(new RestrictionLifted(id, restriction.decision(), restriction.scope(), reasons, actor, at));
        }
        return Outcome.done(new Transition(with(target, locators, complaints), events));
    }

    /**
     * The owner removed the restricted content while the restriction ran: access is restored now
     * ({@code RestrictionLifted}), whatever remains of the term. Not during an appeal: the appeal
     * decides, and may lift for the same reason.
     */
    public Outcome<Transition> accessRestored(List<String> observations, String actor, Instant at) {
        return accessRestored("The content was removed; access is restored.", observations, actor, at);
    }

    /** As {@link #accessRestored(List, String, Instant)}, the reasons opening with {@code ground}. */
    public Outcome<Transition> accessRestored(String ground, List<String> observations, String actor, Instant at) {
        if (restriction == null || !(status == CaseStatus.RESTRICTION_ORDERED || status == CaseStatus.UPHELD)) {
            return illegal(CaseStatus.LIFTED);
        }
        String reasons = ground + " " + String.join("; ", observations);
        return Outcome.done(new Transition(with(CaseStatus.LIFTED, locators, complaints),
                List.of(new RestrictionLifted(id, restriction.decision(), restriction.scope(), reasons, actor, at))));
    }

    /** Whether the case has a running restriction, not under appeal, that has not ended by {@code at}. */
    public boolean renewableAt(Instant at) {
        return runningRestriction() && restriction.end().isAfter(at);
    }

    private boolean runningRestriction() {
        return restriction != null && (status == CaseStatus.RESTRICTION_ORDERED || status == CaseStatus.UPHELD);
    }

    /** Extends a running restriction's term; the status is unchanged. */
    public Outcome<Transition> renewed(Instant newEnd, String reasons, String actor, Instant at) {
        if (!runningRestriction()) {
            return refuse("only a running restriction not under appeal can be renewed (case is " + status + ")");
        }
        if (!restriction.end().isAfter(at)) {
            return refuse("the restriction ended at " + restriction.end() + "; a new decision is needed");
        }
        if (!newEnd.isAfter(restriction.end())) {
            return refuse("a renewal must end after the current end " + restriction.end());
        }
        var after = new Case(id, version + 1, status, procedure, site, locators, complaints, openedAt, decisionDue,
                reviewer, decision, decidedAt, complianceDue, restriction.endingAt(newEnd));
        return Outcome.done(new Transition(after, List.of(new RestrictionRenewed(id, restriction.decision(),
                restriction.end(), newEnd, reasons, actor, at))));
    }

    /** RESTRICTION_ORDERED, APPEALED or UPHELD → EXPIRED once the term has ended. */
    public Outcome<Transition> expired(String actor, Instant at) {
        if (!status.mayBecome(CaseStatus.EXPIRED) || restriction == null) {
            return illegal(CaseStatus.EXPIRED);
        }
        if (at.isBefore(restriction.end())) {
            return refuse("the restriction runs until " + restriction.end());
        }
        return Outcome.done(new Transition(with(CaseStatus.EXPIRED, locators, complaints),
                List.of(new RestrictionExpired(id, restriction.decision(), restriction.scope(), actor, at))));
    }

    /** NEW or IN_REVIEW → REJECTED, before any decision. */
    public Outcome<Transition> rejected(String reason, String actor, Instant at) {
        if (!status.mayBecome(CaseStatus.REJECTED) || decision != null) {
            return illegal(CaseStatus.REJECTED);
        }
        return Outcome.done(new Transition(with(CaseStatus.REJECTED, locators, complaints),
                List.of(new CaseRejected(id, reason, actor, at))));
    }

    /** NEW, IN_REVIEW or NOTICE_SENT → WITHDRAWN. */
    public Outcome<Transition> withdrawn(String actor, Instant at) {
        if (!status.mayBecome(CaseStatus.WITHDRAWN)) {
            return illegal(CaseStatus.WITHDRAWN);
        }
        return Outcome.done(new Transition(with(CaseStatus.WITHDRAWN, locators, complaints),
                List.of(new CaseWithdrawn(id, actor, at))));
    }

    private List<ComplaintId> withComplaint(ComplaintId complaint) {
        if (complaints.contains(complaint)) {
            return complaints;
        }
        var more = new ArrayList<>(complaints);
        more.add(complaint);
        return more;
    }

    private Case with(CaseStatus newStatus, List<Locator> newLocators, List<ComplaintId> newComplaints) {
        return new Case(id, version + 1, newStatus, procedure, site, newLocators, newComplaints, openedAt,
                decisionDue, reviewer, decision, decidedAt, complianceDue, restriction);
    }

    private Outcome<Transition> illegal(CaseStatus target) {
        return Outcome.refused(Refusal.ILLEGAL_TRANSITION, "case " + id + " cannot go from " + status + " to " + target);
    }

    private Outcome<Transition> refuse(String message) {
        return Outcome.refused(Refusal.ILLEGAL_TRANSITION, message);
    }
}
