package kz.tizim.server.notice;

import java.util.Set;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;
import kz.tizim.core.caseflow.Case;
import kz.tizim.core.caseflow.Cases;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.decision.ExpiringRestrictions;
import kz.tizim.core.notice.RecheckComplianceCommand;
import kz.tizim.core.notice.RecheckingCompliance;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.server.complaint.UseCaseTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The workflow's clockwork: re-checks every case whose compliance window closed (each case in its
 * own transaction, so one unreachable site does not hold up the others) and expires restrictions
 * whose term ended. Off with {@code tizim.notice.jobs-enabled=false} (the tests do that).
 */
@Component
@ConditionalOnProperty(name = "tizim.notice.jobs-enabled", havingValue = "true", matchIfMissing = true)
class WorkflowJobs {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowJobs.class);

    /** Scheduled work acts as the system; its audit events carry this name and no organisation. */
    static final Actor SYSTEM = new Actor("system:scheduler", new OrganisationId(1), Set.of(), Actor.Kind.SYSTEM);

    private final Cases cases;
    private final RecheckingCompliance rechecking;
    private final ExpiringRestrictions expiring;
    private final UseCaseTransactions transactions;
    private final Timekeeping time;

    WorkflowJobs(Cases cases, RecheckingCompliance rechecking, ExpiringRestrictions expiring,
            UseCaseTransactions transactions, Timekeeping time) {
        this.cases = cases;
        this.rechecking = rechecking;
        this.expiring = expiring;
        this.transactions = transactions;
        this.time = time;
    }

    @Scheduled(fixedDelayString = "${tizim.notice.job-interval:PT5M}", initialDelayString = "PT30S")
    void run() {
        int changed = 0;
        for (Case c : cases.findComplianceDueBy(time.now())) {
            var outcome = transactions.run(() -> rechecking.recheck(new RecheckComplianceCommand(SYSTEM, c.id())));
            if (outcome.isDone()) {
                changed++;
            } else {
                LOG.info("re-check of case {} decided nothing: {}", c.id(), outcome.refusalIfAny().orElseThrow());
            }
        }
        var expired = transactions.run(() -> expiring.expireDue(SYSTEM));
        if (expired instanceof Outcome.Done<?> done) {
            changed += ((java.util.List<?>) done.value()).size();
        }
        if (changed > 0) {
            LOG.info("workflow jobs changed {} case(s)", changed);
        }
    }
}
