package kz.tizim.match.feed;

import static kz.tizim.match.feed.FeedFixture.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.tizim.match.locator.LocatorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void aWrittenBodyVerifiesAgainstItsSignedManifestAndReadsBack() throws Exception {
        KeyPair keys = FeedFixture.keys();
        List<FeedEntry> written = List.of(
                entry(1, FeedChange.ORDERED, LocatorKind.DOMAIN, "casino.example", true),
                entry(2, FeedChange.ORDERED, LocatorKind.URL, "http://hidden.example/a", false));
        Path body = dir.resolve("snapshot.jsonl.gz");
        FeedManifest manifest;
        try (OutputStream out = Files.newOutputStream(body)) {
            FeedWriter writer = new FeedWriter(out);
            for (FeedEntry e : written) {
                writer.write(e);
            }
            manifest = writer.finish(FeedManifest.SNAPSHOT, 2, 0, Instant.parse("2026-03-02T00:00:00Z"));
        }
        byte[] manifestBytes = manifest.toJson();
        byte[] signature = FeedFixture.sign(keys, manifestBytes);

        FeedManifest verified = FeedSignatures.verifiedManifest(
                FeedSignatures.publicKeyFromPem(FeedSignatures.toPem(keys.getPublic())), manifestBytes, signature);
        FeedBodies.check(verified, body);
        List<FeedEntry> read = new ArrayList<>();
        FeedBodies.read(verified, body, read::add);

        assertThat(verified).isEqualTo(manifest);
        assertThat(verified.bytes()).isEqualTo(Files.size(body));
        assertThat(read).isEqualTo(written);
        assertThat(read.get(1).locator()).isNull();
        assertThat(new String(manifestBytes, java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("{\"format\":\"tizim-feed/1\",\"type\":\"snapshot\",\"serial\":2,\"previousSerial\":0,");
    }

    @Test
    void refusesAManifestSignedByAnotherKey() throws Exception {
        FeedManifest manifest = new FeedManifest("delta", 5, 4, Instant.EPOCH, 0, 20, "0".repeat(64));
        byte[] signature = FeedFixture.sign(FeedFixture.keys(), manifest.toJson());

        assertThatThrownBy(() -> FeedSignatures.verifiedManifest(FeedFixture.keys().getPublic(), manifest.toJson(),
                signature)).isInstanceOf(FeedVerificationException.class).hasMessageContaining("wrong key");
    }

    @Test
    void refusesAManifestChangedAfterSigning() throws Exception {
        KeyPair keys = FeedFixture.keys();
        FeedManifest manifest = new FeedManifest("delta", 5, 4, Instant.EPOCH, 0, 20, "0".repeat(64));
        byte[] signature = FeedFixture.sign(keys, manifest.toJson());
        byte[] altered = new FeedManifest("delta", 6, 4, Instant.EPOCH, 0, 20, "0".repeat(64)).toJson();

        assertThatThrownBy(() -> FeedSignatures.verifiedManifest(keys.getPublic(), altered, signature))
                .isInstanceOf(FeedVerificationException.class);
    }

    @Test
    void refusesABodyThatDoesNotMatchItsManifest() throws Exception {
        Path body = dir.resolve("delta.jsonl.gz");
        FeedManifest manifest;
        try (OutputStream out = Files.newOutputStream(body)) {
            FeedWriter writer = new FeedWriter(out);
            writer.write(entry(3, FeedChange.LIFTED, LocatorKind.DOMAIN, "casino.example", true));
            manifest = writer.finish(FeedManifest.DELTA, 3, 2, Instant.EPOCH);
        }
        byte[] bytes = Files.readAllBytes(body);
        bytes[bytes.length / 2] ^= 1;
        Files.write(body, bytes);

        assertThatThrownBy(() -> FeedBodies.check(manifest, body)).isInstanceOf(FeedVerificationException.class)
                .hasMessageContaining("does not match its signed manifest");
    }

    @Test
    void refusesALineWithBothALocatorAndAHash() {
        String line = entry(1, FeedChange.ORDERED, LocatorKind.DOMAIN, "casino.example", true).toJson()
                .replace("\"sha256\":null", "\"sha256\":\"" + Digests.sha256Hex("casino.example") + "\"");

        assertThatThrownBy(() -> FeedEntry.parse(line)).isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("not both");
    }

    @Test
    void refusesALocatorNotInCanonicalForm() {
        String line = entry(1, FeedChange.ORDERED, LocatorKind.DOMAIN, "CASINO.example", true).toJson();

        assertThatThrownBy(() -> FeedEntry.parse(line)).isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("canonical");
    }
}
