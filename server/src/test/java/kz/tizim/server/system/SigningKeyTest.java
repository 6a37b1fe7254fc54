package kz.tizim.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @TempDir
    Path dir;

    @Test
    void aStoredKeyLoadsBackWithTheSamePublicKey() throws Exception {
        Path file = dir.resolve("key.pem");
        SigningKey generated = SigningKey.loadOrGenerate(file);

        SigningKey loaded = SigningKey.load(file);

        assertThat(loaded.publicKeyPem()).isEqualTo(generated.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
        byte[] message = "serial 42".getBytes(StandardCharsets.UTF_8);
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(generated.publicKey());
        verifier.update(message);
        assertThat(verifier.verify(loaded.sign(message))).isTrue();
    }

    @Test
    void opensslVerifiesWhatTizimSigns() throws Exception {
        assumeTrue(onPath("openssl") || "true".equals(System.getenv("CI")), "openssl not installed");
        SigningKey key = SigningKey.loadOrGenerate(dir.resolve("key.pem"));
        Files.writeString(dir.resolve("pub.pem"), key.publicKeyPem());
        Files.writeString(dir.resolve("manifest"), "{\"serial\":7}");
        Files.write(dir.resolve("manifest.sig"), key.sign(Files.readAllBytes(dir.resolve("manifest"))));

        Process verify = new ProcessBuilder("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "pub.pem", "-rawin",
                "-in", "manifest", "-sigfile", "manifest.sig").directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(verify.waitFor()).as(output).isZero();
        assertThat(output).contains("Signature Verified Successfully");
    }

    @Test
    void aKeyMadeByOpensslIsAccepted() throws Exception {
        assumeTrue(onPath("openssl") || "true".equals(System.getenv("CI")), "openssl not installed");
        Process generate = new ProcessBuilder("openssl", "genpkey", "-algorithm", "ed25519", "-out", "key.pem")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        assertThat(generate.waitFor()).isZero();
        Process export = new ProcessBuilder("openssl", "pkey", "-in", "key.pem", "-pubout")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String opensslPublic = new String(export.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        export.waitFor();

        assertThat(SigningKey.load(dir.resolve("key.pem")).publicKeyPem().trim()).isEqualTo(opensslPublic.trim());
    }

    @Test
    void somethingElseThanAnEd25519KeyIsRefusedWithTheFileName() throws Exception {
        Path notAKey = dir.resolve("notes.txt");
        Files.writeString(notAKey, "hello");

        assertThatThrownBy(() -> SigningKey.load(notAKey)).hasMessageContaining("notes.txt")
                .hasMessageContaining("BEGIN PRIVATE KEY");
    }

    static boolean onPath(String tool) {
        for (String dir : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
