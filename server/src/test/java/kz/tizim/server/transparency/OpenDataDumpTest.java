package kz.tizim.server.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.GZIPInputStream;
import kz.tizim.match.feed.Digests;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.support.Http;
import kz.tizim.server.support.TizimSpringBootTest;
import kz.tizim.server.system.TizimProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The daily open-data dumps: what a downloader gets, redacted like the pages, and kept once the day is over. */
@TizimSpringBootTest
class OpenDataDumpTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    TizimProperties properties;

    PublicDecisionFixture decisions;
    String today;

    @BeforeEach
    void setUp() {
        decisions = new PublicDecisionFixture(port, demoData.ensureLoaded());
        today = LocalDate.now(ZoneId.of("Asia/Almaty")).toString();
    }

    @Test
    void todaysDumpsHoldTheDecisionsAndRegisterChangesRedactedLikeThePages() throws Exception {
        String terror = decisions.issue("TERRORISM_PROPAGANDA", "KZ-CC-256", "https://channel.example/post/91",
                "Daniyar Omarov", "daniyar@mail.example", "Daniyar Omarov posts calls for an act of terrorism.");
        String csam = decisions.issue("CSAM", "KZ-CC-312", "http://abuse-pics.example/g/91", "Unknown",
                "abuse@host.example", "Images found at http://abuse-pics.example/g/91.");

        assertThat(new Http(port).get("/public/open-data?lang=en").body()).contains("Open data")
                .contains("href=\"/public/open-data/" + today + "/decisions.csv.gz\"");

        List<String> csv = gunzipLines("/public/open-data/" + today + "/decisions.csv.gz");
        assertThat(csv.get(0)).isEqualTo("decision_number,approved_at,case_number,category,measure,scope,"
                + "territorial_scope,duration_months,legal_ground,citation,catalogue_version,basis_review_status,"
                + "automated_detection,automated_decision,notified_by,facts,explanation,url");
        assertThat(csv).anySatisfy(line -> assertThat(line).startsWith(terror + ",")
                .contains(",TERRORISM_PROPAGANDA,ACCESS_RESTRICTION,url https://channel.example/post/91,")
                .contains(",KZ-CC-256,").contains(",TO_VERIFY,false,false,AGENCY,")
                .contains("[…] posts calls for an act of terrorism.").endsWith("/public/decisions/" + terror));
        assertThat(csv).anySatisfy(line -> assertThat(line).startsWith(csam + ",").contains(",CSAM,ACCESS_RESTRICTION,,"));
        assertThat(String.join("\n", csv)).doesNotContain("abuse-pics").doesNotContain("Daniyar");

        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> changes = gunzipLines("/public/open-data/" + today + "/register-changes.jsonl.gz").stream()
                .map(json::readTree).toList();
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.get("decision").asString()).isEqualTo(terror);
            assertThat(c.get("change").asString()).isEqualTo("ORDERED");
            assertThat(c.get("locator").asString()).isEqualTo("https://channel.example/post/91");
        });
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.get("decision").asString()).isEqualTo(csam);
            assertThat(c.get("locator").isNull()).isTrue();
            assertThat(c.get("locator_sha256").asString()).isEqualTo(Digests.sha256Hex("http://abuse-pics.example/g/91"));
        });
        List<JsonNode> decided = gunzipLines("/public/open-data/" + today + "/decisions.jsonl.gz").stream()
                .map(json::readTree).toList();
        assertThat(decided).anySatisfy(d -> {
            assertThat(d.get("decision_number").asString()).isEqualTo(terror);
            assertThat(d.get("notified_by").get(0).asString()).isEqualTo("AGENCY");
        });
    }

    @Test
    void aFinishedDayIsWrittenOnceAndKept() throws Exception {
        String yesterday = LocalDate.parse(today).minusDays(1).toString();

        List<String> lines = gunzipLines("/public/open-data/" + yesterday + "/register-changes.csv.gz");

        assertThat(lines.get(0)).startsWith("serial,recorded_at,change,locator_kind,locator,locator_sha256,decision");
        var kept = properties.dataDir().resolve("open-data").resolve(yesterday).resolve("register-changes.csv.gz");
        assertThat(kept).isRegularFile();
        var written = Files.getLastModifiedTime(kept);
        gunzipLines("/public/open-data/" + yesterday + "/register-changes.csv.gz");
        assertThat(Files.getLastModifiedTime(kept)).isEqualTo(written);
    }

    @Test
    void unknownFilesFutureDaysAndMalformedDatesAreNotFound() {
        Http http = new Http(port);
        String tomorrow = LocalDate.parse(today).plusDays(2).toString();

        assertThat(http.get("/public/open-data/" + today + "/passwords.csv.gz").statusCode()).isEqualTo(404);
        assertThat(http.get("/public/open-data/" + tomorrow + "/decisions.csv.gz").statusCode()).isEqualTo(404);
        assertThat(http.get("/public/open-data/yesterday/decisions.csv.gz").statusCode()).isEqualTo(404);
    }

    private List<String> gunzipLines(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/gzip");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
