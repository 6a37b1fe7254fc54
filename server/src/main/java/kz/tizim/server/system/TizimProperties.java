package kz.tizim.server.system;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this instance runs ({@code tizim.*}). {@code demo} loads demo people and generates a signing
 * key in the data directory; {@code serve} is production and refuses unsafe defaults.
 *
 * @param mode        demo or serve (environment: {@code TIZIM_MODE})
 * @param dataDir     where demo mode keeps its database, keys and demo credentials
 * @param signingKeyFile  Ed25519 private key (PKCS#8 PEM) that signs feeds ({@code TIZIM_SIGNING_KEY})
 * @param publicUrl   the address people and ISPs use to reach this instance, for links in notices
 */
@ConfigurationProperties("tizim")
public record TizimProperties(
        @DefaultValue("demo") Mode mode,
        @DefaultValue("./data/demo") Path dataDir,
        @Nullable String signingKeyFile,
        @DefaultValue("http://localhost:8080") String publicUrl) {

    /** The two documented run modes. */
    public enum Mode { DEMO, SERVE }

    /** The configured signing key file, or null when none is configured (blank counts as none). */
    public @Nullable Path signingKey() {
        return signingKeyFile == null || signingKeyFile.isBlank() ? null : Path.of(signingKeyFile);
    }

    public boolean isDemo() {
        return mode == Mode.DEMO;
    }
}
