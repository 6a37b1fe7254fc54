package kz.tizim.server.recheck;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Re-check fetches ({@code tizim.recheck.*}).
 *
 * @param connectTimeout   TCP connect timeout
 * @param requestTimeout   whole-request timeout per hop
 * @param maxBytes         body bytes read at most (the hash covers what was read)
 * @param maxRedirects     redirects followed at most
 * @param allowedNetworks  private networks that may be fetched anyway (tests use 127.0.0.0/8);
 *                         empty in production
 */
@ConfigurationProperties("tizim.recheck")
public record RecheckProperties(
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration requestTimeout,
        @DefaultValue("5242880") long maxBytes,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("") List<String> allowedNetworks) {
}
