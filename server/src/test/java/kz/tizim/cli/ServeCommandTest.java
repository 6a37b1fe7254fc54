package kz.tizim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServeCommandTest {

    @Test
    void refusesToStartWithoutConfigurationAndNamesEverythingMissing() {
        var result = CliDriver.run("serve");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("TIZIM_DB_URL").contains("TIZIM_ADMIN_PASSWORD").contains("TIZIM_SIGNING_KEY");
    }

    @Test
    void refusesANonPostgresDatabaseAndAMissingKeyFile() {
        var result = CliDriver.run("serve", "--db-url", "jdbc:h2:mem:x", "--signing-key", "/nonexistent/key.pem");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("PostgreSQL JDBC URL").contains("/nonexistent/key.pem");
    }

    @Test
    void unknownOptionIsAShortUsageError() {
        var result = CliDriver.run("demo", "--colour");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("--colour").contains("tizim demo --help");
    }

    @Test
    void versionAndHelpNeedNoServer() {
        assertThat(CliDriver.run("--version").stdout()).startsWith("tizim ");
        assertThat(CliDriver.run("--help").stdout()).contains("demo").contains("serve").contains("audit");
    }
}
