package kz.tizim.server.transparency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must not leave the building in a published text: the given strings (names and contacts of
 * private complainants and owners, hidden locators), and anything shaped like an e-mail address,
 * a Kazakh phone number or a Kazakh individual identification number (IIN, 12 digits).
 */
final class Redaction {

    static final String MARK = "[…]";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern IIN = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");
    private static final Pattern PHONE = Pattern.compile(
            "(?:\\+7|(?<![0-9])8)[ (-]*[0-9]{3}[ )-]*[0-9]{3}[ -]*[0-9]{2}[ -]*[0-9]{2}(?![0-9])");

    private final List<String> secrets;

    Redaction(List<String> secrets) {
        List<String> sorted = new ArrayList<>();
        for (String secret : secrets) {
            String s = secret.strip();
            if (s.length() >= 3) {
                sorted.add(s);
            }
        }
        // Longest first, so "kino.example/film" goes before "kino.example" leaves "/film" behind.
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(sorted);
    }

    String apply(String text) {
        String result = text;
        for (String secret : secrets) {
            result = Pattern.compile(Pattern.quote(secret), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(result).replaceAll(Matcher.quoteReplacement(MARK));
        }
        result = EMAIL.matcher(result).replaceAll(Matcher.quoteReplacement(MARK));
        result = IIN.matcher(result).replaceAll(Matcher.quoteReplacement(MARK));
        return PHONE.matcher(result).replaceAll(Matcher.quoteReplacement(MARK));
    }

    /** The value of a stored locator ({@code "url http://…"} → {@code "http://…"}), lower-cased host parts kept as is. */
    static String valueOf(String kindAndValue) {
        int space = kindAndValue.indexOf(' ');
        return (space < 0 ? kindAndValue : kindAndValue.substring(space + 1)).toLowerCase(Locale.ROOT);
    }
}
