package kz.tizim.server.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail ({@code tizim.audit.*}).
 *
 * @param maxChainLag how long a recorded event may wait to be linked into the hash chain before
 *     verification reports the chain writer as stalled ({@code TIZIM_AUDIT_MAX_CHAIN_LAG}, default 60 s)
 * @param chainPoll how often the chain writer looks for events even when nobody woke it (events
 *     recorded by another server instance; default 1 s)
 */
@ConfigurationProperties("tizim.audit")
record AuditProperties(@DefaultValue("60s") Duration maxChainLag, @DefaultValue("1s") Duration chainPoll) {
}
