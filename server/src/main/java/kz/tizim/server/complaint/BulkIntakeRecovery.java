package kz.tizim.server.complaint;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A bulk upload is read from its request and filed in one transaction, so an upload that was
 * running when the server stopped can never finish: its complaint and cases were rolled back and
 * its stream is gone. On start such jobs are marked failed, so the upload pages stop polling them
 * and the uploader knows to send the file again. (One server instance is assumed, as for the
 * other long operations: see the README.)
 */
@Component
class BulkIntakeRecovery {

    static final String INTERRUPTED = "the server stopped during the upload; nothing was filed: upload the file again";

    private static final Logger LOG = LoggerFactory.getLogger(BulkIntakeRecovery.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    BulkIntakeRecovery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedUploads() {
        int failed = failInterrupted();
        if (failed > 0) {
            LOG.info("{} bulk upload(s) interrupted by the last shutdown marked failed", failed);
        }
    }

    int failInterrupted() {
        return jdbc.sql("UPDATE bulk_intake_job SET status = 'FAILED', failure = ?, finished_at = ?"
                        + " WHERE status = 'RUNNING'")
                .params(INTERRUPTED, Timestamp.from(clock.instant())).update();
    }
}
