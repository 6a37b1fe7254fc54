package kz.tizim.server.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarballTest {

    @Test
    void readsEveryRegularFileOfATarWrittenByGnuTar(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/tar")) || Files.isExecutable(Path.of("/bin/tar")), "tar missing");
        Path pkg = Files.createDirectories(dir.resolve("package"));
        Files.writeString(pkg.resolve("small.csv"), "1.0.0.0,1.0.0.255,13335,\"Cloudflare, Inc.\"\n");
        Files.write(pkg.resolve("block.bin"), new byte[512 * 3 + 7]);
        // Longer than ustar's 100-byte name field: tar splits it into prefix and name.
        String longName = "d".repeat(80) + "/" + "a".repeat(60) + ".txt";
        Files.createDirectories(pkg.resolve(longName).getParent());
        Files.writeString(pkg.resolve(longName), "long");
        Process tar = new ProcessBuilder("tar", "--format=ustar", "-czf", "x.tgz", "package").directory(dir.toFile())
                .inheritIO().start();
        assertThat(tar.waitFor()).isZero();

        Map<String, String> seen = new LinkedHashMap<>();
        Tarball.read(dir.resolve("x.tgz"), (name, size, content) -> {
            byte[] bytes = content.readAllBytes();
            assertThat((long) bytes.length).isEqualTo(size);
            seen.put(name, bytes.length < 100 ? new String(bytes, StandardCharsets.UTF_8) : "#" + bytes.length);
        });

        assertThat(seen).containsEntry("package/small.csv", "1.0.0.0,1.0.0.255,13335,\"Cloudflare, Inc.\"\n")
                .containsEntry("package/block.bin", "#1543")
                .containsEntry("package/" + longName, "long");
    }

    @Test
    void unquotesCsvOrganisations() {
        assertThat(IpDatabaseFiles.unquote("\"Enecom,Inc.\"")).isEqualTo("Enecom,Inc.");
        assertThat(IpDatabaseFiles.unquote("\"A \"\"B\"\" C\"")).isEqualTo("A \"B\" C");
        assertThat(IpDatabaseFiles.unquote("Gtelecom Pty Ltd")).isEqualTo("Gtelecom Pty Ltd");
    }

    @Test
    void picksTheNewestVersion() {
        assertThat(IpDatabaseFiles.compareVersions("2.3.2026061719", "2.3.2026070101")).isNegative();
        assertThat(IpDatabaseFiles.compareVersions("2.10.0", "2.9.9")).isPositive();
    }
}
