package kz.tizim.server.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.LocatorPublication;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import kz.tizim.core.register.DecisionReference;
import kz.tizim.core.register.RecordRestrictionCommand;
import kz.tizim.core.register.RecordingRestriction;
import kz.tizim.match.feed.FeedBodies;
import kz.tizim.match.feed.FeedChange;
import kz.tizim.match.feed.FeedEntry;
import kz.tizim.match.feed.FeedManifest;
import kz.tizim.match.feed.FeedSignatures;
import kz.tizim.match.locator.Locator;
import kz.tizim.server.demo.DemoCredentials;
import kz.tizim.server.demo.DemoData;
import kz.tizim.server.register.RegisterDemo;
import kz.tizim.server.support.TizimSpringBootTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** An ISP fetches signed feeds and checks them with the published key — in Java and with OpenSSL. */
@TizimSpringBootTest
class FeedSigningTest {

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

    @TempDir
    Path dir;

    FeedClient isp;
    FeedClient complainant;
    FeedClient anonymous;

    @BeforeEach
    void loadDemo() {
        DemoCredentials credentials = demoData.ensureLoaded();
        registerDemo.ensureLoaded();
        isp = new FeedClient(port, token(credentials, "ISP"));
        complainant = new FeedClient(port, token(credentials, "complainant"));
        anonymous = new FeedClient(port, "");
    }

    @Test
    void opensslVerifiesTheSnapshotManifestWithThePublishedKey() throws Exception {
        Path openssl = RealTools.require("/usr/bin/openssl", "openssl");
        Path key = Files.write(dir.resolve("key.pem"), anonymous.ok("/feeds/v1/key.pem"));
        byte[] manifestBytes = isp.ok("/feeds/v1/snapshot/manifest");
        long serial = FeedManifest.parse(manifestBytes).serial();
        Path manifest = Files.write(dir.resolve("manifest"), manifestBytes);
        Path signature = Files.write(dir.resolve("manifest.sig"), isp.ok("/feeds/v1/snapshot/manifest.sig?serial=" + serial));
        Path altered = Files.writeString(dir.resolve("altered"),
                new String(manifestBytes, StandardCharsets.UTF_8).replace("\"serial\":" + serial, "\"serial\":" + (serial + 1)));

        Run good = run(openssl.toString(), "pkeyutl", "-verify", "-pubin", "-inkey", key.toString(), "-rawin",
                "-in", manifest.toString(), "-sigfile", signature.toString());
        Run bad = run(openssl.toString(), "pkeyutl", "-verify", "-pubin", "-inkey", key.toString(), "-rawin",
                "-in", altered.toString(), "-sigfile", signature.toString());

        assertThat(Files.size(signature)).isEqualTo(64);
        assertThat(good.exit()).as(good.output()).isZero();
        assertThat(good.output()).contains("Signature Verified Successfully");
        assertThat(bad.exit()).isNotZero();
    }

    @Test
    void theSnapshotBodyMatchesItsManifestAndListsCsamOnlyAsAHash() throws Exception {
        var key = FeedSignatures.publicKeyFromPem(new String(anonymous.ok("/feeds/v1/key.pem"), StandardCharsets.US_ASCII));
        byte[] manifestBytes = isp.ok("/feeds/v1/snapshot/manifest");
        FeedManifest manifest = FeedSignatures.verifiedManifest(key, manifestBytes,
                isp.ok("/feeds/v1/snapshot/manifest.sig?serial=" + FeedManifest.parse(manifestBytes).serial()));
        Path body = Files.write(dir.resolve("snapshot.jsonl.gz"), isp.ok("/feeds/v1/snapshot?serial=" + manifest.serial()));

        FeedBodies.check(manifest, body);
        List<FeedEntry> entries = new ArrayList<>();
        FeedBodies.read(manifest, body, entries::add);

        assertThat(manifest.type()).isEqualTo("snapshot");
        assertThat(entries).extracting(FeedEntry::locator).contains("casino-royale.example", "kino-pirat.example")
                .doesNotContain("http://hidden-gallery.example/a/9f3c");
        assertThat(entries).filteredOn(e -> e.decision().equals("TZ-2026-000108")).singleElement()
                .satisfies(e -> assertThat(e.locator()).isNull());
        assertThat(new String(new java.util.zip.GZIPInputStream(Files.newInputStream(body)).readAllBytes(),
                StandardCharsets.UTF_8)).doesNotContain("hidden-gallery");
    }

    @Test
    void anApprovedRestrictionIsInTheDeltaWithinASecond() throws Exception {
        var key = FeedSignatures.publicKeyFromPem(new String(anonymous.ok("/feeds/v1/key.pem"), StandardCharsets.US_ASCII));
        long since = FeedManifest.parse(isp.ok("/feeds/v1/snapshot/manifest")).serial();

        long started = System.nanoTime();
        transactions.execute(s -> recording.record(new RecordRestrictionCommand(Locator.parse("domain fresh-order.example"),
                new DecisionReference("TZ-2026-000777"), OffenceCategory.GAMBLING, new LegalBasisId("KZ-CC-307"),
                Urgency.IMMEDIATE, Instant.parse("2026-01-01T00:00:00Z"), null, LocatorPublication.PUBLISHED)));
        byte[] manifestBytes = isp.ok("/feeds/v1/delta/manifest?since=" + since);
        FeedManifest manifest = FeedManifest.parse(manifestBytes);
        FeedSignatures.verifiedManifest(key, manifestBytes,
                isp.ok("/feeds/v1/delta/manifest.sig?since=" + since + "&serial=" + manifest.serial()));
        Path body = Files.write(dir.resolve("delta.jsonl.gz"),
                isp.ok("/feeds/v1/delta?since=" + since + "&serial=" + manifest.serial()));
        FeedBodies.check(manifest, body);
        List<FeedEntry> entries = new ArrayList<>();
        FeedBodies.read(manifest, body, entries::add);
        Duration visibleAfter = Duration.ofNanos(System.nanoTime() - started);

        assertThat(manifest.previousSerial()).isEqualTo(since);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.locator()).isEqualTo("fresh-order.example");
            assertThat(e.change()).isEqualTo(FeedChange.ORDERED);
            assertThat(e.serial()).isEqualTo(since + 1);
        });
        assertThat(visibleAfter).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void theKeyIsPublicButTheFeedsAreForIsps() {
        assertThat(anonymous.get("/feeds/v1/key.pem").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/feeds/v1/snapshot/manifest").statusCode()).isEqualTo(401);
        var forbidden = complainant.get("/feeds/v1/snapshot/manifest");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aDeltaFromASerialTheRegisterHasNotReachedIsABadRequest() {
        var response = isp.get("/feeds/v1/delta/manifest?since=999999");

        assertThat(response.statusCode()).isEqualTo(400);
    }

    static String token(DemoCredentials credentials, String kind) {
        return credentials.tokens().stream().filter(t -> t.kind().equals(kind)).findFirst().orElseThrow().secret();
    }

    record Run(int exit, String output) {
    }

    static Run run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return new Run(process.exitValue(), output);
    }
}
