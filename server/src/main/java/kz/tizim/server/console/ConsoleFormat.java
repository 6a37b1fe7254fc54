package kz.tizim.server.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats dates for people, in their language and in Almaty time (the register's legal clock), and
 * names countries in their language; available to every template as {@code @consoleFormat}.
 */
@Component("consoleFormat")
public class ConsoleFormat {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    public String dateTime(@Nullable Instant instant) {
        if (instant == null) {
            return "—";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(ALMATY)
                .format(instant);
    }

    /** The country {@code code} in {@code locale}'s language, as "Германия (DE)"; see {@link CountryNames}. */
    public String country(String code, String english, Locale locale) {
        return CountryNames.name(code, english, locale) + " (" + code + ")";
    }
}
