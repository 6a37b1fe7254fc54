package kz.tizim.server.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.server.audit.Auditor;
import kz.tizim.server.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second legal officer approves a proposal, making it the version in force, or rejects it. Both
 * are audited, and so is every refused attempt (such as approving one's own proposal).
 */
@Service
class DecidingCatalogueProposal {

    private final CatalogueVersionsJdbcRepository versions;
    private final Auditor auditor;
    private final Clock clock;

    DecidingCatalogueProposal(CatalogueVersionsJdbcRepository versions, Auditor auditor, Clock clock) {
        this.versions = versions;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Transactional
    DecisionOutcome approve(Actor actor, long proposalId, String note) {
        // Lock the version in force first, then the proposal: two approvals cannot both win.
        CatalogueVersionEntry current = versions.lockCurrent()
                .orElseThrow(() -> new IllegalStateException("no legal catalogue in force"));
        CatalogueVersionEntry proposal = proposal(proposalId);
        Optional<Refusal> refusal = refusal(GovernancePolicies.APPROVAL, actor, proposal, current);
        if (refusal.isPresent()) {
            auditor.record(actor, "CATALOGUE_APPROVAL_REFUSED", target(proposal), refusal.get().english());
            return new DecisionOutcome.Refused(refusal.get());
        }
        Instant now = clock.instant();
        versions.supersede(current.id());
        versions.decide(proposal.id(), CatalogueStatus.CURRENT, actor.name(), now, note.strip());
        auditor.record(actor, "CATALOGUE_VERSION_APPROVED", "legal-catalogue:v" + proposal.number(),
                "proposal " + proposal.id() + " by " + proposal.proposedBy() + ", sha256 " + proposal.sha256()
                        + ", supersedes v" + current.number());
        return new DecisionOutcome.Approved(proposal.version(), current.number());
    }

    @Transactional
    DecisionOutcome reject(Actor actor, long proposalId, String note) {
        CatalogueVersionEntry current = versions.lockCurrent()
                .orElseThrow(() -> new IllegalStateException("no legal catalogue in force"));
        CatalogueVersionEntry proposal = proposal(proposalId);
        Optional<Refusal> refusal = refusal(GovernancePolicies.REJECTION, actor, proposal, current);
        if (refusal.isEmpty() && (note.isBlank() || note.strip().length() > ProposingCatalogueEdit.MAX_REASON)) {
            refusal = Optional.of(Refusal.REASON_REQUIRED);
        }
        if (refusal.isPresent()) {
            auditor.record(actor, "CATALOGUE_REJECTION_REFUSED", target(proposal), refusal.get().english());
            return new DecisionOutcome.Refused(refusal.get());
        }
        versions.decide(proposal.id(), CatalogueStatus.REJECTED, actor.name(), clock.instant(), note.strip());
        auditor.record(actor, "CATALOGUE_PROPOSAL_REJECTED", target(proposal), "v" + proposal.number()
                + " sha256 " + proposal.sha256() + "; reason: " + note.strip());
        return new DecisionOutcome.Rejected(proposal.id());
    }

    private CatalogueVersionEntry proposal(long id) {
        return versions.lockById(id).filter(entry -> entry.baseNumber() != null)
                .orElseThrow(() -> new NotFoundException("catalogue proposal " + id));
    }

    private static Optional<Refusal> refusal(List<GovernancePolicies.Policy> policies, Actor actor,
            CatalogueVersionEntry proposal, CatalogueVersionEntry current) {
        return GovernancePolicies.firstRefusal(policies, new GovernancePolicies.Step(actor, proposal, current));
    }

    private static String target(CatalogueVersionEntry proposal) {
        return "legal-catalogue-proposal:" + proposal.id();
    }
}
