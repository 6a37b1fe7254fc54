package kz.tizim.server.audit;

import java.time.Clock;
import kz.tizim.core.audit.AuditTrail;
import kz.tizim.core.audit.VerifyingAuditChain;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

    @Bean
    VerifyingAuditChain verifyingAuditChain(AuditTrail trail, Clock clock, AuditProperties properties) {
        return new VerifyingAuditChain(trail, clock, properties.maxChainLag());
    }
}
