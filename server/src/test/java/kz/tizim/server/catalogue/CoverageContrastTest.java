package kz.tizim.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The matrix's colours keep text readable (WCAG contrast of at least 4.5:1 for the text and the
 * links on every tone), on the page and in the PDF, and every string exists in all three languages.
 */
class CoverageContrastTest {

    private static final Pattern TONE = Pattern.compile("\\.cov-([A-Z_]+) \\{ background: #([0-9a-f]{6}); }");
    private static final String INK = "1b1f24";
    private static final String LINK = "00558c";

    @Test
    void everyToneOnThePageAndInThePdfHasEnoughContrast() throws IOException {
        Map<String, String> page = tones(resource("/static/css/catalogue.css"));
        Map<String, String> pdf = tones(resource("/templates/catalogue/matrix-pdf.html"));

        assertThat(page.keySet()).containsExactlyInAnyOrderElementsOf(MatrixTable.TONES);
        assertThat(pdf).isEqualTo(page);
        page.forEach((tone, background) -> {
            assertThat(contrast(INK, background)).as("text on %s", tone).isGreaterThanOrEqualTo(4.5);
            assertThat(contrast(LINK, background)).as("links on %s", tone).isGreaterThanOrEqualTo(4.5);
        });
    }

    @Test
    void everyCatalogueStringIsTranslatedIntoKazakhAndRussian() throws IOException {
        Properties en = bundle("/messages.properties");
        Properties kk = bundle("/messages_kk.properties");
        Properties ru = bundle("/messages_ru.properties");

        en.stringPropertyNames().stream().filter(key -> key.startsWith("catalogue.")).forEach(key -> {
            assertThat(kk.getProperty(key)).as("kk " + key).isNotBlank();
            assertThat(ru.getProperty(key)).as("ru " + key).isNotBlank();
        });
    }

    static double contrast(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16) / 255.0;
            rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    private static Map<String, String> tones(String css) {
        var tones = new HashMap<String, String>();
        var matcher = TONE.matcher(css);
        while (matcher.find()) {
            tones.put(matcher.group(1), matcher.group(2));
        }
        return tones;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = CoverageContrastTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (var reader = new java.io.InputStreamReader(CoverageContrastTest.class.getResourceAsStream(path),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
