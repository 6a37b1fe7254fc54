package kz.tizim.server.decision;

import java.time.Instant;
import java.util.List;
import kz.tizim.core.account.Actor;
import kz.tizim.core.caseflow.AssignCaseCommand;
import kz.tizim.core.caseflow.AssigningCase;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.Transition;
import kz.tizim.core.decision.ApproveDecisionCommand;
import kz.tizim.core.decision.ApprovingDecision;
import kz.tizim.core.decision.Decision;
import kz.tizim.core.decision.DecisionDraft;
import kz.tizim.core.decision.DraftingDecision;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.server.complaint.UseCaseTransactions;
import kz.tizim.server.complaint.WorkflowProblems;
import kz.tizim.server.system.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Review steps through the API: take a case, draft its decision, approve it. The use cases decide
 * who may: a machine token acts as its organisation's machine role (a regulator token is a
 * REVIEWER), so approval through the API is refused unless the actor is a legal officer other than
 * the drafter (403 problem with rule {@code LegalOfficerPolicy} or {@code FourEyesPolicy}).
 */
@RestController
@RequestMapping("/api/v1/cases/{id}")
class DecisionApiController {

    private final AssigningCase assigning;
    private final DraftingDecision drafting;
    private final ApprovingDecision approving;
    private final UseCaseTransactions transactions;

    DecisionApiController(AssigningCase assigning, DraftingDecision drafting, ApprovingDecision approving,
            UseCaseTransactions transactions) {
        this.assigning = assigning;
        this.drafting = drafting;
        this.approving = approving;
        this.transactions = transactions;
    }

    record AssignRequest(String reviewer) {
    }

    record CaseStep(long caseId, String status, long version, String reviewer) {
    }

    record DraftView(long caseId, String drafter, String basis, String catalogue, String measure, String scope,
            String term, List<String> objections, Instant draftedAt) {
    }

    record DecisionView(String number, long caseId, String approvedBy, Instant approvedAt, String basis, String scope,
            String citation) {
    }

    @PostMapping("/assign")
    ResponseEntity<?> assign(@PathVariable long id, @RequestBody AssignRequest request) {
        Actor actor = CurrentActor.require();
        Outcome<Transition> outcome = transactions.run(() -> assigning.assign(new AssignCaseCommand(actor,
                new CaseId(id), request.reviewer() == null ? "" : request.reviewer())));
        if (!(outcome instanceof Outcome.Done<Transition> done)) {
            return WorkflowProblems.response(outcome.refusalIfAny().orElseThrow());
        }
        var c = done.value().after();
        return ResponseEntity.ok(new CaseStep(c.id().value(), c.status().name(), c.version(), c.reviewer()));
    }

    @PostMapping("/decision")
    ResponseEntity<?> draft(@PathVariable long id, @RequestBody DraftForm form) {
        Actor actor = CurrentActor.require();
        DraftForm.Reading reading = form.read(actor, new CaseId(id));
        if (reading.command() == null) {
            return WorkflowProblems.invalidFields(reading.errors());
        }
        Outcome<DecisionDraft> outcome = transactions.run(() -> drafting.draft(reading.command()));
        if (!(outcome instanceof Outcome.Done<DecisionDraft> done)) {
            return WorkflowProblems.response(outcome.refusalIfAny().orElseThrow());
        }
        DecisionDraft d = done.value();
        return ResponseEntity.status(201).body(new DraftView(id, d.drafter(), d.basis().value(), d.catalogue().label(),
                d.measure().name(), d.scope().toString(), d.term().toString(),
                d.proportionality().summary().isEmpty() ? List.of() : List.of(d.proportionality().summary().split("\n")),
                d.draftedAt()));
    }

    @PostMapping("/decision/approve")
    ResponseEntity<?> approve(@PathVariable long id) {
        Actor actor = CurrentActor.require();
        Outcome<Decision> outcome = transactions.run(() -> approving.approve(new ApproveDecisionCommand(actor,
                new CaseId(id))));
        if (!(outcome instanceof Outcome.Done<Decision> done)) {
            return WorkflowProblems.response(outcome.refusalIfAny().orElseThrow());
        }
        Decision d = done.value();
        return ResponseEntity.status(201).body(new DecisionView(d.number().value(), id, d.approvedBy(), d.approvedAt(),
                d.draft().basis().value(), d.draft().scope().toString(), d.statement().citation()));
    }
}
