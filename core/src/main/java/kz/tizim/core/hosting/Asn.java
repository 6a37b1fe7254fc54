package kz.tizim.core.hosting;

/** An autonomous system number (32 bits unsigned), written {@code AS13335}. */
public record Asn(long number) {

    public Asn {
        if (number <= 0 || number > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("not an AS number: " + number);
        }
    }

    /** Parses {@code 13335} or {@code AS13335}. */
    public static Asn parse(String text) {
        String digits = text.strip();
        if (digits.regionMatches(true, 0, "AS", 0, 2)) {
            digits = digits.substring(2);
        }
        try {
            return new Asn(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an AS number: '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return "AS" + number;
    }
}
