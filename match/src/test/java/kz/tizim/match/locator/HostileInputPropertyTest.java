package kz.tizim.match.locator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import kz.tizim.match.matcher.CompiledMatcher;
import org.junit.jupiter.api.Test;

/**
 * Seeded random and pathological inputs: the parsers throw nothing but {@link InvalidLocatorException},
 * finish in linear time, and what they accept is canonical (parsing it again changes nothing).
 */
class HostileInputPropertyTest {

    private static final String[] FRAGMENTS = {"%", "%2", "%25", "%32", "%35", "%2e", "%2E", "%2f", "%40", "%5c",
        "%ff", "%c3", "%a4", "%00", ".", "..", "...", "/", "//", "\\", "@", ":", "::", "[", "]", "?", "#", "&", "=",
        " ", "\t", "\n", "http://", "https://", "HTTP:", "ftp://", "0x", "0X", "ff", "0", "1", "08", "255", "256",
        "4294967296", "192.168.0.1", "::ffff:", "xn--", "xn--a", "a", "Z", "-", "_", "ä", "ß", "Σ", "\u200C",
        "\u200D", "\u200B", "\u00AD", "\uFF0E", "\u3002", "\uFF61", "\uD800", "\uDC00", "\uD83C\uDFB0", "\u05D0",
        "\u0627", "\u0661", "\u06F1", "example", "test", ":80", ":65536", "?q=", "/../", "/./", "\u0000", "\u007F"};

    private static final CompiledMatcher MATCHER = CompiledMatcher.builder()
            .add(LocatorKind.DOMAIN_TREE, "example", 1)
            .add(LocatorKind.URL_PREFIX, "http://a.example/", 2)
            .add(LocatorKind.CIDR, "192.168.0.0/16", 3)
            .add(LocatorKind.CIDR, "::/0", 4)
            .build();

    @Test
    void randomInputsAreEitherCanonicalisedIdempotentlyOrRejectedWithAReason() {
        Random random = new Random(20240611);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder input = new StringBuilder();
            int parts = random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                input.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            checkEveryParser(input.toString());
        }
    }

    @Test
    void randomCharactersAreHandled() {
        Random random = new Random(99);
        for (int i = 0; i < 5_000; i++) {
            char[] chars = new char[random.nextInt(40)];
            for (int c = 0; c < chars.length; c++) {
                chars[c] = random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) random.nextInt(0x80);
            }
            checkEveryParser(new String(chars));
        }
    }

    @Test
    void decodesDeeplyNestedPercentEncodingInLinearTime() {
        String nested = "http://host/%" + "25".repeat(30_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThat(Canonicalizer.url(nested)).isEqualTo("http://host/%25"));
        String nestedHost = "http://%" + "25".repeat(30_000) + "61.example/";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThat(Canonicalizer.url(nestedHost)).isEqualTo("http://a.example/"));
    }

    @Test
    void handlesLongInputsQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(Canonicalizer.url("http://h.example" + "/..".repeat(20_000))).isEqualTo("http://h.example/");
            assertThat(Canonicalizer.url("http://h.example" + "/a".repeat(30_000))).hasSize(16 + 60_000);
            assertRejected(() -> Canonicalizer.url("http://" + "a.".repeat(30_000) + "example/"), Rejection.HOST_TOO_LONG);
            assertRejected(() -> Canonicalizer.url("http://" + ".".repeat(60_000) + "/"), Rejection.EMPTY_HOST);
            assertRejected(() -> Canonicalizer.host("ä".repeat(20_000)), null);
            assertRejected(() -> Canonicalizer.ip("[" + ":".repeat(60_000) + "]"), Rejection.INVALID_IPV6);
            assertRejected(() -> Canonicalizer.url("http://x/" + "a".repeat(100_000)), Rejection.TOO_LONG);
            assertRejected(() -> Canonicalizer.host("\uD83C\uDFB0".repeat(50_000)), Rejection.TOO_LONG);
            assertRejected(() -> Canonicalizer.ip("1".repeat(100_000)), Rejection.TOO_LONG);
            assertRejected(() -> Canonicalizer.ip("9".repeat(60_000)), Rejection.INVALID_IPV4);
            assertThat(MATCHER.match("http://a.example/" + "%25".repeat(20_000))).isEqualTo(MATCHER.match("a.example/"));
            assertThat(MATCHER.match("x".repeat(100_000))).isEqualTo(CompiledMatcher.INVALID);
        });
    }

    private static void assertRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Rejection rejection) {
        var assertion = assertThatThrownBy(call).isInstanceOf(InvalidLocatorException.class);
        if (rejection != null) {
            assertion.extracting(e -> ((InvalidLocatorException) e).rejection()).isEqualTo(rejection);
        }
    }

    static void checkEveryParser(String input) {
        try {
            String url = Canonicalizer.url(input);
            assertThat(Canonicalizer.url(url)).as("idempotent for %s", input).isEqualTo(url);
            assertThat(url).matches("https?://[\\x21-\\x7e]+");
        } catch (InvalidLocatorException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
        try {
            String host = Canonicalizer.host(input);
            assertThat(Canonicalizer.host(host)).as("idempotent for %s", input).isEqualTo(host);
            assertThat(host).matches("[\\x21-\\x7e]{1,253}");
        } catch (InvalidLocatorException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
        try {
            String ip = Canonicalizer.ip(input);
            assertThat(Canonicalizer.ip(ip)).isEqualTo(ip);
        } catch (InvalidLocatorException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
        try {
            Locator cidr = Locator.of(LocatorKind.CIDR, input);
            assertThat(Locator.of(LocatorKind.CIDR, cidr.value())).isEqualTo(cidr);
        } catch (InvalidLocatorException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
        try {
            Locator.parse(input);
        } catch (InvalidLocatorException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
        assertThat(MATCHER.match(input)).isBetween(CompiledMatcher.INVALID, MATCHER.size() - 1);
    }
}
