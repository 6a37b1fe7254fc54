package kz.tizim.cli.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import kz.tizim.match.ListFile;
import kz.tizim.match.locator.Locator;
import kz.tizim.server.register.RegisterRows;
import kz.tizim.server.system.EmbeddedDatabase;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where an export reads the register from: a list file in the {@code tizim match --list} format, a
 * database ({@code --db-url}), or the demo's data directory (running or not). Shared options.
 */
final class RegisterSource {

    @Option(names = "--list", paramLabel = "FILE", description = "A list file ('<kind> <value>' per line) instead of the register.")
    @Nullable Path list;

    @Option(names = "--db-url", defaultValue = "${env:TIZIM_DB_URL}", description = "JDBC URL of the register's database.")
    @Nullable String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:TIZIM_DB_USER}", description = "Database user.")
    @Nullable String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:TIZIM_DB_PASSWORD}", description = "Database password.")
    @Nullable String dbPassword;

    @Option(names = "--data-dir", defaultValue = "./data/demo",
            description = "Demo data directory, used when neither --list nor --db-url is given (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("./data/demo");

    /** Receives the register's serial, then each current entry. */
    interface Reader {
        void serial(long serial) throws IOException;

        /** {@code published} is false for entries that may only be distributed as hashes. */
        void entry(Locator locator, String decision, boolean published) throws IOException;
    }

    void read(Reader reader) throws IOException, SQLException {
        if (list != null) {
            // A list file has no register serial: its modification time (seconds) keeps SOA serials increasing.
            reader.serial(Files.getLastModifiedTime(list).toMillis() / 1000);
            IOException[] failed = {null};
            try (BufferedReader in = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
                ListFile.read(in, list.toString(), (line, locator) -> {
                    try {
                        reader.entry(locator, "line " + line, true);
                    } catch (IOException e) {
                        failed[0] = e;
                    }
                });
            }
            if (failed[0] != null) {
                throw failed[0];
            }
            return;
        }
        if (dbUrl != null && !dbUrl.isBlank()) {
            try (Connection connection = DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
                read(connection, reader);
            }
            return;
        }
        Path postgres = dataDir.toAbsolutePath().normalize().resolve("postgres");
        if (!Files.exists(postgres.resolve("PG_VERSION"))) {
            throw new IllegalStateException("no Tizim database in " + postgres + " (give --list, --db-url or --data-dir)");
        }
        Optional<Integer> running = EmbeddedDatabase.runningPort(postgres);
        if (running.isPresent()) {
            try (Connection connection = DriverManager.getConnection(
                    EmbeddedDatabase.jdbcUrl(running.get(), EmbeddedDatabase.DATABASE), EmbeddedDatabase.USER, "")) {
                read(connection, reader);
            }
            return;
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(postgres, false);
                Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "")) {
            read(connection, reader);
        }
    }

    private static void read(Connection connection, Reader reader) throws SQLException, IOException {
        // One consistent view: the serial and the entries of the same moment.
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        IOException[] failed = {null};
        try {
            reader.serial(RegisterRows.currentSerial(connection));
            RegisterRows.forEachCurrent(connection, change -> {
                if (failed[0] == null) {
                    try {
                        reader.entry(change.entry().locator(), change.entry().decision().value(), change.entry().published());
                    } catch (IOException e) {
                        failed[0] = e;
                    }
                }
            });
        } finally {
            connection.rollback();
        }
        if (failed[0] != null) {
            throw failed[0];
        }
    }
}
