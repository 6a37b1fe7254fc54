package kz.tizim.server.notice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notices and the workflow's scheduled jobs ({@code tizim.notice.*}).
 *
 * @param jobsEnabled   whether the re-check, expiry and mail jobs run ({@code TIZIM_NOTICE_JOBS_ENABLED});
 *                      tests switch them off and drive the use cases themselves
 * @param jobInterval   how often due re-checks and expiries are swept ({@code TIZIM_NOTICE_JOB_INTERVAL})
 * @param mailInterval  how often the outbox is delivered when {@code spring.mail.host} is set
 * @param mailFrom      the sender address of notices ({@code TIZIM_NOTICE_MAIL_FROM})
 */
@ConfigurationProperties("tizim.notice")
record NoticeProperties(
        @DefaultValue("true") boolean jobsEnabled,
        @DefaultValue("PT5M") Duration jobInterval,
        @DefaultValue("PT1M") Duration mailInterval,
        @DefaultValue("notices@tizim.invalid") String mailFrom) {
}
