package kz.tizim.core.notice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The code an owner quotes, with the case number, to appeal. 16 random characters from a 32-letter
 * alphabet without look-alikes (80 bits), so an unsalted SHA-256 is enough to store it; only the
 * hash is kept, and candidates are compared in constant time.
 *
 * @param code the code in clear, shown once in the notice
 * @param sha256 what is stored
 */
public record AppealCode(String code, String sha256) {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh random code. */
    public static AppealCode issue() {
        var code = new StringBuilder(LENGTH + 3);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        String text = code.toString();
        return new AppealCode(text, hash(text));
    }

    /** Whether {@code candidate} (any case, with or without dashes and spaces) is the code behind {@code storedSha256}. */
    public static boolean matches(String candidate, String storedSha256) {
        byte[] expected = HexFormat.of().parseHex(storedSha256);
        byte[] actual = HexFormat.of().parseHex(hash(candidate));
        return MessageDigest.isEqual(expected, actual);
    }

    private static String hash(String code) {
        String normalised = code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Never prints the code. */
    @Override
    public String toString() {
        return "AppealCode[sha256=" + sha256 + "]";
    }
}
