package kz.tizim.core.decision;

import java.time.Instant;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.caseflow.Case;
import kz.tizim.core.caseflow.CaseEvent.DecisionDrafted;
import kz.tizim.core.caseflow.CaseEvents;
import kz.tizim.core.caseflow.CaseStatus;
import kz.tizim.core.caseflow.Cases;
import kz.tizim.core.caseflow.LegalCatalogues;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.legal.LegalBasis;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;
import kz.tizim.core.proportionality.ProportionalityPolicies;
import kz.tizim.core.proportionality.ProportionalityReport;
import kz.tizim.core.proportionality.ProposedScope;

/**
 * The assigned reviewer drafts the decision: one catalogue entry of the case's category, a measure
 * it allows, a scope, facts, reasoning and a term. The proportionality policies judge the scope; a
 * rejection refuses the draft with every objection listed, escalations are kept for the approver.
 */
public final class DraftingDecision {

    /** The refusal rule when a proportionality policy rejects the scope. */
    public static final String PROPORTIONALITY = "Proportionality";

    private final Cases cases;
    private final CaseEvents events;
    private final DecisionDrafts drafts;
    private final LegalCatalogues catalogues;
    private final ProportionalityPolicies policies;
    private final RestrictionTerms terms;
    private final Timekeeping time;

    public DraftingDecision(Cases cases, CaseEvents events, DecisionDrafts drafts, LegalCatalogues catalogues,
            ProportionalityPolicies policies, RestrictionTerms terms, Timekeeping time) {
        this.cases = cases;
        this.events = events;
        this.drafts = drafts;
        this.catalogues = catalogues;
        this.policies = policies;
        this.terms = terms;
        this.time = time;
    }

    public Outcome<DecisionDraft> draft(DraftDecisionCommand command) {
        Actor actor = command.actor();
        if (!actor.has(Role.REVIEWER)) {
            return Outcome.refused(Refusal.notAuthorised("only reviewers draft decisions"));
        }
        Optional<Case> found = cases.find(command.caseId());
        if (found.isEmpty()) {
            return Outcome.refused(Refusal.notFound("no case " + command.caseId()));
        }
        Case c = found.get();
        if (c.status() != CaseStatus.IN_REVIEW || c.decision() != null) {
            return Outcome.refused(Refusal.ILLEGAL_TRANSITION, "a decision is drafted for a case in review without"
                    + " an approved decision (case is " + c.status() + ")");
        }
        if (!actor.name().equals(c.reviewer())) {
            return Outcome.refused(Refusal.notAuthorised("case " + c.id() + " is assigned to " + c.reviewer()));
        }
        LegalCatalogue catalogue = catalogues.current();
        Optional<LegalBasis> basis = catalogue.basis(command.basis());
        if (basis.isEmpty()) {
            return Outcome.refused("LegalBasis", command.basis() + " is not in catalogue "
                    + catalogue.version().label());
        }
        if (basis.get().category() != c.procedure().category()) {
            return Outcome.refused("LegalBasis", command.basis() + " concerns " + basis.get().category()
                    + ", the case concerns " + c.procedure().category());
        }
        if (!basis.get().measures().contains(command.measure())) {
            return Outcome.refused("LegalBasis", command.basis() + " does not allow " + command.measure()
                    + "; it allows " + basis.get().measures());
        }
        if (command.facts().isBlank() || command.reasoning().isBlank()) {
            return Outcome.refused(Refusal.invalid("a decision states the facts found and the reasoning"));
        }
        Period term = command.term() != null ? command.term() : terms.standard();
        if (!terms.allows(term)) {
            return Outcome.refused("RestrictionTerms", "a term of " + term + " exceeds the maximum " + terms.maximum());
        }
        ProportionalityReport report = policies.assess(new ProposedScope(command.scope(), c.locators(),
                c.site().value(), command.scopeJustification().strip()));
        if (report.rejected()) {
            return Outcome.refused(new Refusal(PROPORTIONALITY, report.summary(), report.objections()));
        }
        Instant now = time.now();
        var draft = new DecisionDraft(c.id(), actor.name(), command.basis(), catalogue.version(), command.measure(),
                command.scope(), command.facts().strip(), command.reasoning().strip(),
                command.scopeJustification().strip(), term, command.automatedDetection(), report, now);
        drafts.save(draft);
        List<String> objections = report.summary().isEmpty() ? List.of() : Arrays.asList(report.summary().split("\n"));
        events.append(new DecisionDrafted(c.id(), command.basis(), command.scope(), objections, actor.name(), now));
        return Outcome.done(draft);
    }
}
