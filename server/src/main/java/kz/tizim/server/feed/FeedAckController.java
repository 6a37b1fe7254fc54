package kz.tizim.server.feed;

import java.time.Clock;
import java.util.List;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.account.TenantPolicy;
import kz.tizim.server.audit.Auditor;
import kz.tizim.server.system.CurrentActor;
import kz.tizim.server.system.NotFoundException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * ISPs acknowledge the serial they have applied ({@code POST /feeds/v1/ack {"serial": N}}); each
 * acknowledgement is stored append-only and audited. An organisation reads its own history.
 */
@RestController
class FeedAckController {

    private final FeedAcksJdbcRepository acks;
    private final FeedFiles feeds;
    private final Auditor auditor;
    private final Clock clock;

    FeedAckController(FeedAcksJdbcRepository acks, FeedFiles feeds, Auditor auditor, Clock clock) {
        this.acks = acks;
        this.feeds = feeds;
        this.auditor = auditor;
        this.clock = clock;
    }

    record AckRequest(long serial) {
    }

    record AckResponse(long serial, long currentSerial) {
    }

    @PostMapping("/feeds/v1/ack")
    @Transactional
    AckResponse acknowledge(@RequestBody AckRequest request) {
        Actor actor = CurrentActor.require();
        FeedAccess.requireIsp(actor);
        long current = feeds.currentSerial();
        if (request.serial() < 0 || request.serial() > current) {
            throw new IllegalArgumentException("serial " + request.serial() + " is not a register version (current: "
                    + current + ")");
        }
        acks.record(actor.organisation(), request.serial(), clock.instant(), actor.name());
        auditor.record(actor, "feed.acknowledged", "serial " + request.serial(),
                "applied register serial " + request.serial() + " of " + current);
        return new AckResponse(request.serial(), current);
    }

    @GetMapping("/api/v1/organisations/{organisationId}/feed-acks")
    List<FeedAcksJdbcRepository.Ack> history(@PathVariable long organisationId) {
        Actor actor = CurrentActor.require();
        OrganisationId id = new OrganisationId(Math.max(organisationId, 1));
        if (organisationId <= 0 || !TenantPolicy.mayRead(actor, id)) {
            throw new NotFoundException("organisation " + organisationId);
        }
        return acks.history(id, 200);
    }
}
