package kz.tizim.server.register;

import java.time.Clock;
import kz.tizim.core.register.ExpiringRestrictions;
import kz.tizim.core.register.LiftingRestriction;
import kz.tizim.core.register.RecordingRestriction;
import kz.tizim.core.register.Register;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The register's use cases as beans. Callers (the case workflow) invoke them inside their own
 * transaction, so a decision and its register version are stored together or not at all.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RegisterConfiguration {

    @Bean
    RecordingRestriction recordingRestriction(Register register, Clock clock) {
        return new RecordingRestriction(register, clock);
    }

    @Bean
    LiftingRestriction liftingRestriction(Register register, Clock clock) {
        return new LiftingRestriction(register, clock);
    }

    @Bean
    ExpiringRestrictions expiringRestrictions(Register register, Clock clock) {
        return new ExpiringRestrictions(register, clock);
    }
}
