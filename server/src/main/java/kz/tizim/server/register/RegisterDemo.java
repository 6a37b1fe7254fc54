package kz.tizim.server.register;

import java.time.Instant;
import java.util.List;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.LocatorPublication;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import kz.tizim.core.register.DecisionReference;
import kz.tizim.core.register.RecordRestrictionCommand;
import kz.tizim.core.register.RecordingRestriction;
import kz.tizim.match.locator.Locator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few demo restrictions, on {@code .example}/{@code .test} names and documentation addresses
 * (RFC 2606, RFC 5737, RFC 3849), so the feeds, zones and notice page have something to show. One
 * is in the CSAM category and therefore exists outside the database only as a hash. Demo mode only;
 * recording is idempotent, so this runs on every start.
 */
@Component
@ConditionalOnProperty(name = "tizim.mode", havingValue = "demo", matchIfMissing = true)
public class RegisterDemo {

    static final Instant START = Instant.parse("2026-01-15T04:00:00Z");
    static final Instant END = Instant.parse("2027-01-15T04:00:00Z");

    private final RecordingRestriction recording;

    RegisterDemo(RecordingRestriction recording) {
        this.recording = recording;
    }

    /** Records the demo entries that are not in the register yet; returns how many were added. */
    @Transactional
    public int ensureLoaded() {
        List<RecordRestrictionCommand> demo = List.of(
                command("domain casino-royale.example", "TZ-2026-000101", OffenceCategory.GAMBLING, "KZ-CC-307",
                        Urgency.ORDINARY, LocatorPublication.PUBLISHED),
                command("domain-tree kino-pirat.example", "TZ-2026-000102", OffenceCategory.COPYRIGHT, "KZ-CC-198",
                        Urgency.ORDINARY, LocatorPublication.PUBLISHED),
                command("domain-tree serial-stream.test", "TZ-2026-000103", OffenceCategory.COPYRIGHT, "KZ-LAW-COPYRIGHT",
                        Urgency.ORDINARY, LocatorPublication.PUBLISHED),
                command("url https://forum.example/thread/1488", "TZ-2026-000104", OffenceCategory.TERRORISM_PROPAGANDA,
                        "KZ-CC-256", Urgency.IMMEDIATE, LocatorPublication.PUBLISHED),
                command("url-prefix http://leaks.test/iin/", "TZ-2026-000105", OffenceCategory.PERSONAL_DATA, "KZ-CC-147",
                        Urgency.ORDINARY, LocatorPublication.PUBLISHED),
                command("ip 192.0.2.66", "TZ-2026-000106", OffenceCategory.FRAUD_PHISHING, "KZ-CC-190",
                        Urgency.IMMEDIATE, LocatorPublication.PUBLISHED),
                command("cidr 2001:db8:bad::/48", "TZ-2026-000107", OffenceCategory.DRUGS, "KZ-CC-297",
                        Urgency.ORDINARY, LocatorPublication.PUBLISHED),
                command("url http://hidden-gallery.example/a/9f3c", "TZ-2026-000108", OffenceCategory.CSAM, "KZ-CC-312",
                        Urgency.IMMEDIATE, LocatorPublication.HASHES_ONLY));
        int added = 0;
        for (RecordRestrictionCommand command : demo) {
            if (recording.record(command) instanceof RecordingRestriction.Recorded) {
                added++;
            }
        }
        return added;
    }

    private static RecordRestrictionCommand command(String locator, String decision, OffenceCategory category,
            String basis, Urgency urgency, LocatorPublication publication) {
        return new RecordRestrictionCommand(Locator.parse(locator), new DecisionReference(decision), category,
                new LegalBasisId(basis), urgency, START, category == OffenceCategory.GAMBLING ? END : null, publication);
    }
}
