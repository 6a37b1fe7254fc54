package kz.tizim.server.feed;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Real binaries a test needs: skipped when missing, except on CI ({@code CI=true}), where that fails. */
final class RealTools {

    private RealTools() {
    }

    static Path require(String path, String packageName) {
        Path tool = Path.of(path);
        boolean present = Files.isExecutable(tool);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + tool + " is missing (apt-get install " + packageName + ")");
        }
        assumeTrue(present, tool + " not installed");
        return tool;
    }
}
