package kz.tizim.server.hosting;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The DNS resolver used for hosting facts ({@code tizim.dns.*}).
 *
 * @param resolver {@code host[:port]} of a recursive resolver ({@code TIZIM_DNS_RESOLVER}); blank: the system's
 * @param timeout  per query
 */
@ConfigurationProperties("tizim.dns")
public record DnsProperties(@Nullable String resolver, @DefaultValue("3s") Duration timeout) {
}
