package kz.tizim.server.crossborder;

import java.util.Set;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The desk's clockwork: every {@code tizim.crossborder.job-interval} (ISO-8601, default 5 minutes)
 * each request awaiting an answer gets its due reminder recorded, or is closed as NO_RESPONSE when
 * the schedule says so; each request in its own transaction, so one failure holds up no other. A
 * request past two intervals at once (the scheduler was off) gets one reminder per run, in order.
 * Off with {@code tizim.crossborder.jobs-enabled=false} (the tests do that and run it by hand).
 */
@Component
@ConditionalOnProperty(name = "tizim.crossborder.jobs-enabled", havingValue = "true", matchIfMissing = true)
class CrossBorderJobs {

    private static final Logger LOG = LoggerFactory.getLogger(CrossBorderJobs.class);

    /** Scheduled work acts as the system; its audit events carry this name. */
    static final Actor SYSTEM = new Actor("system:scheduler", new OrganisationId(1), Set.of(), Actor.Kind.SYSTEM);

    private final CrossBorderDesk desk;

    CrossBorderJobs(CrossBorderDesk desk) {
        this.desk = desk;
    }

    @Scheduled(fixedDelayString = "${tizim.crossborder.job-interval:PT5M}", initialDelayString = "PT40S")
    void run() {
        for (long id : desk.awaitingAnswer()) {
            try {
                desk.advance(SYSTEM, id).ifPresent(done -> LOG.info("cross-border: {}", done));
            } catch (RuntimeException e) {
                LOG.warn("cross-border request {}: the scheduled step failed", id, e);
            }
        }
    }
}
