package kz.tizim.server.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import kz.tizim.core.scope.Scopes;
import kz.tizim.match.locator.Locator;
import org.junit.jupiter.api.Test;

/** What a bulk upload's rows become in the COPY stream: escaped fields and site keys. */
class BulkStagingTest {

    @Test
    void escapesBackslashTabNewlineAndCarriageReturnForCopyAndWritesTheRestAsItIs() throws Exception {
        var out = new StringWriter();

        BulkIntake.copyField(out, "a\\b\tc\nd\re");
        out.write('|');
        BulkIntake.copyField(out, "\\\\");
        out.write('|');
        BulkIntake.copyField(out, "plain ünïcode");

        assertThat(out.toString()).isEqualTo("a\\\\b\\tc\\nd\\re|\\\\\\\\|plain ünïcode");
    }

    @Test
    void tellsAFirstSightingOfAResourceFromARepeat() {
        var seen = new SeenResources(1_000_000);
        for (int i = 0; i < 1_000_000; i++) {
            assertThat(seen.firstSighting("url www.casino" + (i / 10) + ".test/play/" + i)).as("row %d", i).isTrue();
        }
        assertThat(seen.firstSighting("url www.casino7.test/play/70")).isFalse();
        assertThat(seen.firstSighting("url www.casino99999.test/play/999999")).isFalse();
        assertThat(seen.firstSighting("url www.casino7.test/play/70?")).isTrue();
    }

    @Test
    void givesEveryLocatorOfAnUploadTheSiteKeyTriageUses() {
        var sites = new BulkIntake.SiteKeys();
        var locators = new BulkLocators();
        for (String text : new String[] {"http://www.casino.test/a", "https://www.casino.test/b?x=1", "casino.test",
                "http://m.casino.test:8080/", "https://blog.example.co.uk/p", "http://192.0.2.7/x", "192.0.2.0/24",
                "http://[2001:db8::1]/y", "https://sub.blog.example.co.uk/q", "http://www.casino.test/c"}) {
            Locator locator = locators.read(text);

            assertThat(sites.of(locator)).as(text).isEqualTo(Scopes.siteKey(locator));
        }
        assertThat(sites.of(locators.read("https://www.casino.test/z"))).isEqualTo("casino.test");
    }
}
