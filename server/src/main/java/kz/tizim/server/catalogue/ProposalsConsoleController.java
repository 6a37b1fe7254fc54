package kz.tizim.server.catalogue;

import jakarta.servlet.http.HttpServletResponse;
import kz.tizim.core.account.Actor;
import kz.tizim.server.system.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Catalogue governance in the console: a legal officer proposes an edited catalogue file, another
 * reviews its line diff and approves or rejects it. Regulator staff may follow along; only legal
 * officers act, and the use cases check that again (and audit refusals).
 */
@Controller
@RequestMapping("/catalogue/proposals")
class ProposalsConsoleController {

    private final CatalogueProposals proposals;
    private final ProposingCatalogueEdit proposing;
    private final DecidingCatalogueProposal deciding;
    private final LegalCatalogues catalogues;

    ProposalsConsoleController(CatalogueProposals proposals, ProposingCatalogueEdit proposing,
            DecidingCatalogueProposal deciding, LegalCatalogues catalogues) {
        this.proposals = proposals;
        this.proposing = proposing;
        this.deciding = deciding;
        this.catalogues = catalogues;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = staff();
        model.addAttribute("proposals", proposals.latest());
        model.addAttribute("versions", catalogues.history());
        model.addAttribute("mayPropose", GovernancePolicies.isLegalOfficer(actor));
        return "catalogue/proposals";
    }

    @GetMapping("/new")
    String form(Model model) {
        legalOfficer();
        return form(model, proposals.draft(), "");
    }

    @PostMapping
    String propose(@RequestParam String text, @RequestParam String reason, Model model,
            HttpServletResponse response) {
        ProposalOutcome outcome = proposing.propose(new ProposeCatalogueEditCommand(CurrentActor.require(), text, reason));
        if (outcome instanceof ProposalOutcome.Proposed proposed) {
            return "redirect:/catalogue/proposals/" + proposed.id() + "?proposed";
        }
        if (outcome instanceof ProposalOutcome.Refused refused && refused.refusal() == Refusal.NOT_A_LEGAL_OFFICER) {
            throw new AccessDeniedException(refused.refusal().english());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        if (outcome instanceof ProposalOutcome.Invalid invalid) {
            model.addAttribute("problems", invalid.problems());
        } else if (outcome instanceof ProposalOutcome.Refused refused) {
            model.addAttribute("refusal", refused.refusal().messageKey());
        }
        return form(model, text, reason);
    }

    @GetMapping("/{id}")
    String review(@PathVariable long id, Model model) {
        Actor actor = staff();
        model.addAttribute("review", proposals.review(id));
        model.addAttribute("mayDecide", GovernancePolicies.isLegalOfficer(actor));
        model.addAttribute("actorName", actor.name());
        return "catalogue/proposal";
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "") String note, Model model,
            HttpServletResponse response) {
        return decided(id, deciding.approve(CurrentActor.require(), id, note), model, response);
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String note, Model model,
            HttpServletResponse response) {
        return decided(id, deciding.reject(CurrentActor.require(), id, note), model, response);
    }

    private String decided(long id, DecisionOutcome outcome, Model model, HttpServletResponse response) {
        if (outcome instanceof DecisionOutcome.Approved) {
            return "redirect:/catalogue/proposals/" + id + "?approved";
        }
        if (outcome instanceof DecisionOutcome.Rejected) {
            return "redirect:/catalogue/proposals/" + id + "?rejected";
        }
        Refusal refusal = ((DecisionOutcome.Refused) outcome).refusal();
        if (refusal == Refusal.NOT_A_LEGAL_OFFICER) {
            throw new AccessDeniedException(refusal.english());
        }
        response.setStatus(switch (refusal) {
            case OWN_PROPOSAL -> HttpStatus.FORBIDDEN.value();
            case REASON_REQUIRED -> HttpStatus.UNPROCESSABLE_CONTENT.value();
            default -> HttpStatus.CONFLICT.value();
        });
        model.addAttribute("refusal", refusal.messageKey());
        return review(id, model);
    }

    private String form(Model model, String text, String reason) {
        model.addAttribute("text", text);
        model.addAttribute("reason", reason);
        model.addAttribute("current", catalogues.currentEntry());
        return "catalogue/proposal-form";
    }

    private static Actor staff() {
        Actor actor = CurrentActor.require();
        if (!actor.isRegulatorStaff()) {
            throw new AccessDeniedException("catalogue proposals are for regulator staff");
        }
        return actor;
    }

    private static Actor legalOfficer() {
        Actor actor = CurrentActor.require();
        if (!GovernancePolicies.isLegalOfficer(actor)) {
            throw new AccessDeniedException("only legal officers propose catalogue changes");
        }
        return actor;
    }
}
