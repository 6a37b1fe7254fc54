package kz.tizim.cli.audit;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import kz.tizim.cli.ErrorsMixin;
import kz.tizim.core.audit.AuditTrail;
import kz.tizim.core.audit.ChainVerification;
import kz.tizim.core.audit.ChainedAuditEvent;
import kz.tizim.core.audit.VerifyingAuditChain;
import kz.tizim.server.audit.AuditRows;
import kz.tizim.server.system.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tizim audit verify}: walks the hash chain in the database and reports the first broken
 * link. Works on a production database ({@code --db-url}) or on the demo's data directory, whether
 * the demo is running or not.
 */
@Command(name = "verify", description = "Verify the audit hash chain; exit 1 when a link is broken.")
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ErrorsMixin errors;

    @Option(names = "--db-url", defaultValue = "${env:TIZIM_DB_URL}", description = "JDBC URL of the database to check.")
    @Nullable String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:TIZIM_DB_USER}", description = "Database user.")
    @Nullable String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:TIZIM_DB_PASSWORD}", description = "Database password.")
    @Nullable String dbPassword;

    @Option(names = "--data-dir", defaultValue = "./data/demo",
            description = "Demo data directory, used when no --db-url is given (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--max-lag", defaultValue = "60s", converter = DurationConverter.class,
            description = "How long a recorded event may wait to be chained before the chain counts as stalled"
                    + " (default: ${DEFAULT-VALUE}; e.g. 30s, 5m).")
    Duration maxLag = VerifyingAuditChain.DEFAULT_MAX_LAG;

    @Override
    public Integer call() throws SQLException {
        ChainVerification result;
        if (dbUrl != null && !dbUrl.isBlank()) {
            try (Connection connection = DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
                result = verify(connection);
            }
        } else {
            result = verifyDemo(dataDir.toAbsolutePath().normalize().resolve("postgres"));
        }
        return report(result);
    }

    private ChainVerification verifyDemo(Path postgresDir) throws SQLException {
        if (!postgresDir.resolve("PG_VERSION").toFile().exists()) {
            throw new IllegalStateException("no Tizim database in " + postgresDir + " (give --db-url or --data-dir)");
        }
        Optional<Integer> running = EmbeddedDatabase.runningPort(postgresDir);
        if (running.isPresent()) {
            return verifyAt(EmbeddedDatabase.jdbcUrl(running.get(), EmbeddedDatabase.DATABASE));
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(postgresDir, false)) {
            return verifyAt(database.jdbcUrl());
        }
    }

    private ChainVerification verifyAt(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.USER, "")) {
            return verify(connection);
        }
    }

    ChainVerification verify(Connection connection) {
        AuditTrail stored = new AuditTrail() {
            @Override
            public void forEachInOrder(Consumer<ChainedAuditEvent> consumer) {
                try {
                    AuditRows.forEachInOrder(connection, consumer);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot read the audit trail: " + e.getMessage(), e);
                }
            }

            @Override
            public Unchained unchained() {
                try {
                    return AuditRows.unchained(connection);
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot read the audit journal: " + e.getMessage(), e);
                }
            }
        };
        return new VerifyingAuditChain(stored, Clock.systemUTC(), maxLag).verify();
    }

    private int report(ChainVerification result) {
        PrintWriter out = spec.commandLine().getOut();
        if (result instanceof ChainVerification.Intact intact) {
            out.println("audit chain intact: " + intact.events() + " events, head " + intact.headHash());
            return 0;
        }
        if (result instanceof ChainVerification.Stalled stalled) {
            out.println("audit chain intact: " + stalled.events() + " events, head " + stalled.headHash());
            out.println("audit chain STALLED: " + stalled.unchained() + " recorded event(s) not chained, the oldest"
                    + " recorded at " + stalled.oldestRecordedAt() + " (more than " + maxLag.toSeconds()
                    + " s ago); is the chain writer of a running server failing? See its log.");
            return 1;
        }
        ChainVerification.Broken broken = (ChainVerification.Broken) result;
        out.println("audit chain BROKEN at event " + broken.sequence() + ": " + broken.reason());
        return 1;
    }

    /** Reads {@code 60s}, {@code 5m}, {@code 1h} or an ISO-8601 duration ({@code PT60S}). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.strip().toUpperCase(Locale.ROOT);
            return Duration.parse(v.startsWith("P") ? v : "PT" + v);
        }
    }
}
