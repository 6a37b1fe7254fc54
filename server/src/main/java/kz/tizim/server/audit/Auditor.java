package kz.tizim.server.audit;

import java.time.Clock;
import java.util.Comparator;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.audit.AuditEvent;
import kz.tizim.core.audit.AuditTrail;
import kz.tizim.core.audit.ChainedAuditEvent;
import kz.tizim.server.system.RequestIds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what an actor did. Joins the caller's transaction when there is one, so a change and
 * its audit event are stored together or not at all.
 */
@Service
public class Auditor {

    private final AuditTrail trail;
    private final Clock clock;

    Auditor(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional
    public ChainedAuditEvent record(Actor actor, String action, String target, String detail) {
        String role = actor.roles().stream().min(Comparator.naturalOrder()).map(Role::name).orElse("");
        return trail.append(new AuditEvent(clock.instant(), actor.name(), actor.organisation().toString(), role,
                action, target, RequestIds.current(), detail));
    }

    /** For events without an authenticated actor: failed logins, bad tokens, system jobs. */
    @Transactional
    public ChainedAuditEvent recordAnonymous(String who, String action, String target, String detail) {
        return trail.append(new AuditEvent(clock.instant(), who.isBlank() ? "anonymous" : who, "", "", action, target,
                RequestIds.current(), detail));
    }
}
