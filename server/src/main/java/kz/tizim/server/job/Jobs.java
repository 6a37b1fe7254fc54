package kz.tizim.server.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.server.audit.Auditor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The long-operation use cases: queue one, list and read one's jobs, fetch a result. Owners see
 * their own jobs (same user name and organisation); administrators and auditors see everyone's.
 * Another person's job answers exactly like a missing one.
 */
@Service
public class Jobs {

    /** How many jobs a list shows. */
    static final int LIST_LIMIT = 50;

    private final Map<String, LongOperation> operations = new LinkedHashMap<>();
    private final JobsJdbcRepository repository;
    private final JobRunner runner;
    private final Auditor auditor;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maxUnfinished;

    Jobs(List<LongOperation> operations, JobsJdbcRepository repository, JobRunner runner, Auditor auditor,
            PlatformTransactionManager transactionManager, Clock clock, JobProperties properties) {
        operations.forEach(operation -> this.operations.put(operation.kind(), operation));
        this.repository = repository;
        this.runner = runner;
        this.auditor = auditor;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.maxUnfinished = properties.maxUnfinished();
    }

    /** The outcome of asking for an operation. */
    public sealed interface Started {
    }

    /** Queued: a worker runs it as soon as one is free. */
    public record Queued(Job job) implements Started {
    }

    /** Refused, with why as a message code and its arguments. */
    public record Refused(Reason reason, String messageCode, List<Object> arguments) implements Started {
    }

    /** Why an operation was refused. */
    public enum Reason { UNKNOWN_KIND, FORBIDDEN, INVALID, TOO_MANY }

    /** The kinds the actor may ask for, in the order they were registered. */
    public List<LongOperation> offeredTo(Actor actor) {
        return operations.values().stream().filter(operation -> operation.permits(actor)).toList();
    }

    public Started start(Actor actor, String kind, Map<String, String> given) {
        LongOperation operation = operations.get(kind);
        if (operation == null) {
            return new Refused(Reason.UNKNOWN_KIND, "job.refused.unknownKind", List.of(kind));
        }
        if (!operation.permits(actor)) {
            return new Refused(Reason.FORBIDDEN, "job.refused.forbidden", List.of());
        }
        LongOperation.Checked checked = operation.check(given);
        if (checked instanceof LongOperation.Invalid invalid) {
            return new Refused(Reason.INVALID, invalid.messageCode(), invalid.arguments());
        }
        var valid = (LongOperation.Valid) checked;
        // Checked before queueing, not under a lock: two requests at the same moment may pass one over.
        if (repository.unfinishedOf(actor.name(), actor.organisation()) >= maxUnfinished) {
            return new Refused(Reason.TOO_MANY, "job.refused.tooMany", List.of(String.valueOf(maxUnfinished)));
        }
        Job job = transactions.execute(status -> {
            long id = repository.queue(kind, valid.parameters(), actor.name(), actor.organisation(),
                    valid.resultName(), valid.resultType(), clock.instant());
            auditor.record(actor, "JOB_STARTED", "job:" + id, kind + " " + valid.resultName());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    runner.wake();
                }
            });
            return repository.find(id).orElseThrow();
        });
        return new Queued(job);
    }

    /** The actor's own jobs, newest first; everyone's for administrators and auditors. */
    public List<Job> visibleTo(Actor actor) {
        return seesAll(actor) ? repository.all(LIST_LIMIT)
                : repository.ofOwner(actor.name(), actor.organisation(), LIST_LIMIT);
    }

    public Optional<Job> find(Actor actor, long id) {
        return repository.find(id).filter(job -> visible(actor, job));
    }

    /** The result file of a job the actor may see, when it is done and its file is still kept. */
    public Optional<Path> result(Actor actor, long id) {
        return find(actor, id).filter(Job::downloadable).flatMap(job -> repository.resultPath(job.id()))
                .filter(Files::isRegularFile);
    }

    public static boolean seesAll(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.AUDITOR);
    }

    private static boolean visible(Actor actor, Job job) {
        return seesAll(actor) || job.owner().equals(actor.name()) && job.organisation().equals(actor.organisation());
    }
}
