package kz.tizim.server.console;

import java.util.Locale;

/**
 * Country names in the reader's language. The legal catalogue names jurisdictions in English only;
 * for a two-letter ISO 3166 code the JDK's CLDR data names the country in Kazakh and Russian
 * ({@code DE}: Германия). Codes CLDR does not know, and English, keep the catalogue's name.
 */
public final class CountryNames {

    private CountryNames() {
    }

    /** {@code english}, or the CLDR name of the country {@code code} in {@code locale}'s language. */
    public static String name(String code, String english, Locale locale) {
        if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) || !code.matches("[A-Z]{2}")) {
            return english;
        }
        String name = new Locale("", code).getDisplayCountry(new Locale(locale.getLanguage()));
        return name.isBlank() || name.equals(code) ? english : name;
    }
}
