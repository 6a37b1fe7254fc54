package kz.tizim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.tizim.server.system.SigningKey;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tizim serve}: production mode against an external PostgreSQL. Refuses to start, naming
 * every missing setting at once, rather than run with a default that would be unsafe.
 */
@Command(name = "serve",
        description = "Run Tizim in production mode against an external PostgreSQL.",
        footer = {"", "Environment: TIZIM_DB_URL, TIZIM_DB_USER, TIZIM_DB_PASSWORD, TIZIM_ADMIN_PASSWORD,",
                "TIZIM_SIGNING_KEY (Ed25519 PKCS#8 PEM: openssl genpkey -algorithm ed25519 -out key.pem), TIZIM_PORT."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ErrorsMixin errors;

    @Option(names = "--db-url", defaultValue = "${env:TIZIM_DB_URL}", description = "JDBC URL of PostgreSQL.")
    @Nullable String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:TIZIM_DB_USER}", description = "Database user.")
    @Nullable String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:TIZIM_DB_PASSWORD}", description = "Database password.")
    @Nullable String dbPassword;

    @Option(names = "--signing-key", defaultValue = "${env:TIZIM_SIGNING_KEY}",
            description = "Ed25519 private key (PKCS#8 PEM) that signs feeds.")
    @Nullable Path signingKey;

    @Option(names = "--port", defaultValue = "${env:TIZIM_PORT:-8080}", description = "HTTP port (default 8080).")
    int port;

    @Option(names = "--public-url", defaultValue = "${env:TIZIM_PUBLIC_URL}",
            description = "Public address of this instance, for links in notices and feeds.")
    @Nullable String publicUrl;

    @Option(names = "--insecure-cookies", description = "Allow session cookies over plain HTTP (only behind a TLS proxy that strips it).")
    boolean insecureCookies;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String adminPassword = System.getenv("TIZIM_ADMIN_PASSWORD");
        List<String> missing = missingSettings(adminPassword);
        if (!missing.isEmpty()) {
            err.println("error: tizim serve cannot start:");
            missing.forEach(problem -> err.println("  - " + problem));
            err.println("see 'tizim serve --help' and the README section 'Production'");
            return CommandLine.ExitCode.USAGE;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", dbUrl);
        properties.put("spring.datasource.username", dbUser == null ? "" : dbUser);
        properties.put("spring.datasource.password", dbPassword == null ? "" : dbPassword);
        properties.put("tizim.mode", "serve");
        properties.put("tizim.signing-key-file", signingKey.toAbsolutePath().toString());
        properties.put("tizim.account.admin-password", adminPassword);
        properties.put("tizim.account.secure-cookies", !insecureCookies);
        properties.put("server.port", port);
        if (publicUrl != null) {
            properties.put("tizim.public-url", publicUrl);
        }
        ServerRun run = new ServerRun();
        try {
            run.start(properties, () -> { });
        } catch (RuntimeException e) {
            err.println("error: the server did not start: " + DemoCommand.rootMessage(e));
            return 1;
        }
        spec.commandLine().getOut().println("Tizim is serving on port " + port);
        run.awaitShutdown(spec.commandLine().getOut());
        return 0;
    }

    private List<String> missingSettings(@Nullable String adminPassword) {
        List<String> missing = new ArrayList<>();
        if (dbUrl == null || dbUrl.isBlank()) {
            missing.add("database URL: set TIZIM_DB_URL or --db-url (jdbc:postgresql://host:5432/tizim)");
        } else if (!dbUrl.startsWith("jdbc:postgresql:")) {
            missing.add("database URL must be a PostgreSQL JDBC URL (jdbc:postgresql://…), got " + dbUrl);
        }
        if (adminPassword == null || adminPassword.isBlank()) {
            missing.add("admin password: set TIZIM_ADMIN_PASSWORD (at least 12 characters)");
        } else if (adminPassword.length() < 12) {
            missing.add("admin password: TIZIM_ADMIN_PASSWORD must have at least 12 characters");
        }
        if (signingKey == null) {
            missing.add("feed signing key: set TIZIM_SIGNING_KEY or --signing-key to an Ed25519 PEM file");
        } else if (!Files.isReadable(signingKey)) {
            missing.add("feed signing key: " + signingKey + " does not exist or is not readable");
        } else {
            try {
                SigningKey.load(signingKey);
            } catch (IllegalStateException e) {
                missing.add("feed signing key: " + e.getMessage());
            }
        }
        return missing;
    }
}
