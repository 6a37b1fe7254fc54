package kz.tizim.core.caseflow;

import java.time.Instant;
import java.util.List;
import kz.tizim.core.complaint.ComplaintId;
import kz.tizim.core.legal.CatalogueVersion;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import kz.tizim.match.locator.Locator;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a case, in the past tense. The server audits and publishes every one,
 * in the order appended to {@link CaseEvents}.
 */
public sealed interface CaseEvent {

    CaseId caseId();

    /** The name of the actor who caused it ({@code system} for scheduled work). */
    String actor();

    Instant occurredAt();

    /** A case was opened for a site from a complaint's locators. */
    record CaseOpened(CaseId caseId, SiteKey site, PopularityTier tier, OffenceCategory category, Urgency urgency,
            List<Locator> locators, ComplaintId complaint, Instant decisionDue, String actor, Instant occurredAt)
            implements CaseEvent {
        public CaseOpened {
            locators = List.copyOf(locators);
        }
    }

    /** Triage added another complained locator of the same site to an open case. */
    record LocatorAdded(CaseId caseId, Locator locator, ComplaintId complaint, String actor, Instant occurredAt)
            implements CaseEvent {
    }

    /** Another complaint named a locator the case already holds. */
    record ComplaintJoined(CaseId caseId, Locator locator, ComplaintId complaint, String actor, Instant occurredAt)
            implements CaseEvent {
    }

    /** The case was assigned (or reassigned) to a reviewer. */
    record CaseAssigned(CaseId caseId, String reviewer, @Nullable String previousReviewer, String actor,
            Instant occurredAt) implements CaseEvent {
    }

    /** A reviewer drafted a decision; it awaits another officer's approval. */
    record DecisionDrafted(CaseId caseId, LegalBasisId basis, Locator scope, List<String> objections, String actor,
            Instant occurredAt) implements CaseEvent {
        public DecisionDrafted {
            objections = List.copyOf(objections);
        }
    }

    /** A legal officer other than the drafter approved the decision, which now has its number. */
    record DecisionApproved(CaseId caseId, DecisionNumber decision, LegalBasisId basis, CatalogueVersion catalogue,
            Locator scope, String drafter, String actor, Instant occurredAt) implements CaseEvent {
    }

    /** The owner was notified: before restriction with a compliance deadline, or after (urgent track). */
    record NoticeSent(CaseId caseId, DecisionNumber decision, NoticeTiming timing, String recipientEmail,
            @Nullable Instant complianceDue, String actor, Instant occurredAt) implements CaseEvent {
    }

    /** The complained content was gone when re-checked after the compliance window. */
    record OwnerComplied(CaseId caseId, DecisionNumber decision, List<String> observations, String actor,
            Instant occurredAt) implements CaseEvent {
        public OwnerComplied {
            observations = List.copyOf(observations);
        }
    }

    /** Access is to be restricted; carries everything the register lists. */
    record RestrictionOrdered(CaseId caseId, Restriction restriction, String actor, Instant occurredAt)
            implements CaseEvent {
    }

    /** The owner or a complainant appealed the restriction. */
    record AppealFiled(CaseId caseId, AppealId appeal, DecisionNumber decision, String actor, Instant occurredAt)
            implements CaseEvent {
    }

    /** An independent legal officer decided the appeal. */
    record AppealDecided(CaseId caseId, AppealId appeal, AppealOutcome outcome, String reasons, String actor,
            Instant occurredAt) implements CaseEvent {
    }

    /** The restriction ended early (appeal allowed); the register drops it. */
    record RestrictionLifted(CaseId caseId, DecisionNumber decision, Locator scope, String reasons, String actor,
            Instant occurredAt) implements CaseEvent {
    }

    /** The restriction's term was extended with fresh reasons. */
    record RestrictionRenewed(CaseId caseId, DecisionNumber decision, Instant previousEnd, Instant newEnd,
            String reasons, String actor, Instant occurredAt) implements CaseEvent {
    }

    /** The restriction's term ran out; the register drops it. */
    record RestrictionExpired(CaseId caseId, DecisionNumber decision, Locator scope, String actor,
            Instant occurredAt) implements CaseEvent {
    }

    /** The case was closed without a decision against the site. */
    record CaseRejected(CaseId caseId, String reason, String actor, Instant occurredAt) implements CaseEvent {
    }

    /** The complainants withdrew; nothing more happens. */
    record CaseWithdrawn(CaseId caseId, String actor, Instant occurredAt) implements CaseEvent {
    }
}
