package kz.tizim.server.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Long operations ({@code tizim.jobs.*}).
 *
 * @param threads       how many jobs run at once ({@code TIZIM_JOBS_THREADS}); the rest wait, queued
 * @param sweep         how often queued jobs are looked for and old results removed
 * @param keepResults   how long a result stays downloadable after its job finished ({@code TIZIM_JOBS_KEEP_RESULTS})
 * @param maxAttempts   how many times an idempotent job interrupted by restarts is started before it fails
 * @param maxUnfinished how many jobs one owner may have queued or running at once ({@code TIZIM_JOBS_MAX_UNFINISHED})
 */
@ConfigurationProperties("tizim.jobs")
record JobProperties(
        @DefaultValue("2") int threads,
        @DefaultValue("PT10S") Duration sweep,
        @DefaultValue("P30D") Duration keepResults,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("3") int maxUnfinished) {

    JobProperties {
        if (threads < 1) {
            throw new IllegalArgumentException("tizim.jobs.threads must be at least 1, was " + threads);
        }
    }
}
