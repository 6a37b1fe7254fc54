package kz.tizim.server.account;

import java.util.Set;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.Role;
import kz.tizim.server.system.ActorPrincipal;

/** A machine client authenticated by a bearer token; acts for exactly one organisation. */
record MachinePrincipal(long tokenId, String tokenPrefix, OrganisationId organisation, Role role)
        implements ActorPrincipal {

    @Override
    public Actor actor() {
        return new Actor("token:" + tokenPrefix, organisation, Set.of(role), Actor.Kind.MACHINE);
    }
}
