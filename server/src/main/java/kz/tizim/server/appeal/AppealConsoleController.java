package kz.tizim.server.appeal;

import java.util.Locale;
import kz.tizim.core.account.Actor;
import kz.tizim.core.appeal.DecideAppealCommand;
import kz.tizim.core.appeal.DecidingAppeal;
import kz.tizim.core.caseflow.AppealId;
import kz.tizim.core.caseflow.AppealOutcome;
import kz.tizim.server.complaint.UseCaseTransactions;
import kz.tizim.server.system.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The appeals desk: legal officers who took no part in a decision decide the appeals against it. */
@Controller
class AppealConsoleController {

    private final AppealsJdbcRepository appeals;
    private final DecidingAppeal deciding;
    private final UseCaseTransactions transactions;

    AppealConsoleController(AppealsJdbcRepository appeals, DecidingAppeal deciding, UseCaseTransactions transactions) {
        this.appeals = appeals;
        this.deciding = deciding;
        this.transactions = transactions;
    }

    @GetMapping("/appeals")
    String desk(Model model) {
        if (!CurrentActor.require().isRegulatorStaff()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("appeals", appeals.forDesk());
        return "appeal/desk";
    }

    @PostMapping("/appeals/{id}/decide")
    String decide(@PathVariable long id, @RequestParam String outcome, @RequestParam String reasons,
            RedirectAttributes flash) {
        Actor actor = CurrentActor.require();
        AppealOutcome chosen;
        try {
            chosen = AppealOutcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "outcome is UPHELD or LIFTED");
        }
        transactions.run(() -> deciding.decide(new DecideAppealCommand(actor, new AppealId(id), chosen, reasons)))
                .refusalIfAny().ifPresent(refusal -> flash.addFlashAttribute("refusal", refusal));
        return "redirect:/appeals";
    }
}
