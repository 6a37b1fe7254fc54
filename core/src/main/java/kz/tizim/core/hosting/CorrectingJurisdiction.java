package kz.tizim.core.hosting;

import java.time.Clock;
import kz.tizim.core.account.Role;

/**
 * A reviewer or legal officer corrects the jurisdiction the facts suggest (a site moved, a
 * database is wrong, the origin behind a CDN is known). The correction is appended; the earlier
 * facts and corrections stay on record.
 */
public final class CorrectingJurisdiction {

    /** Longest accepted reason and organisation name, in characters. */
    public static final int MAX_TEXT = 2000;

    private final JurisdictionCorrections corrections;
    private final Clock clock;

    public CorrectingJurisdiction(JurisdictionCorrections corrections, Clock clock) {
        this.corrections = corrections;
        this.clock = clock;
    }

    public CorrectionResult correct(CorrectJurisdictionCommand command) {
        if (!command.actor().has(Role.REVIEWER) && !command.actor().has(Role.LEGAL_OFFICER)) {
            return new CorrectionResult.Rejected(CorrectionResult.Reason.NOT_A_REVIEWER);
        }
        String reason = command.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_TEXT) {
            return new CorrectionResult.Rejected(CorrectionResult.Reason.NO_REASON);
        }
        String organisation = command.organisation().strip();
        if (organisation.isEmpty() || organisation.length() > MAX_TEXT) {
            return new CorrectionResult.Rejected(CorrectionResult.Reason.NO_ORGANISATION);
        }
        CountryCode country;
        try {
            country = CountryCode.of(command.country());
        } catch (IllegalArgumentException e) {
            return new CorrectionResult.Rejected(CorrectionResult.Reason.UNKNOWN_COUNTRY);
        }
        JurisdictionCorrection correction = new JurisdictionCorrection(command.host(), country, organisation, reason,
                command.actor().name(), clock.instant());
        corrections.append(correction);
        return new CorrectionResult.Corrected(correction);
    }
}
