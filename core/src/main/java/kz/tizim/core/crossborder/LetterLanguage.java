package kz.tizim.core.crossborder;

import java.util.Locale;

/**
 * The language of a request letter, chosen per request. The extension point for the host state's own
 * language: add a constant here and a {@code messages_<lang>.properties} bundle with the
 * {@code crossborder.letter.*} keys; the letter template needs no change.
 */
public enum LetterLanguage {
    EN(Locale.ENGLISH),
    RU(Locale.forLanguageTag("ru")),
    KK(Locale.forLanguageTag("kk"));

    private final Locale locale;

    LetterLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code en}, {@code ru}, {@code kk}: as URLs and file names carry it. */
    public String tag() {
        return locale.getLanguage();
    }

    public static LetterLanguage of(String tag) {
        return valueOf(tag.strip().toUpperCase(Locale.ROOT));
    }
}
