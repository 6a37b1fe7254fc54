package kz.tizim.server.audit;

import kz.tizim.core.audit.ChainVerification;
import kz.tizim.core.audit.VerifyingAuditChain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The administrator's and auditor's view of the audit trail, with chain verification. */
@Controller
@RequestMapping("/admin/audit")
class AuditConsoleController {

    private final AuditEventsJdbcRepository events;
    private final VerifyingAuditChain verifying;

    AuditConsoleController(AuditEventsJdbcRepository events, VerifyingAuditChain verifying) {
        this.events = events;
        this.verifying = verifying;
    }

    @GetMapping
    String trail(Model model) {
        model.addAttribute("events", events.latest(200, null));
        return "admin/audit";
    }

    /** An htmx fragment (or a full page without JavaScript) with the verification outcome. */
    @GetMapping("/verify")
    String verify(Model model) {
        ChainVerification result = verifying.verify();
        model.addAttribute("intact", result instanceof ChainVerification.Intact);
        model.addAttribute("stalled", result instanceof ChainVerification.Stalled);
        model.addAttribute("result", result);
        model.addAttribute("events", events.latest(200, null));
        return "admin/audit";
    }
}
