package kz.tizim.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Host states are named in the reader's language from the JDK's CLDR data, else as the catalogue names them. */
class CountryNamesTest {

    static final Locale KK = Locale.forLanguageTag("kk");
    static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void namesCountriesInKazakhAndRussian() {
        assertThat(CountryNames.name("DE", "Germany", KK)).isEqualTo("Германия");
        assertThat(CountryNames.name("TR", "Turkey", KK)).isEqualTo("Түркия");
        assertThat(CountryNames.name("RU", "Russia", KK)).isEqualTo("Ресей");
        assertThat(CountryNames.name("NL", "Netherlands", RU)).isEqualTo("Нидерланды");
    }

    @Test
    void keepsTheCatalogueNameInEnglishAndForCodesThatAreNoCountry() {
        assertThat(CountryNames.name("DE", "Germany", Locale.ENGLISH)).isEqualTo("Germany");
        assertThat(CountryNames.name("COE-BUDAPEST", "Budapest Convention", KK)).isEqualTo("Budapest Convention");
        assertThat(CountryNames.name("QQ", "Nowhere", RU)).isEqualTo("Nowhere");
    }
}
