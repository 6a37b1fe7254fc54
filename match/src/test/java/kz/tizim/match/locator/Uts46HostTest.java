package kz.tizim.match.locator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UTS #46 samples (non-transitional processing, as browsers do since 2017). */
class Uts46HostTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "faß.de | xn--fa-hia.de",
        "FASS.de | fass.de",
        "xn--fa-hia.de | xn--fa-hia.de",
        "XN--FA-HIA.DE | xn--fa-hia.de",
        "meßagefactory.ca | xn--meagefactory-m9a.ca",
        "ö.com | xn--nda.com",
        "müller | xn--mller-kva",
        "中央大学 | xn--fiq80yua78t",
        "example.ídn | example.xn--dn-mja",
        "ëx.ídn | xn--x-ega.xn--dn-mja",
        "www.аррӏе.com | www.xn--80ak6aa92e.com",
        "пример.рф | xn--e1afmkfd.xn--p1ai",
        "ПРИМЕР.РФ | xn--e1afmkfd.xn--p1ai",
        "ＥＸＡＭＰＬＥ．ｃｏｍ | example.com",
        "example。com | example.com",
        "exa\u00ADmple.com | example.com",
        "exa\u200Bmple.com | example.com",
        "r3---sn-abc.example | r3---sn-abc.example",
        "-leading.example | -leading.example",
        "under_score.example | under_score.example",
    })
    void convertsNamesToLowerCaseALabels(String input, String expected) {
        assertThat(Canonicalizer.host(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "a\u200Cb.example | contextj",
        "a\u05D0.example | bidi",
        "xn--a.example | invalid_ace_label",
        "a\u0001b.example | not allowed in a host",
        "a\uFFFDb.example | disallowed",
    })
    void rejectsInvalidNamesWithTheReason(String input, String reason) {
        assertThatThrownBy(() -> Canonicalizer.host(input))
                .isInstanceOf(InvalidLocatorException.class)
                .hasMessageContaining(reason);
    }
}
