package kz.tizim.server.system;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Serve mode refuses unsafe defaults: no signing key, no admin password, a short admin password.
 * The CLI checks the same before starting; this guard covers any other way of starting the app.
 */
@Component
class ProductionSafety {

    static final int MINIMUM_ADMIN_PASSWORD = 12;

    ProductionSafety(TizimProperties properties, Environment environment) {
        if (properties.isDemo()) {
            return;
        }
        List<String> problems = problems(properties, environment.getProperty("tizim.account.admin-password"));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("refusing to start in serve mode: " + String.join("; ", problems));
        }
    }

    static List<String> problems(TizimProperties properties, String adminPassword) {
        List<String> problems = new ArrayList<>();
        if (properties.signingKey() == null) {
            problems.add("no feed signing key (TIZIM_SIGNING_KEY)");
        } else if (!Files.isReadable(properties.signingKey())) {
            problems.add("signing key " + properties.signingKey() + " is not readable");
        }
        if (adminPassword == null || adminPassword.isBlank()) {
            problems.add("no admin password (TIZIM_ADMIN_PASSWORD)");
        } else if (adminPassword.length() < MINIMUM_ADMIN_PASSWORD) {
            problems.add("admin password shorter than " + MINIMUM_ADMIN_PASSWORD + " characters");
        }
        return problems;
    }
}
