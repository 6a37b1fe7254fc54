package kz.tizim.server.audit;

import java.time.Instant;
import java.util.List;
import kz.tizim.core.account.Actor;
import kz.tizim.core.audit.ChainedAuditEvent;
import kz.tizim.server.system.CurrentActor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over the API: regulator staff see every event, others their organisation's only. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApiController {

    private final AuditEventsJdbcRepository events;

    AuditApiController(AuditEventsJdbcRepository events) {
        this.events = events;
    }

    record AuditEventView(long sequence, Instant occurredAt, String actor, String organisation, String role,
            String action, String target, String requestId, String detail, String hash) {

        static AuditEventView of(ChainedAuditEvent e) {
            var event = e.event();
            return new AuditEventView(e.sequence(), event.occurredAt(), event.actor(), event.organisation(),
                    event.role(), event.action(), event.target(), event.requestId(), event.detail(), e.hash());
        }
    }

    @GetMapping("/events")
    List<AuditEventView> events(@RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000");
        }
        Actor actor = CurrentActor.require();
        String organisation = actor.isRegulatorStaff() ? null : actor.organisation().toString();
        return events.latest(limit, organisation).stream().map(AuditEventView::of).toList();
    }
}
