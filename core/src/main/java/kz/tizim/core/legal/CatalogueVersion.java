package kz.tizim.core.legal;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The exact catalogue a decision cited: a number that legal officers raise on each approved edit,
 * and the SHA-256 of the catalogue text, so that two catalogues with the same number but different
 * content can never be confused.
 */
public record CatalogueVersion(int number, String sha256) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public CatalogueVersion {
        if (number <= 0) {
            throw new IllegalArgumentException("catalogue version must be positive: " + number);
        }
        if (!HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: '" + sha256 + "'");
        }
    }

    static CatalogueVersion of(int number, byte[] digest) {
        return new CatalogueVersion(number, HexFormat.of().formatHex(digest));
    }

    /** For display: {@code v3 (sha256 1a2b3c4d5e6f)}. */
    public String label() {
        return "v" + number + " (sha256 " + sha256.substring(0, 12) + ")";
    }
}
