package kz.tizim.server.register;

import java.util.List;
import kz.tizim.core.register.ExpiringRestrictions;
import kz.tizim.core.register.RegisterChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every minute, takes restrictions whose end has come out of the register (each an audited version). */
@Component
class RegisterExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterExpiry.class);

    private final ExpiringRestrictions expiring;

    RegisterExpiry(ExpiringRestrictions expiring) {
        this.expiring = expiring;
    }

    @Scheduled(fixedDelayString = "${tizim.register.expiry-interval:PT1M}", initialDelayString = "PT10S")
    @Transactional
    public void expireDue() {
        List<RegisterChange> expired = expiring.expireDue();
        if (!expired.isEmpty()) {
            LOG.info("{} restriction(s) expired, register serial now {}", expired.size(),
                    expired.get(expired.size() - 1).serial());
        }
    }
}
