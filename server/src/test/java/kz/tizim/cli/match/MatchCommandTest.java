package kz.tizim.cli.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.tizim.cli.CliDriver;
import kz.tizim.cli.CliDriver.CliResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandTest {

    @TempDir
    Path dir;

    private Path list(String text) throws IOException {
        Path file = dir.resolve("entries.txt");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void printsTheMostSpecificEntryForEachQuery() throws IOException {
        Path file = list("""
                # test register
                domain-tree  Mirror.TEST
                domain       deep.mirror.test
                url          https://shop.example/item?id=7#frag
                url-prefix   http://files.example/leaks/
                cidr         192.0.2.0/24
                ip           ::ffff:192.0.2.10
                cidr         2001:DB8::/32
                """);
        CliResult result = CliDriver.run("match", "--list", file.toString(), "http://a.mirror.test/x",
                "deep.mirror.test", "http://shop.example/item?id=7", "files.example/leaks/2024/a.zip",
                "http://3221226123/", "0xC0.0.2.10", "[2001:db8::1]", "unrelated.example");
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo("""
                match domain-tree mirror.test
                match domain deep.mirror.test
                match url https://shop.example/item?id=7
                match url-prefix http://files.example/leaks/
                match cidr 192.0.2.0/24
                match ip 192.0.2.10
                match cidr 2001:db8::/32
                none
                """);
    }

    @Test
    void readsQueriesFromStandardInputAndReportsInvalidOnes() throws IOException {
        Path file = list("domain casino.example\n");
        CliResult result = CliDriver.runWithStdin("CASINO.example.\nhttp://[::1/\nother.example\n",
                "match", "--list", file.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).isEqualTo("match domain casino.example\nerror: invalid IPv6 address\nnone\n");
    }

    @Test
    void abortsWithFileAndLineOnInvalidListLine() throws IOException {
        Path file = list("domain ok.example\n\ncidr 192.0.2.1/24\n");
        CliResult result = CliDriver.run("match", "--list", file.toString(), "ok.example");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).isEqualTo(file + ":3: address has bits set beyond the prefix length "
                + "(did you mean 192.0.2.0/24?)\n");
    }

    @Test
    void rejectsMissingListFile() {
        CliResult result = CliDriver.run("match", "--list", dir.resolve("absent.txt").toString(), "x.example");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("cannot read list file");
    }

    @Test
    void requiresListOption() {
        CliResult result = CliDriver.run("match", "x.example");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("--list");
    }
}
