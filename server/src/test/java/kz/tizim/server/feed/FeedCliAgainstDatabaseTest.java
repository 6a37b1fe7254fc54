package kz.tizim.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kz.tizim.cli.CliDriver;
import kz.tizim.cli.CliDriver.CliResult;
import kz.tizim.server.register.RegisterDemo;
import kz.tizim.server.support.TizimSpringBootTest;
import kz.tizim.server.system.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** {@code tizim feed key} and {@code tizim feed export} against a real register database. */
@TizimSpringBootTest
class FeedCliAgainstDatabaseTest {

    @Autowired
    RegisterDemo registerDemo;

    @Autowired
    SigningKey signingKey;

    @Autowired
    Environment environment;

    @TempDir
    Path tmp;

    @Test
    void printsThePublicHalfOfTheSigningKey() {
        Path dataDir = Path.of(environment.getRequiredProperty("tizim.data-dir"));

        CliResult key = CliDriver.run("feed", "key", "--data-dir", dataDir.toString());
        CliResult missing = CliDriver.run("feed", "key", "--key", tmp.resolve("none.pem").toString());

        assertThat(key.exitCode()).as(key.stderr()).isZero();
        assertThat(key.stdout()).isEqualTo(signingKey.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.stderr()).contains("no signing key at");
    }

    @Test
    void exportsTheRegisterAsAnRpzZoneReportingWhatDnsCannotEnforce() {
        registerDemo.ensureLoaded();

        CliResult rpz = CliDriver.run("feed", "export", "--format", "rpz", "--zone", "rpz.tizim.test",
                "--db-url", environment.getRequiredProperty("spring.datasource.url"), "--db-user", "postgres",
                "--db-password", "");
        CliResult hosts = CliDriver.run("feed", "export", "--format", "hosts",
                "--db-url", environment.getRequiredProperty("spring.datasource.url"), "--db-user", "postgres",
                "--db-password", "");

        assertThat(rpz.exitCode()).as(rpz.stderr()).isZero();
        assertThat(rpz.stdout()).contains("$ORIGIN rpz.tizim.test.").contains("\ncasino-royale.example CNAME .\n")
                .contains("\n*.kino-pirat.example CNAME .\n").contains("\n32.66.2.0.192.rpz-ip CNAME .\n")
                .contains("\n48.zz.bad.db8.2001.rpz-ip CNAME .\n").doesNotContain("hidden-gallery");
        assertThat(rpz.stderr()).contains("not in rpz: url https://forum.example/thread/1488 (TZ-2026-000104)")
                .contains("not in rpz: url-prefix http://leaks.test/iin/").contains("distributed only as hashes");
        assertThat(hosts.stdout()).contains("0.0.0.0 casino-royale.example\n");
    }
}
