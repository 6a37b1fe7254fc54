package kz.tizim.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Instant;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.LocatorPublication;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import kz.tizim.core.register.DecisionReference;
import kz.tizim.core.register.RecordRestrictionCommand;
import kz.tizim.core.register.RecordingRestriction;
import kz.tizim.match.feed.FeedSignatures;
import kz.tizim.match.locator.Locator;
import kz.tizim.operator.OperatorMain;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.register.RegisterDemo;
import kz.tizim.server.support.TizimSpringBootTest;
import kz.tizim.server.system.SigningKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The ISP agent against a real running server: it syncs, checks, exports and refuses what it must. */
@TizimSpringBootTest
class OperatorSyncTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    RegisterDemo registerDemo;

    @Autowired
    RecordingRestriction recording;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SigningKey signingKey;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path tmp;

    String token;
    Path key;

    @BeforeEach
    void setUp() throws Exception {
        token = FeedSigningTest.token(demoData.ensureLoaded(), "ISP");
        registerDemo.ensureLoaded();
        key = Files.writeString(tmp.resolve("key.pem"), signingKey.publicKeyPem());
    }

    @Test
    void syncsTheSnapshotThenDeltasAndAcknowledgesEachSerial() throws Exception {
        Path dir = tmp.resolve("copy");

        Run first = operator("sync", "--url", "http://localhost:" + port, "--key", key.toString(), "--dir", dir.toString(),
                "--token", token);
        order("domain after-first-sync.example", "TZ-2026-000901");
        Run second = operator("sync", "--url", "http://localhost:" + port, "--key", key.toString(), "--dir",
                dir.toString(), "--token", token);
        Run check = operator("check", "--dir", dir.toString(), "http://casino-royale.example/slots",
                "after-first-sync.example", "HTTP://HIDDEN-GALLERY.example/a/9f3c", "bank.example");
        Run rpz = operator("export", "--dir", dir.toString(), "--format", "rpz", "--zone", "rpz.isp.test");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("by snapshot");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains("by delta");
        assertThat(check.out().lines()).satisfiesExactly(
                line -> assertThat(line).startsWith("restricted TZ-2026-000101 domain casino-royale.example GAMBLING"),
                line -> assertThat(line).startsWith("restricted TZ-2026-000901 domain after-first-sync.example"),
                line -> assertThat(line).startsWith("restricted TZ-2026-000108 url sha256:").doesNotContain("hidden"),
                line -> assertThat(line).isEqualTo("not restricted"));
        assertThat(rpz.out()).contains("\ncasino-royale.example CNAME .\n").contains("*.kino-pirat.example CNAME .")
                .doesNotContain("hidden-gallery");
        assertThat(rpz.err()).contains("not in rpz: url https://forum.example/thread/1488").containsPattern("[1-9] distributed only as hashes");
        long acknowledged = jdbc.sql("SELECT MAX(serial) FROM feed_ack").query(Long.class).single();
        long current = jdbc.sql("SELECT serial FROM register_head").query(Long.class).single();
        assertThat(acknowledged).isEqualTo(current);
    }

    @Test
    void refusesAFeedSignedByAnotherKeyAndWritesNothing() throws Exception {
        Path other = Files.writeString(tmp.resolve("other.pem"),
                FeedSignatures.toPem(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic()));
        Path dir = tmp.resolve("wrong-key");

        Run run = operator("sync", "--url", "http://localhost:" + port, "--key", other.toString(), "--dir", dir.toString(),
                "--token", token);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("not valid for the pinned key");
        assertThat(dir.resolve("register.jsonl")).doesNotExist();
    }

    @Test
    void refusesATamperedBodyAndKeepsThePreviousCopy() throws Exception {
        Path dir = tmp.resolve("tampered");
        assertThat(operator("sync", "--url", "http://localhost:" + port, "--key", key.toString(), "--dir", dir.toString(),
                "--token", token).exit()).isZero();
        byte[] before = Files.readAllBytes(dir.resolve("register.jsonl"));
        order("domain while-tampered.example", "TZ-2026-000902");

        Run run;
        try (TamperingProxy proxy = new TamperingProxy(port)) {
            run = operator("sync", "--url", "http://127.0.0.1:" + proxy.port(), "--key", key.toString(), "--dir",
                    dir.toString(), "--token", token);
        }

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("does not match its signed manifest").contains("local copy unchanged");
        assertThat(Files.readAllBytes(dir.resolve("register.jsonl"))).isEqualTo(before);
        assertThat(operator("check", "--dir", dir.toString(), "while-tampered.example").out()).startsWith("not restricted");
    }

    @Test
    void exitsTwoWithAClearMessageWhenMisconfigured() {
        Run noKey = operator("sync", "--url", "http://localhost:" + port, "--key", tmp.resolve("missing.pem").toString(),
                "--dir", tmp.resolve("x").toString(), "--token", token);
        Run badUrl = operator("sync", "--url", "localhost", "--key", key.toString(), "--dir", tmp.resolve("x").toString(),
                "--token", token);
        Run badEvery = operator("sync", "--url", "http://localhost:" + port, "--key", key.toString(), "--dir",
                tmp.resolve("x").toString(), "--token", token, "--every", "soon");

        assertThat(noKey.exit()).isEqualTo(2);
        assertThat(noKey.err()).contains("cannot read the pinned key");
        assertThat(badUrl.exit()).isEqualTo(2);
        assertThat(badUrl.err()).contains("--url must be");
        assertThat(badEvery.exit()).isEqualTo(2);
        assertThat(badEvery.err()).contains("--every must be");
    }

    private void order(String locator, String decision) {
        transactions.execute(s -> recording.record(new RecordRestrictionCommand(Locator.parse(locator),
                new DecisionReference(decision), OffenceCategory.GAMBLING, new LegalBasisId("KZ-CC-307"),
                Urgency.ORDINARY, Instant.parse("2026-01-01T00:00:00Z"), null, LocatorPublication.PUBLISHED)));
    }

    record Run(int exit, String out, String err) {
    }

    static Run operator(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = OperatorMain.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
