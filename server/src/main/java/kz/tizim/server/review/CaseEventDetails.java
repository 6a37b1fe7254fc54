package kz.tizim.server.review;

import java.util.Locale;
import kz.tizim.core.caseflow.CaseEvent;
import kz.tizim.core.caseflow.CaseEvent.AppealDecided;
import kz.tizim.core.caseflow.CaseEvent.AppealFiled;
import kz.tizim.core.caseflow.CaseEvent.CaseAssigned;
import kz.tizim.core.caseflow.CaseEvent.CaseOpened;
import kz.tizim.core.caseflow.CaseEvent.CaseRejected;
import kz.tizim.core.caseflow.CaseEvent.CaseWithdrawn;
import kz.tizim.core.caseflow.CaseEvent.ComplaintJoined;
import kz.tizim.core.caseflow.CaseEvent.DecisionApproved;
import kz.tizim.core.caseflow.CaseEvent.DecisionDrafted;
import kz.tizim.core.caseflow.CaseEvent.LocatorAdded;
import kz.tizim.core.caseflow.CaseEvent.NoticeSent;
import kz.tizim.core.caseflow.CaseEvent.OwnerComplied;
import kz.tizim.core.caseflow.CaseEvent.RestrictionExpired;
import kz.tizim.core.caseflow.CaseEvent.RestrictionLifted;
import kz.tizim.core.caseflow.CaseEvent.RestrictionOrdered;
import kz.tizim.core.caseflow.CaseEvent.RestrictionRenewed;

/**
 * One line per case event for the timeline and the audit trail. A hashes-only (CSAM) locator is
 * never written in clear here: the audit trail is read by more people than the case.
 */
final class CaseEventDetails {

    private CaseEventDetails() {
    }

    /** {@code CaseOpened} → {@code CASE_OPENED}. */
    static String action(CaseEvent event) {
        return event.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    static String describe(CaseEvent event) {
        if (event instanceof CaseOpened e) {
            return "site " + e.site() + ", " + e.category() + ", " + e.urgency() + ", "
                    + e.locators().size() + " locator(s) from complaint " + e.complaint() + ", decision due "
                    + e.decisionDue();
        }
        if (event instanceof LocatorAdded e) {
            return e.locator().kind().token() + " added from complaint " + e.complaint();
        }
        if (event instanceof ComplaintJoined e) {
            return "complaint " + e.complaint() + " joined";
        }
        if (event instanceof CaseAssigned e) {
            return "assigned to " + e.reviewer()
                    + (e.previousReviewer() == null ? "" : " (was " + e.previousReviewer() + ")");
        }
        if (event instanceof DecisionDrafted e) {
            return "basis " + e.basis() + ", scope " + e.scope().kind().token()
                    + (e.objections().isEmpty() ? "" : ", " + e.objections().size() + " escalation(s)");
        }
        if (event instanceof DecisionApproved e) {
            return "decision " + e.decision() + ", basis " + e.basis() + ", catalogue "
                    + e.catalogue().label() + ", drafted by " + e.drafter();
        }
        if (event instanceof NoticeSent e) {
            return "decision " + e.decision() + ", " + e.timing() + ", to " + e.recipientEmail()
                    + (e.complianceDue() == null ? "" : ", comply by " + e.complianceDue());
        }
        if (event instanceof OwnerComplied e) {
            return "decision " + e.decision() + ": " + String.join("; ", e.observations());
        }
        if (event instanceof RestrictionOrdered e) {
            return "decision " + e.restriction().decision() + ", "
                    + e.restriction().scope().kind().token() + " from " + e.restriction().start() + " to "
                    + e.restriction().end();
        }
        if (event instanceof AppealFiled e) {
            return "appeal " + e.appeal() + " against " + e.decision();
        }
        if (event instanceof AppealDecided e) {
            return "appeal " + e.appeal() + " " + e.outcome() + ": " + e.reasons();
        }
        if (event instanceof RestrictionLifted e) {
            return "decision " + e.decision() + " lifted: " + e.reasons();
        }
        if (event instanceof RestrictionRenewed e) {
            return "decision " + e.decision() + " renewed from " + e.previousEnd() + " to "
                    + e.newEnd() + ": " + e.reasons();
        }
        if (event instanceof RestrictionExpired e) {
            return "decision " + e.decision() + " expired";
        }
        if (event instanceof CaseRejected e) {
            return "rejected: " + e.reason();
        }
        if (event instanceof CaseWithdrawn e) {
            return "withdrawn";
        }
        throw new IllegalArgumentException("unknown case event " + event);
    }
}
