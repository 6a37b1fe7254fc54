package kz.tizim.server.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Demo mode generates a signing key in its data directory; serve mode loads the configured one. */
@Configuration(proxyBeanMethods = false)
class SigningKeyConfiguration {

    @Bean
    SigningKey signingKey(TizimProperties properties) {
        if (properties.signingKey() != null) {
            return SigningKey.load(properties.signingKey());
        }
        if (!properties.isDemo()) {
            throw new IllegalStateException("serve mode needs a signing key (TIZIM_SIGNING_KEY)");
        }
        return SigningKey.loadOrGenerate(properties.dataDir().resolve("keys").resolve("feed-signing-key.pem"));
    }
}
