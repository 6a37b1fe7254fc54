package kz.tizim.core.hosting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The likely hosting country and organisation of a site, the procedure that follows, and how that
 * was established: assessed from the address facts, or corrected by a reviewer with a reason.
 *
 * @param finding     why this is the answer (people read it in their language)
 * @param countries   every country the public addresses are registered to, for the reader to weigh
 * @param correction  the reviewer's correction in force, or null when assessed
 */
public record HostingJurisdiction(@Nullable CountryCode country, @Nullable String organisation, JurisdictionPath path,
        Finding finding, List<CountryCode> countries, @Nullable JurisdictionCorrection correction) {

    /** How the jurisdiction was established. */
    public enum Finding {
        /** The public, non-CDN addresses are all registered to one country. */
        ONE_COUNTRY,
        /** Only CDN addresses: the origin is hidden; the CDN's country is where a request would go. */
        CDN_ONLY,
        /** The public addresses are registered to different countries. */
        COUNTRIES_DISAGREE,
        /** No public address (none resolved, or only reserved ranges). */
        NO_PUBLIC_ADDRESS,
        /** Addresses exist but no country data is loaded or known for them. */
        NO_COUNTRY_DATA,
        /** A reviewer corrected it (see {@code correction}). */
        CORRECTED
    }

    public HostingJurisdiction {
        countries = List.copyOf(countries);
    }

    public boolean isCorrected() {
        return correction != null;
    }
}
