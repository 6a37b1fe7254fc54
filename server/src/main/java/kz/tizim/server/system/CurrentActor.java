package kz.tizim.server.system;

import java.util.Optional;
import kz.tizim.core.account.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, as the domain knows it. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    /** The actor, or a 401 problem when the request is anonymous. */
    public static Actor require() {
        return find().orElseThrow(() -> new NotAuthenticatedException());
    }

    /** Thrown when a use case needs an actor and the request has none. */
    public static final class NotAuthenticatedException extends RuntimeException {
        NotAuthenticatedException() {
            super("authentication required");
        }
    }
}
