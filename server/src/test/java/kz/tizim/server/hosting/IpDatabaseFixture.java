package kz.tizim.server.hosting;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/**
 * Where the real address databases are for tests: {@code TIZIM_IPDB_DIR}, else {@code target/ipdb}.
 * Tests needing them are skipped when they are missing, except on CI ({@code CI=true}), where
 * {@code .ci/run} fetches them and a missing database is a failure.
 */
public final class IpDatabaseFixture {

    private IpDatabaseFixture() {
    }

    public static Path directory() {
        String configured = System.getenv("TIZIM_IPDB_DIR");
        return configured == null || configured.isBlank() ? Path.of("target", "ipdb") : Path.of(configured);
    }

    /** The directory with both databases, or the test is skipped (outside CI). */
    public static Path require() {
        Path directory = directory();
        boolean present = IpDatabaseFiles.present(directory);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but the address databases are missing in "
                    + directory.toAbsolutePath() + " (.ci/run fetches them with npm pack)");
        }
        assumeTrue(present, "address databases not in " + directory.toAbsolutePath() + " (set TIZIM_IPDB_DIR)");
        return directory;
    }
}
