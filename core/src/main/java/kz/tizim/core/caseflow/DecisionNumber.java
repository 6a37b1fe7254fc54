package kz.tizim.core.caseflow;

import java.util.Locale;
import java.util.regex.Pattern;

/** The public number of an approved decision, {@code TZ-YYYY-NNNNNN}: year of approval and a serial within it. */
public record DecisionNumber(String value) {

    private static final Pattern FORM = Pattern.compile("TZ-[0-9]{4}-[0-9]{6}");

    public DecisionNumber {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a decision number (TZ-YYYY-NNNNNN): '" + value + "'");
        }
    }

    public static DecisionNumber of(int year, int serial) {
        if (year < 1000 || year > 9999 || serial < 1 || serial > 999_999) {
            throw new IllegalArgumentException("decision number out of range: " + year + "/" + serial);
        }
        return new DecisionNumber(String.format(Locale.ROOT, "TZ-%04d-%06d", year, serial));
    }

    public int year() {
        return Integer.parseInt(value.substring(3, 7));
    }

    public int serial() {
        return Integer.parseInt(value.substring(8));
    }

    @Override
    public String toString() {
        return value;
    }
}
