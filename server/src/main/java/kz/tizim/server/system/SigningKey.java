package kz.tizim.server.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * The Ed25519 key that signs everything Tizim publishes (feed manifests, documents). Stored as a
 * PKCS#8 PEM file, the format {@code openssl genpkey -algorithm ed25519} writes.
 */
public final class SigningKey {

    private static final int PKCS8_ED25519_LENGTH = 48;
    private static final int SEED_LENGTH = 32;

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private SigningKey(KeyPair pair) {
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
    }

    /** Loads a key, failing with a message that names the file and what is wrong with it. */
    public static SigningKey load(Path pemFile) {
        String pem;
        try {
            pem = Files.readString(pemFile, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read signing key " + pemFile + ": " + e.getMessage(), e);
        }
        byte[] der = Pem.decode(pem, "PRIVATE KEY")
                .orElseThrow(() -> new IllegalStateException(pemFile + " holds no 'BEGIN PRIVATE KEY' block"));
        if (der.length != PKCS8_ED25519_LENGTH) {
            throw new IllegalStateException(pemFile + " is not an Ed25519 private key (PKCS#8, 48 bytes)");
        }
        try {
            KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(pemFile + " is not an Ed25519 private key: " + e.getMessage(), e);
        }
        byte[] seed = Arrays.copyOfRange(der, der.length - SEED_LENGTH, der.length);
        return new SigningKey(pairFromSeed(seed));
    }

    /** Loads the key, or generates and stores a new one when the file does not exist (demo mode only). */
    public static SigningKey loadOrGenerate(Path pemFile) {
        if (Files.exists(pemFile)) {
            return load(pemFile);
        }
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Files.createDirectories(pemFile.toAbsolutePath().getParent());
            Files.writeString(pemFile, Pem.encode("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            restrictToOwner(pemFile);
            return new SigningKey(pair);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot create signing key " + pemFile + ": " + e.getMessage(), e);
        }
    }

    public byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The public key as {@code BEGIN PUBLIC KEY} PEM (SubjectPublicKeyInfo), as OpenSSL reads it. */
    public String publicKeyPem() {
        return Pem.encode("PUBLIC KEY", publicKey.getEncoded());
    }

    /**
     * The JDK cannot derive an Ed25519 public key from a private one directly, but its key pair
     * generator draws exactly the 32-byte seed from the random source: feeding it the stored seed
     * reproduces the stored key and its public half.
     */
    private static KeyPair pairFromSeed(byte[] seed) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(255, new SeedRandom(seed));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file keeps the directory's ACL.
        }
    }

    /** A "random" source that yields one fixed seed; only for {@link #pairFromSeed}. */
    private static final class SeedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        SeedRandom(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("unexpected draw of " + bytes.length + " bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }
    }

    /** Minimal PEM reading and writing (RFC 7468). */
    static final class Pem {
        private Pem() {
        }

        static String encode(String label, byte[] der) {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
            return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
        }

        static java.util.Optional<byte[]> decode(String pem, String label) {
            String begin = "-----BEGIN " + label + "-----";
            String end = "-----END " + label + "-----";
            int from = pem.indexOf(begin);
            int to = pem.indexOf(end);
            if (from < 0 || to < from) {
                return java.util.Optional.empty();
            }
            String body = pem.substring(from + begin.length(), to).replaceAll("\\s", "");
            try {
                return java.util.Optional.of(Base64.getDecoder().decode(body));
            } catch (IllegalArgumentException e) {
                return java.util.Optional.empty();
            }
        }
    }
}
