package kz.tizim.server.hosting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Downloads the address databases with {@code npm pack} (the npm registry's ordinary client; no
 * install, no scripts) into a directory, where {@link IpDatabaseFiles} reads them.
 */
public final class NpmPack {

    private NpmPack() {
    }

    /** Whether an {@code npm} executable is on the PATH. */
    public static boolean npmAvailable() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "npm"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code npm pack} for both packages into {@code directory}; returns the tarballs written.
     *
     * @throws IOException when npm is missing, fails or takes longer than {@code timeout}
     */
    public static List<Path> fetch(Path directory, Duration timeout) throws IOException {
        return fetch("npm", directory, timeout);
    }

    /** As {@link #fetch(Path, Duration)} with another npm executable (a path, or a name on the PATH). */
    public static List<Path> fetch(String npm, Path directory, Duration timeout) throws IOException {
        if (npm.equals("npm") && !npmAvailable()) {
            throw new IOException("npm is not on the PATH; install Node.js/npm (Debian: apt-get install npm)");
        }
        Files.createDirectories(directory);
        Path log = Files.createTempFile("tizim-npm-pack", ".log");
        try {
            Process process = new ProcessBuilder(npm, "pack", "--ignore-scripts", "--pack-destination",
                    directory.toAbsolutePath().toString(), IpDatabaseFiles.COUNTRY_PACKAGE, IpDatabaseFiles.NETWORK_PACKAGE)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            boolean finished;
            try {
                finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                process.destroy();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while npm pack was running", e);
            }
            if (!finished) {
                process.destroy();
                throw new IOException("npm pack did not finish within " + timeout.toSeconds() + " s");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException("npm pack failed (exit " + process.exitValue() + "): " + lastLines(output));
            }
            List<Path> written = new ArrayList<>();
            for (String line : output.split("\\R")) {
                String name = line.strip();
                if (name.endsWith(".tgz") && Files.isRegularFile(directory.resolve(name))) {
                    written.add(directory.resolve(name));
                }
            }
            return written;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String lastLines(String output) {
        String[] lines = output.strip().split("\\R");
        int from = Math.max(0, lines.length - 5);
        return String.join(" | ", java.util.Arrays.copyOfRange(lines, from, lines.length));
    }
}
