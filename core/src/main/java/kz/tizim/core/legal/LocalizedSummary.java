package kz.tizim.core.legal;

import java.util.Locale;

/** A short summary in the three languages of the console: Kazakh, Russian and English. */
public record LocalizedSummary(String kk, String ru, String en) {

    public LocalizedSummary {
        kk = Texts.required(kk, "Kazakh summary");
        ru = Texts.required(ru, "Russian summary");
        en = Texts.required(en, "English summary");
    }

    /** The summary for the locale's language; English for any other language. */
    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "kk" -> kk;
            case "ru" -> ru;
            default -> en;
        };
    }
}
