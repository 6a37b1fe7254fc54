package kz.tizim.cli.locator;

import static org.assertj.core.api.Assertions.assertThat;

import kz.tizim.cli.CliDriver;
import kz.tizim.cli.CliDriver.CliResult;
import org.junit.jupiter.api.Test;

class RegistrableCommandTest {

    @Test
    void printsRegistrableDomainOrNull() {
        CliResult result = CliDriver.run("locator", "registrable", "www.shop.com.kz", "com.kz", "kz",
                "alice.github.io", "github.io", "a.b.mirror.test", "192.0.2.1", "WWW.Пример.РФ");
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo(String.join("\n", "shop.com.kz", "null", "null", "alice.github.io",
                "null", "mirror.test", "null", "xn--e1afmkfd.xn--p1ai") + "\n");
    }

    @Test
    void reportsInvalidHostAndExitsWithOne() {
        CliResult result = CliDriver.runWithStdin("bad host.example\nexample.com\n", "locator", "registrable");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).isEqualTo("error: character U+0020 is not allowed in a host\nexample.com\n");
    }

    @Test
    void requiresSubcommand() {
        CliResult result = CliDriver.run("locator");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("Missing required subcommand");
    }
}
