package kz.tizim.server.account;

import java.util.Set;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.Role;
import kz.tizim.server.system.ActorPrincipal;

/**
 * A person acting through the API with their personal token: the same user name, organisation and
 * roles as in the console, so every per-person rule (four eyes, independent appeal review) applies.
 */
record PersonalTokenPrincipal(long tokenId, String username, OrganisationId organisation, Set<Role> roles)
        implements ActorPrincipal {

    PersonalTokenPrincipal {
        roles = Set.copyOf(roles);
    }

    @Override
    public Actor actor() {
        return new Actor(username, organisation, roles, Actor.Kind.PERSON);
    }
}
