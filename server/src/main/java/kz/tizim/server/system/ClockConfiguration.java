package kz.tizim.server.system;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for every deadline and timestamp, so tests can fix time. It ticks in microseconds,
 * PostgreSQL's precision: an instant then reads back from any column exactly as it was written,
 * whichever way the driver rounds nanoseconds (a restriction's start stored once with the case and
 * once in the register must compare equal when the restriction is renewed).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
