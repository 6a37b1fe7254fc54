package kz.tizim.core.hosting;

import java.time.Instant;

/** A reviewer's correction of a site's hosting country and organisation, with the reason given. */
public record JurisdictionCorrection(HostName host, CountryCode country, String organisation, String reason,
        String correctedBy, Instant correctedAt) {

    public JurisdictionCorrection {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a correction needs a reason");
        }
    }
}
