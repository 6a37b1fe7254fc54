package kz.tizim.server.audit;

import kz.tizim.core.audit.AuditTrail;
import kz.tizim.core.audit.VerifyingAuditChain;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    VerifyingAuditChain verifyingAuditChain(AuditTrail trail) {
        return new VerifyingAuditChain(trail);
    }
}
