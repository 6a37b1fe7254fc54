package kz.tizim.core.account;

import java.util.Set;

/**
 * Who is acting: a person (by user name) or a machine client (by token id), for one organisation,
 * with a set of roles. Use cases receive an actor and check authorisation themselves, so a missing
 * URL rule can never expose another organisation's records.
 */
public record Actor(String name, OrganisationId organisation, Set<Role> roles, Kind kind) {

    /** A person logged in to the console, or a machine client with a bearer token. */
    public enum Kind { PERSON, MACHINE, SYSTEM }

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when any of the roles is regulator staff (sees across organisations). */
    public boolean isRegulatorStaff() {
        for (Role role : roles) {
            if (role.isRegulatorStaff()) {
                return true;
            }
        }
        return false;
    }
}
