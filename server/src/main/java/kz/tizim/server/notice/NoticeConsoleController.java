package kz.tizim.server.notice;

import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.notice.RecheckComplianceCommand;
import kz.tizim.core.notice.RecheckingCompliance;
import kz.tizim.core.notice.RestoreAccessCommand;
import kz.tizim.core.notice.RestoringAccess;
import kz.tizim.core.notice.SendNoticeCommand;
import kz.tizim.core.notice.SendingNotice;
import kz.tizim.server.complaint.UseCaseTransactions;
import kz.tizim.server.system.CurrentActor;
import kz.tizim.server.system.TizimProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sending a notice and re-checking compliance from the case page, and the outbox page. The outbox
 * shows appeal codes only in demo mode (where nothing is mailed); in production a code is never
 * shown to staff, it goes to the owner by mail alone.
 */
@Controller
class NoticeConsoleController {

    private final SendingNotice sending;
    private final RecheckingCompliance rechecking;
    private final RestoringAccess restoring;
    private final OutboxJdbcRepository outbox;
    private final UseCaseTransactions transactions;
    private final TizimProperties properties;

    NoticeConsoleController(SendingNotice sending, RecheckingCompliance rechecking, RestoringAccess restoring,
            OutboxJdbcRepository outbox, UseCaseTransactions transactions, TizimProperties properties) {
        this.sending = sending;
        this.rechecking = rechecking;
        this.restoring = restoring;
        this.outbox = outbox;
        this.transactions = transactions;
        this.properties = properties;
    }

    @PostMapping("/notices/cases/{id}/send")
    String send(@PathVariable long id, RedirectAttributes flash) {
        Actor actor = CurrentActor.require();
        transactions.run(() -> sending.send(new SendNoticeCommand(actor, new CaseId(id))))
                .refusalIfAny().ifPresent(refusal -> flash.addFlashAttribute("refusal", refusal));
        return "redirect:/review/cases/" + id;
    }

    @PostMapping("/notices/cases/{id}/recheck")
    String recheck(@PathVariable long id, RedirectAttributes flash) {
        Actor actor = CurrentActor.require();
        transactions.run(() -> rechecking.recheck(new RecheckComplianceCommand(actor, new CaseId(id))))
                .refusalIfAny().ifPresent(refusal -> flash.addFlashAttribute("refusal", refusal));
        return "redirect:/review/cases/" + id;
    }

    /** The owner says the content is gone: re-fetch it and, if so, restore access at once. */
    @PostMapping("/notices/cases/{id}/restore-access")
    String restoreAccess(@PathVariable long id, RedirectAttributes flash) {
        Actor actor = CurrentActor.require();
        transactions.run(() -> restoring.restore(new RestoreAccessCommand(actor, new CaseId(id))))
                .refusalIfAny().ifPresent(refusal -> flash.addFlashAttribute("refusal", refusal));
        return "redirect:/review/cases/" + id;
    }

    @GetMapping("/notices/outbox")
    String outbox(Model model) {
        Actor actor = CurrentActor.require();
        if (!actor.has(Role.ADMIN) && !actor.has(Role.REVIEWER) && !actor.has(Role.LEGAL_OFFICER)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("messages", outbox.latest(200));
        model.addAttribute("showCodes", properties.isDemo());
        return "notice/outbox";
    }
}
