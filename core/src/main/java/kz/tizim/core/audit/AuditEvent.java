package kz.tizim.core.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One state-changing action, as it will be chained: who (actor, organisation, role), what (action,
 * target, detail), when, and the request it came from.
 *
 * <p>The time is kept at microsecond precision because that is what PostgreSQL stores; hashing a
 * finer instant would make every stored event look tampered with.
 */
public record AuditEvent(
        Instant occurredAt,
        String actor,
        String organisation,
        String role,
        String action,
        String target,
        String requestId,
        String detail) {

    public AuditEvent {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        requireText(actor, "actor");
        requireText(action, "action");
    }

    private static void requireText(String value, String field) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("audit event needs a " + field);
        }
    }
}
