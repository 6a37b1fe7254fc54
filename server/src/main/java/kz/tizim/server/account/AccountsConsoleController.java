package kz.tizim.server.account;

import kz.tizim.core.account.OrganisationId;
import kz.tizim.server.system.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administration of organisations, people and machine tokens. Auditors may look, not change. */
@Controller
@RequestMapping("/admin/accounts")
class AccountsConsoleController {

    private final AccountsJdbcRepository accounts;
    private final ApiTokens tokens;

    AccountsConsoleController(AccountsJdbcRepository accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping
    String overview(Model model) {
        var actor = CurrentActor.require();
        model.addAttribute("organisations", accounts.organisations().stream()
                .map(o -> new OrganisationTokens(o, tokens.of(actor, o.id()))).toList());
        model.addAttribute("people", accounts.people());
        return "admin/accounts";
    }

    @PostMapping("/tokens")
    String issue(@RequestParam long organisationId, @RequestParam String label, Model model) {
        if (label.isBlank() || label.length() > 100) {
            throw new IllegalArgumentException("a token needs a label of 1 to 100 characters");
        }
        ApiTokens.IssuedToken issued = tokens.issue(CurrentActor.require(), new OrganisationId(organisationId), label);
        model.addAttribute("issued", issued);
        return overview(model);
    }

    /** A personal token for someone else (a person issues their own under "My tokens"). */
    @PostMapping("/people/tokens")
    String issuePersonal(@RequestParam String username, @RequestParam String label, Model model) {
        if (label.isBlank() || label.length() > 100) {
            throw new IllegalArgumentException("a token needs a label of 1 to 100 characters");
        }
        model.addAttribute("issued", tokens.issuePersonal(CurrentActor.require(), username, label.strip()));
        return overview(model);
    }

    @PostMapping("/tokens/{tokenId}/revoke")
    String revoke(@PathVariable long tokenId) {
        tokens.revoke(CurrentActor.require(), tokenId);
        return "redirect:/admin/accounts";
    }

    record OrganisationTokens(kz.tizim.core.account.Organisation organisation,
            java.util.List<ApiTokensJdbcRepository.TokenSummary> tokens) {
    }
}
