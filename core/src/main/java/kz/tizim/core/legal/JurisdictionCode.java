package kz.tizim.core.legal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A jurisdiction: an ISO 3166 alpha-2 country code ({@code DE}), {@code EU}, or an id for an
 * international instrument ({@code COE-BUDAPEST}).
 */
public record JurisdictionCode(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z]{2}|[A-Z]{2,5}(-[A-Z0-9]+)+");

    public JurisdictionCode {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "not a jurisdiction code (ISO 3166 alpha-2, EU, or an instrument id such as COE-BUDAPEST): '"
                            + value + "'");
        }
    }

    /** Accepts what a user types: {@code de}, {@code " DE "}. */
    public static JurisdictionCode parse(String text) {
        return new JurisdictionCode(text.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
