package kz.tizim.match.feed;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Checks Ed25519 signatures over manifests with a pinned public key. The key is the PEM
 * ({@code BEGIN PUBLIC KEY}, SubjectPublicKeyInfo) that {@code /feeds/v1/key.pem} serves and
 * {@code openssl pkey -pubout} writes; the same check with OpenSSL is
 * {@code openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in manifest -sigfile manifest.sig}.
 */
public final class FeedSignatures {

    private static final int SIGNATURE_LENGTH = 64;
    private static final int SPKI_ED25519_LENGTH = 44;

    private FeedSignatures() {
    }

    /**
     * Reads an Ed25519 public key from PEM text.
     *
     * @throws FeedVerificationException when the text holds no Ed25519 public key
     */
    public static PublicKey publicKeyFromPem(String pem) {
        String begin = "-----BEGIN PUBLIC KEY-----";
        String end = "-----END PUBLIC KEY-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new FeedVerificationException("no 'BEGIN PUBLIC KEY' block in the key file");
        }
        byte[] der;
        try {
            der = Base64.getDecoder().decode(pem.substring(from + begin.length(), to).replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new FeedVerificationException("the public key is not valid base64");
        }
        if (der.length != SPKI_ED25519_LENGTH) {
            throw new FeedVerificationException("not an Ed25519 public key (" + der.length + " bytes)");
        }
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new FeedVerificationException("not an Ed25519 public key: " + e.getMessage());
        }
    }

    /** The PEM text of an Ed25519 public key, as OpenSSL writes it. */
    public static String toPem(PublicKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    /** Whether {@code signature} is a valid Ed25519 signature of exactly {@code message} by {@code key}. */
    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        if (signature.length != SIGNATURE_LENGTH) {
            return false;
        }
        try {
            Signature check = Signature.getInstance("Ed25519");
            check.initVerify(key);
            check.update(message);
            return check.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * The manifest, once its signature is checked.
     *
     * @throws FeedVerificationException when the signature is not valid for this key
     * @throws FeedFormatException when the signed bytes are not a manifest
     */
    public static FeedManifest verifiedManifest(PublicKey key, byte[] manifest, byte[] signature) {
        if (!verify(key, manifest, signature)) {
            throw new FeedVerificationException("the manifest signature is not valid for the pinned key"
                    + " (wrong key, or the manifest was altered)");
        }
        return FeedManifest.parse(manifest);
    }
}
