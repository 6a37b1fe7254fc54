package kz.tizim.cli.crossborder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import kz.tizim.cli.CliDriver;
import kz.tizim.server.crossborder.CrossBorderFixture;
import kz.tizim.server.document.DocumentHash;
import kz.tizim.server.TizimServer;
import kz.tizim.server.support.FreshDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code tizim crossborder export} prints the annex stored when a request was sent, byte for byte.
 * The application is {@code @TizimSpringBootTest} spelled out with its configuration class: this
 * package is outside {@code kz.tizim.server}, so Spring Boot cannot find it by searching upwards.
 * Its own context, so that the approved decision and the request stay out of the shared one.
 */
@SpringBootTest(classes = TizimServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FreshDatabase.class)
@TestPropertySource(properties = "tizim.test.context=crossborder-cli")
class ExportCommandTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @Test
    void exportsTheStoredAnnexesOfASentRequestAndRefusesCountriesWithout() {
        var fixture = new CrossBorderFixture(context, port);
        long caseId = fixture.germanCandidate();
        long id = fixture.draftedRequest(caseId);

        var unsent = export("--country", "de", "--format", "csv");
        assertThat(unsent.exitCode()).isEqualTo(1);
        assertThat(unsent.stdout()).isEmpty();
        assertThat(unsent.stderr()).contains("XB-" + id + " to DE is DRAFT").contains("issued when a request is sent");

        fixture.approveAndSend(id);

        var csv = export("--country", "DE", "--format", "csv", "--request", "XB-" + id);
        assertThat(csv.exitCode()).as(csv.stderr()).isEqualTo(0);
        assertThat(csv.stdout()).startsWith("request,country,site,").contains("XB-" + id).contains(CrossBorderFixture.SITE);
        assertThat(DocumentHash.sha256(csv.stdout().getBytes(StandardCharsets.UTF_8)))
                .as("the bytes that were sent").isEqualTo(storedSha256(id, "ANNEX_CSV"));
        assertThat(csv.stderr()).contains("XB-" + id + " to DE: csv annex, sha256 " + storedSha256(id, "ANNEX_CSV"));

        var stix = export("--country", "DE", "--format", "stix");
        assertThat(stix.exitCode()).as(stix.stderr()).isEqualTo(0);
        assertThat(DocumentHash.sha256(stix.stdout().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(storedSha256(id, "ANNEX_STIX"));
        assertThat(stix.stdout()).contains("\"type\"").contains("bundle").contains("indicator");

        var france = export("--country", "FR", "--format", "stix");
        assertThat(france.exitCode()).isEqualTo(1);
        assertThat(france.stderr()).contains("no cross-border request to FR");

        var elsewhere = export("--country", "FR", "--format", "csv", "--request", Long.toString(id));
        assertThat(elsewhere.exitCode()).isEqualTo(1);
        assertThat(elsewhere.stderr()).contains("XB-" + id + " is addressed to DE, not FR");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(export("--country", "DE", "--format", "pdf").exitCode()).isEqualTo(2);
        var badCountry = export("--country", "Germany", "--format", "csv");
        assertThat(badCountry.exitCode()).isEqualTo(2);
        assertThat(badCountry.stderr()).contains("--country").contains("see 'tizim crossborder export --help'");
        assertThat(export("--country", "DE", "--format", "csv", "--request", "XB-x").exitCode()).isEqualTo(2);
        assertThat(CliDriver.run("crossborder", "export", "--format", "csv").exitCode()).isEqualTo(2);
    }

    private CliDriver.CliResult export(String... args) {
        String[] all = new String[args.length + 8];
        all[0] = "crossborder";
        all[1] = "export";
        System.arraycopy(args, 0, all, 2, args.length);
        int i = args.length + 2;
        all[i++] = "--db-url";
        all[i++] = environment.getRequiredProperty("spring.datasource.url");
        all[i++] = "--db-user";
        all[i++] = "postgres";
        all[i++] = "--db-password";
        all[i] = "";
        return CliDriver.run(all);
    }

    private String storedSha256(long id, String kind) {
        return jdbc.sql("SELECT sha256 FROM cross_border_document WHERE request_id = ? AND kind = ?")
                .params(id, kind).query(String.class).single().strip();
    }
}
