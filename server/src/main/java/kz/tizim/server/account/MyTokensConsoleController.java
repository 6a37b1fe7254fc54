package kz.tizim.server.account;

import kz.tizim.core.account.Actor;
import kz.tizim.server.system.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My tokens": every signed-in person issues and revokes their own personal API tokens here. A
 * personal token acts as its person through the API, with their roles; the secret is shown once.
 */
@Controller
@RequestMapping("/account/tokens")
class MyTokensConsoleController {

    private final ApiTokens tokens;

    MyTokensConsoleController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    String mine(Model model) {
        model.addAttribute("tokens", tokens.mine(CurrentActor.require()));
        return "account/tokens";
    }

    @PostMapping
    String issue(@RequestParam String label, Model model) {
        if (label.isBlank() || label.length() > 100) {
            throw new IllegalArgumentException("a token needs a label of 1 to 100 characters");
        }
        Actor actor = CurrentActor.require();
        model.addAttribute("issued", tokens.issuePersonal(actor, actor.name(), label.strip()));
        return mine(model);
    }

    @PostMapping("/{tokenId}/revoke")
    String revoke(@PathVariable long tokenId) {
        tokens.revoke(CurrentActor.require(), tokenId);
        return "redirect:/account/tokens";
    }
}
