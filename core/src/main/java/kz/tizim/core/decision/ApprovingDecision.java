package kz.tizim.core.decision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.caseflow.Case;
import kz.tizim.core.caseflow.CaseEvents;
import kz.tizim.core.caseflow.CaseStatus;
import kz.tizim.core.caseflow.CaseUpdates;
import kz.tizim.core.caseflow.Cases;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.caseflow.LegalCatalogues;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.caseflow.Transition;
import kz.tizim.core.complaint.ComplainantKind;
import kz.tizim.core.complaint.Complaint;
import kz.tizim.core.complaint.Complaints;
import kz.tizim.core.legal.LegalBasis;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;
import kz.tizim.core.proportionality.ProportionalityPolicies;
import kz.tizim.core.proportionality.ProportionalityReport;
import kz.tizim.core.proportionality.ProposedScope;

/**
 * A legal officer other than the drafter approves the draft. The approval policies are checked in
 * order, the proportionality policies run again on today's facts, and the draft must cite the
 * catalogue in force. Only then is a decision number taken, so numbers have no gaps. On the urgent
 * track (no notice before restriction) the restriction is ordered at once.
 */
public final class ApprovingDecision {

    /** The approval rules, in the order they are read. */
    public static final List<ApprovalPolicy> APPROVAL_POLICIES = List.of(
            new LegalOfficerPolicy(), new FourEyesPolicy(), new EscalationPolicy());

    private final Cases cases;
    private final CaseUpdates updates;
    private final DecisionDrafts drafts;
    private final Decisions decisions;
    private final DecisionNumbers numbers;
    private final Complaints complaints;
    private final LegalCatalogues catalogues;
    private final ProportionalityPolicies policies;
    private final Timekeeping time;

    public ApprovingDecision(Cases cases, CaseEvents events, DecisionDrafts drafts, Decisions decisions,
            DecisionNumbers numbers, Complaints complaints, LegalCatalogues catalogues,
            ProportionalityPolicies policies, Timekeeping time) {
        this.cases = cases;
        this.updates = new CaseUpdates(cases, events);
        this.drafts = drafts;
        this.decisions = decisions;
        this.numbers = numbers;
        this.complaints = complaints;
        this.catalogues = catalogues;
        this.policies = policies;
        this.time = time;
    }

    public Outcome<Decision> approve(ApproveDecisionCommand command) {
        Actor actor = command.actor();
        Optional<Case> found = cases.find(command.caseId());
        Optional<DecisionDraft> draft = drafts.find(command.caseId());
        if (found.isEmpty() || draft.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no draft decision for case " + command.caseId()));
        }
        Case c = found.get();
        for (ApprovalPolicy policy : APPROVAL_POLICIES) {
            Optional<String> objection = policy.objection(draft.get(), actor);
            if (objection.isPresent()) {
                return Outcome.refused(new Refusal(policy.name(), objection.get(),
                        policy.proportionalityBehind(draft.get())));
            }
        }
        if (c.status() != CaseStatus.IN_REVIEW || c.decision() != null) {
            return Outcome.refused(Refusal.ILLEGAL_TRANSITION, "case " + c.id() + " has no decision awaiting approval"
                    + " (it is " + c.status() + ")");
        }
        LegalCatalogue catalogue = catalogues.current();
        Optional<LegalBasis> basis = catalogue.basis(draft.get().basis());
        if (!catalogue.version().equals(draft.get().catalogue()) || basis.isEmpty()) {
            return Outcome.refused("LegalBasis", "the draft cites catalogue " + draft.get().catalogue().label()
                    + " but " + catalogue.version().label() + " is in force; the reviewer must redraft");
        }
        ProportionalityReport today = policies.assess(new ProposedScope(draft.get().scope(), c.locators(),
                c.site().value(), draft.get().scopeJustification()));
        if (today.rejected()) {
            return Outcome.refused(new Refusal(DraftingDecision.PROPORTIONALITY, today.summary(), today.objections()));
        }
        if (!today.requiredRoles().stream().allMatch(actor::has)) {
            return Outcome.refused(new Refusal(new EscalationPolicy().name(), "the scope now needs approval by "
                    + today.requiredRoles() + ": " + today.summary(), today.escalations()));
        }
        Instant now = time.now();
        DecisionNumber number = numbers.next(time.year(now));
        var decision = new Decision(number, draft.get(), actor.name(), now,
                statement(number, c, draft.get(), basis.get(), now), List.of());
        Outcome<Transition> approved = updates.commit(c.approve(number, draft.get().basis(), draft.get().catalogue(),
                draft.get().scope(), draft.get().drafter(), actor.name(), now));
        if (!approved.isDone()) {
            return Outcome.refused(approved.refusalIfAny().orElseThrow());
        }
        decisions.save(decision);
        Case after = approved.value().after();
        if (!after.noticeFirst()) {
            updates.commit(after.orderRestriction(decision.restriction(after, now, time), actor.name(), now));
        }
        return Outcome.done(decision);
    }

    private StatementOfReasons statement(DecisionNumber number, Case c, DecisionDraft draft, LegalBasis basis,
            Instant now) {
        List<ComplainantKind> notifiedBy = c.complaints().stream()
                .map(complaints::find)
                .flatMap(Optional::stream)
                .map(Complaint::complainantKind)
                .distinct()
                .toList();
        String redress = "You may appeal by quoting case number " + c.id() + " and the appeal code in the notice;"
                + " a legal officer who took no part in this decision decides the appeal and gives reasons."
                + " You may also challenge the decision in court under the Administrative Procedural and Process"
                + " Code of the Republic of Kazakhstan. Access is restored at once if the restriction is lifted.";
        return new StatementOfReasons(number, c.procedure().category(), draft.measure(), draft.scope(),
                StatementOfReasons.KAZAKHSTAN, draft.term(), draft.facts(), notifiedBy, draft.automatedDetection(),
                false, basis.id(), basis.citation(), draft.catalogue(), draft.reasoning(), redress, now);
    }
}
