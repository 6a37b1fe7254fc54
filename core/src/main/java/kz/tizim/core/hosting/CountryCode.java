package kz.tizim.core.hosting;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code in upper case, such as {@code KZ} or {@code NL}. */
public record CountryCode(String value) {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    /** Kazakhstan: hosting here takes the domestic path. */
    public static final CountryCode KAZAKHSTAN = new CountryCode("KZ");

    public CountryCode {
        if (!ISO.contains(value)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: '" + value + "'");
        }
    }

    /** Accepts any case ({@code nl}, {@code NL}). */
    public static CountryCode of(String text) {
        return new CountryCode(text.strip().toUpperCase(Locale.ROOT));
    }

    /** Packs the two letters into an int for primitive tables; see {@link #unpack(int)}. */
    public int packed() {
        return (value.charAt(0) << 8) | value.charAt(1);
    }

    public static CountryCode unpack(int packed) {
        return new CountryCode(new String(new char[] {(char) (packed >>> 8), (char) (packed & 0xFF)}));
    }

    public boolean isDomestic() {
        return equals(KAZAKHSTAN);
    }

    @Override
    public String toString() {
        return value;
    }
}
