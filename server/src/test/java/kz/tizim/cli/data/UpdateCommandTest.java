package kz.tizim.cli.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import kz.tizim.cli.CliDriver;
import kz.tizim.server.hosting.IpDatabaseFiles;
import kz.tizim.server.hosting.IpDatabaseFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateCommandTest {

    /**
     * The real tarballs through a stand-in npm that "packs" them from the test data directory, so the
     * command's whole path (npm invocation, reading, compiling, cleaning up) runs without the network.
     */
    @Test
    void fetchesLoadsCompilesAndRemovesSupersededVersions(@TempDir Path work) throws Exception {
        Path source = IpDatabaseFixture.require().toAbsolutePath();
        Path target = Files.createDirectories(work.resolve("ipdb"));
        Files.writeString(target.resolve("ip-location-db-asn-1.0.0.tgz"), "old");
        Path npm = work.resolve("npm");
        Files.writeString(npm, """
                #!/bin/sh
                # fake npm: npm pack --ignore-scripts --pack-destination DIR PKG PKG
                [ "$1" = pack ] || exit 3
                dest="$4"
                for f in %s %s; do cp "$f" "$dest/"; basename "$f"; done
                """.formatted(IpDatabaseFiles.countryTarball(source).orElseThrow(),
                IpDatabaseFiles.networkTarball(source).orElseThrow()));
        Files.setPosixFilePermissions(npm, PosixFilePermissions.fromString("rwx------"));

        var result = CliDriver.run("data", "update", "--data-dir", target.toString(), "--npm", npm.toString());

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("ip-location-db-asn-").contains("removed superseded ip-location-db-asn-1.0.0.tgz")
                .contains("IPv4 and").contains("NRO");
        assertThat(IpDatabaseFiles.compiledTables(target)).exists();
        assertThat(target.resolve("ip-location-db-asn-1.0.0.tgz")).doesNotExist();
    }

    @Test
    void aFailingNpmIsAReadableError(@TempDir Path work) throws Exception {
        Path npm = work.resolve("npm");
        Files.writeString(npm, "#!/bin/sh\necho 'npm ERR! network unreachable' >&2\nexit 1\n");
        Files.setPosixFilePermissions(npm, PosixFilePermissions.fromString("rwx------"));

        var result = CliDriver.run("data", "update", "--data-dir", work.resolve("ipdb").toString(), "--npm", npm.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("npm pack failed").contains("network unreachable");
    }
}
