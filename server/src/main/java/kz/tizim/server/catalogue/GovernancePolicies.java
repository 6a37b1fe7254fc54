package kz.tizim.server.catalogue;

import java.util.List;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;

/**
 * The rules for changing the legal catalogue, each a named policy, collected in the order they are
 * checked. The first that objects refuses the step.
 */
final class GovernancePolicies {

    /** What an approval or rejection is judged on. */
    record Step(Actor actor, CatalogueVersionEntry proposal, CatalogueVersionEntry current) {
    }

    @FunctionalInterface
    interface Policy {
        Optional<Refusal> check(Step step);
    }

    /** Only legal officers propose, approve or reject catalogue changes. */
    static final Policy LEGAL_OFFICER_POLICY = step -> refuseUnless(isLegalOfficer(step.actor()),
            Refusal.NOT_A_LEGAL_OFFICER);

    /** A proposal is decided once. */
    static final Policy PENDING_POLICY = step -> refuseUnless(step.proposal().status() == CatalogueStatus.PROPOSED,
            Refusal.NOT_PENDING);

    /** Four eyes: the approver is not the proposer. */
    static final Policy FOUR_EYES_POLICY = step -> refuseUnless(
            !step.proposal().proposedBy().equals(step.actor().name()), Refusal.OWN_PROPOSAL);

    /** An approval must not silently undo another approved edit: the proposal must edit the version in force. */
    static final Policy EDITS_CURRENT_VERSION_POLICY = step -> refuseUnless(
            step.proposal().baseNumber() != null && step.proposal().baseNumber() == step.current().number(),
            Refusal.STALE);

    static final List<Policy> APPROVAL = List.of(LEGAL_OFFICER_POLICY, PENDING_POLICY, FOUR_EYES_POLICY,
            EDITS_CURRENT_VERSION_POLICY);

    /** Rejecting changes nothing in force, so a proposer may withdraw their own proposal. */
    static final List<Policy> REJECTION = List.of(LEGAL_OFFICER_POLICY, PENDING_POLICY);

    private GovernancePolicies() {
    }

    static boolean isLegalOfficer(Actor actor) {
        return actor.kind() == Actor.Kind.PERSON && actor.has(Role.LEGAL_OFFICER);
    }

    static Optional<Refusal> firstRefusal(List<Policy> policies, Step step) {
        for (Policy policy : policies) {
            Optional<Refusal> refusal = policy.check(step);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuseUnless(boolean allowed, Refusal refusal) {
        return allowed ? Optional.empty() : Optional.of(refusal);
    }
}
