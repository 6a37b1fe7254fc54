package kz.tizim.server.hosting;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import kz.tizim.core.account.Actor;
import kz.tizim.core.hosting.CorrectionResult;
import kz.tizim.server.system.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's hosting page: facts of a host, and the reviewer's correction form. */
@Controller
@RequestMapping("/hosting")
class HostingConsoleController {

    private final HostingLookups hosting;

    HostingConsoleController(HostingLookups hosting) {
        this.hosting = hosting;
    }

    @GetMapping
    String page(@RequestParam(required = false) @Nullable String host,
            @RequestParam(required = false) @Nullable String corrected, Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("mayCorrect", HostingLookups.mayCorrect(actor));
        model.addAttribute("corrected", corrected != null);
        if (host != null && !host.isBlank()) {
            model.addAttribute("host", host.strip());
            try {
                model.addAttribute("facts", hosting.lookup(actor, host.strip(), false));
            } catch (IllegalArgumentException e) {
                model.addAttribute("invalidHost", true);
            }
        }
        return "hosting/facts";
    }

    /** The jurisdiction of one host as a fragment, embedded in the case page with htmx. */
    @GetMapping("/summary")
    String summary(@RequestParam String host, Model model) {
        Actor actor = CurrentActor.require();
        model.addAttribute("host", host.strip());
        try {
            model.addAttribute("facts", hosting.lookup(actor, host.strip(), false));
        } catch (IllegalArgumentException e) {
            model.addAttribute("facts", null);
        }
        return "hosting/summary :: summary";
    }

    @PostMapping("/jurisdiction")
    String correct(@RequestParam String host, @RequestParam String country, @RequestParam String organisation,
            @RequestParam String reason, Model model) {
        Actor actor = CurrentActor.require();
        CorrectionResult result = hosting.correct(actor, host, country, organisation, reason);
        if (result instanceof CorrectionResult.Rejected rejected) {
            model.addAttribute("mayCorrect", HostingLookups.mayCorrect(actor));
            model.addAttribute("host", host);
            model.addAttribute("facts", hosting.lookup(actor, host, false));
            model.addAttribute("rejection", rejected.reason().name());
            model.addAttribute("form", new CorrectionForm(country, organisation, reason));
            return "hosting/facts";
        }
        return "redirect:/hosting?corrected&host=" + URLEncoder.encode(host, StandardCharsets.UTF_8);
    }

    record CorrectionForm(String country, String organisation, String reason) {
    }
}
