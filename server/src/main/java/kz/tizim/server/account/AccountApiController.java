package kz.tizim.server.account;

import java.util.List;
import java.util.Set;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Organisation;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.Role;
import kz.tizim.core.account.TenantPolicy;
import kz.tizim.server.system.CurrentActor;
import kz.tizim.server.system.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I, and my organisation's records. Another organisation's records answer 404. */
@RestController
@RequestMapping("/api/v1")
class AccountApiController {

    private final AccountsJdbcRepository accounts;
    private final ApiTokens tokens;

    AccountApiController(AccountsJdbcRepository accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    record Me(String name, long organisationId, String organisation, Set<Role> roles, Actor.Kind kind) {
    }

    @GetMapping("/me")
    Me me() {
        Actor actor = CurrentActor.require();
        Organisation organisation = accounts.findOrganisation(actor.organisation())
                .orElseThrow(() -> new NotFoundException("organisation"));
        return new Me(actor.name(), organisation.id().value(), organisation.name(), actor.roles(), actor.kind());
    }

    @GetMapping("/organisations/{organisationId}")
    Organisation organisation(@PathVariable long organisationId) {
        return accounts.findOrganisation(readable(organisationId))
                .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
    }

    @GetMapping("/organisations/{organisationId}/tokens")
    List<ApiTokensJdbcRepository.TokenSummary> tokens(@PathVariable long organisationId) {
        return tokens.of(CurrentActor.require(), readable(organisationId));
    }

    private static OrganisationId readable(long organisationId) {
        if (organisationId <= 0) {
            throw new NotFoundException("organisation " + organisationId);
        }
        OrganisationId id = new OrganisationId(organisationId);
        if (!TenantPolicy.mayRead(CurrentActor.require(), id)) {
            throw new NotFoundException("organisation " + organisationId);
        }
        return id;
    }
}
