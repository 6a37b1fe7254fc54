package kz.tizim.cli.crossborder;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.tizim.cli.ErrorsMixin;
import kz.tizim.core.crossborder.RequestId;
import kz.tizim.core.legal.JurisdictionCode;
import kz.tizim.server.system.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tizim crossborder export}: prints the annex that was sent with a request to a host state,
 * byte for byte as stored when the request was sent (so its SHA-256 matches the one in the file and
 * the Ed25519 signature checks). Without {@code --request}, the latest request to the country with
 * an annex. Stdout carries only the annex; the reference and SHA-256 go to stderr.
 */
@Command(name = "export", description = "Print the CSV or STIX 2.1 annex sent with a request to a host state.")
public final class ExportCommand implements Callable<Integer> {

    /** The annex formats, as stored by the desk when a request is sent. */
    enum Format {
        stix("ANNEX_STIX"), csv("ANNEX_CSV");

        final String kind;

        Format(String kind) {
            this.kind = kind;
        }
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ErrorsMixin errors;

    @Option(names = "--country", required = true, description = "Host state, ISO 3166-1 alpha-2 (e.g. DE).")
    String country;

    @Option(names = "--format", required = true, description = "stix or csv.")
    Format format;

    @Option(names = "--request", description = "Request id (42 or XB-42); default: the latest to the country.")
    @Nullable String request;

    @Option(names = "--db-url", defaultValue = "${env:TIZIM_DB_URL}", description = "JDBC URL of the database.")
    @Nullable String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:TIZIM_DB_USER}", description = "Database user.")
    @Nullable String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:TIZIM_DB_PASSWORD}", description = "Database password.")
    @Nullable String dbPassword;

    @Option(names = "--data-dir", defaultValue = "./data/demo",
            description = "Demo data directory, used when no --db-url is given (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    /** One stored annex. */
    record Annex(RequestId request, String sha256, byte[] content) {
    }

    @Override
    public Integer call() throws SQLException {
        JurisdictionCode code = parseCountry();
        @Nullable RequestId id = parseRequest();
        if (dbUrl != null && !dbUrl.isBlank()) {
            try (Connection connection = DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
                return export(connection, code, id);
            }
        }
        Path postgresDir = dataDir.toAbsolutePath().normalize().resolve("postgres");
        if (!postgresDir.resolve("PG_VERSION").toFile().exists()) {
            throw new IllegalStateException("no Tizim database in " + postgresDir + " (give --db-url or --data-dir)");
        }
        Optional<Integer> running = EmbeddedDatabase.runningPort(postgresDir);
        if (running.isPresent()) {
            return exportAt(EmbeddedDatabase.jdbcUrl(running.get(), EmbeddedDatabase.DATABASE), code, id);
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(postgresDir, false)) {
            return exportAt(database.jdbcUrl(), code, id);
        }
    }

    private int exportAt(String url, JurisdictionCode code, @Nullable RequestId id) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.USER, "")) {
            return export(connection, code, id);
        }
    }

    private int export(Connection connection, JurisdictionCode code, @Nullable RequestId id) throws SQLException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Annex> annex = find(connection, code, id, format);
        if (annex.isEmpty()) {
            err.println("error: " + whyNone(connection, code, id));
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(new String(annex.get().content(), StandardCharsets.UTF_8));
        out.flush();
        err.println(annex.get().request().reference() + " to " + code + ": " + format + " annex, sha256 "
                + annex.get().sha256());
        return 0;
    }

    static Optional<Annex> find(Connection connection, JurisdictionCode code, @Nullable RequestId id, Format format)
            throws SQLException {
        String sql = """
                SELECT r.id, d.sha256, d.content FROM cross_border_document d
                JOIN cross_border_request r ON r.id = d.request_id
                WHERE r.country = ? AND d.kind = ? AND (? = 0 OR r.id = ?)
                ORDER BY r.id DESC, d.id DESC LIMIT 1""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            long wanted = id == null ? 0 : id.value();
            statement.setString(1, code.value());
            statement.setString(2, format.kind);
            statement.setLong(3, wanted);
            statement.setLong(4, wanted);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Annex(new RequestId(rs.getLong(1)), rs.getString(2).strip(), rs.getBytes(3)));
            }
        }
    }

    /** Says whether there is no request at all, or one that has not been sent (annexes are issued on sending). */
    private static String whyNone(Connection connection, JurisdictionCode code, @Nullable RequestId id)
            throws SQLException {
        String sql = "SELECT id, country, status FROM cross_border_request WHERE "
                + (id == null ? "country = ? ORDER BY id DESC LIMIT 1" : "id = ?");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (id == null) {
                statement.setString(1, code.value());
            } else {
                statement.setLong(1, id.value());
            }
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return id == null ? "no cross-border request to " + code
                            : "no cross-border request " + id.reference();
                }
                String reference = new RequestId(rs.getLong(1)).reference();
                if (!rs.getString(2).equals(code.value())) {
                    return reference + " is addressed to " + rs.getString(2) + ", not " + code;
                }
                return reference + " to " + code + " is " + rs.getString(3)
                        + ": annexes are issued when a request is sent";
            }
        }
    }

    private JurisdictionCode parseCountry() {
        try {
            return JurisdictionCode.parse(country);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--country: " + e.getMessage());
        }
    }

    private @Nullable RequestId parseRequest() {
        if (request == null) {
            return null;
        }
        String digits = request.strip().toUpperCase(java.util.Locale.ROOT);
        digits = digits.startsWith("XB-") ? digits.substring(3) : digits;
        try {
            return new RequestId(Long.parseLong(digits));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--request: not a request id: '" + request + "'");
        }
    }
}
