package kz.tizim.server.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.Role;
import kz.tizim.server.system.ActorPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person who logs in to the console. */
record PersonPrincipal(
        long userId,
        String username,
        String displayName,
        String passwordHash,
        OrganisationId organisation,
        String organisationName,
        Set<Role> roles,
        boolean enabled,
        @Nullable Instant lockedUntil,
        Instant now) implements UserDetails, ActorPrincipal {

    PersonPrincipal {
        roles = Set.copyOf(roles);
    }

    @Override
    public Actor actor() {
        return new Actor(username, organisation, roles, Actor.Kind.PERSON);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(roles);
    }

    static List<SimpleGrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().sorted().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || !lockedUntil.isAfter(now);
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
