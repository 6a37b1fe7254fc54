package kz.tizim.cli.locator;

import static org.assertj.core.api.Assertions.assertThat;

import kz.tizim.cli.CliDriver;
import kz.tizim.cli.CliDriver.CliResult;
import org.junit.jupiter.api.Test;

class CanonicalCommandTest {

    @Test
    void printsOneCanonicalUrlPerArgument() {
        CliResult result = CliDriver.run("locator", "canonical", "HTTP://Casino.EXAMPLE:80/a/../b#x",
                "http://3279880203/blah");
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo("http://casino.example/b\nhttp://195.127.0.11/blah\n");
    }

    @Test
    void readsStandardInputWhenNoArgumentIsGiven() {
        CliResult result = CliDriver.runWithStdin("http://host/%25%32%35\nwww.пример.рф\n", "locator", "canonical");
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo("http://host/%25\nhttp://www.xn--e1afmkfd.xn--p1ai/\n");
    }

    @Test
    void reportsInvalidInputInPlaceAndExitsWithOneAfterTheRest() {
        CliResult result = CliDriver.runWithStdin("ftp://x.example/\nhttp://ok.example\nhttp://[::1/\n",
                "locator", "canonical");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).isEqualTo("error: unsupported scheme (only http and https)\n"
                + "http://ok.example/\nerror: invalid IPv6 address\n");
    }
}
