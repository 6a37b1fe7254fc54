package kz.tizim.server.appeal;

import java.time.Clock;
import kz.tizim.core.appeal.Appeal;
import kz.tizim.core.appeal.FileOwnerAppealCommand;
import kz.tizim.core.appeal.FilingAppeal;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.complaint.Contact;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.server.audit.Auditor;
import kz.tizim.server.complaint.UseCaseTransactions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The owner's appeal, without an account: case number and appeal code from the notice, grounds and
 * a contact. A wrong number and a wrong code get the same answer; attempts are rate-limited per
 * client address and per case ({@link AppealAttempts}) and every refusal is audited.
 */
@Controller
class PublicAppealController {

    private final FilingAppeal filing;
    private final UseCaseTransactions transactions;
    private final Auditor auditor;
    private final AppealAttempts attempts;

    PublicAppealController(FilingAppeal filing, UseCaseTransactions transactions, Auditor auditor, Clock clock) {
        this.filing = filing;
        this.transactions = transactions;
        this.auditor = auditor;
        this.attempts = new AppealAttempts(clock);
    }

    @GetMapping("/public/appeal")
    String form() {
        return "appeal/public";
    }

    @PostMapping("/public/appeal")
    String file(@RequestParam(defaultValue = "") String caseNumber, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String grounds, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("grounds", grounds);
        model.addAttribute("name", name);
        model.addAttribute("email", email);
        long number;
        Contact contact;
        try {
            number = Long.parseLong(caseNumber.strip());
            contact = new Contact(name, email);
            new CaseId(number);
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", "appeal.public.invalid");
            response.setStatus(400);
            return "appeal/public";
        }
        if (!attempts.tryAttempt(request.getRemoteAddr(), number)) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(AppealAttempts.REFILL.toSeconds()));
            model.addAttribute("error", "appeal.public.tooMany");
            return "appeal/public";
        }
        Outcome<Appeal> filed = transactions.run(() -> filing.byOwner(new FileOwnerAppealCommand(new CaseId(number),
                code, grounds, contact)));
        if (filed instanceof Outcome.Done<Appeal> done) {
            model.addAttribute("appeal", done.value());
            return "appeal/filed";
        }
        var refusal = filed.refusalIfAny().orElseThrow();
        if (refusal.rule().equals(FilingAppeal.APPEAL_CODE)) {
            auditor.recordAnonymous(request.getRemoteAddr(), "APPEAL_CODE_REJECTED", "case:" + number,
                    "wrong case number or appeal code");
            model.addAttribute("error", "appeal.public.wrongCode");
        } else {
            model.addAttribute("refusal", refusal);
        }
        response.setStatus(refusal.rule().equals(FilingAppeal.APPEAL_CODE) ? 403 : 409);
        return "appeal/public";
    }
}
