package kz.tizim.server.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import kz.tizim.server.system.EmbeddedDatabase;

/**
 * One real PostgreSQL per test JVM, started on first use and stopped when the JVM exits. Each
 * Spring test context gets its own fresh database on it (see {@link FreshDatabase}), so test
 * classes never see each other's rows.
 */
public final class TestDatabase {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedDatabase server;

    private TestDatabase() {
    }

    public static synchronized EmbeddedDatabase server() {
        if (server == null) {
            try {
                Path directory = Files.createTempDirectory("tizim-test-pg");
                server = EmbeddedDatabase.start(directory.resolve("data"), true);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return server;
    }

    /** Creates a new, empty database and returns its JDBC URL. */
    public static String freshDatabaseUrl() {
        String name = "tizim_test_" + DATABASES.incrementAndGet();
        server().createDatabase(name);
        return server().jdbcUrl(name);
    }
}
