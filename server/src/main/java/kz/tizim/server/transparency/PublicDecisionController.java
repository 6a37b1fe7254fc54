package kz.tizim.server.transparency;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public page of a decision: its statement of reasons, redacted by {@link PublishedDecisions}. */
@Controller
class PublicDecisionController {

    private final PublishedDecisions decisions;

    PublicDecisionController(PublishedDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/public/decisions/{number}")
    String decision(@PathVariable String number, Model model) {
        model.addAttribute("d", decisions.find(number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "public/decision";
    }
}
