package kz.tizim.core.caseflow;

import java.util.Optional;
import kz.tizim.core.complaint.Contact;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a site across its cases: its popularity tier (for reporting only) and where
 * the owner and the hosting provider can be reached.
 */
public record SiteDossier(SiteKey key, PopularityTier tier, @Nullable Contact siteContact,
        @Nullable Contact hostingAbuseContact) {

    public static SiteDossier unknown(SiteKey key) {
        return new SiteDossier(key, PopularityTier.UNKNOWN, null, null);
    }

    public Optional<Contact> siteContactIfKnown() {
        return Optional.ofNullable(siteContact);
    }

    public Optional<Contact> hostingAbuseContactIfKnown() {
        return Optional.ofNullable(hostingAbuseContact);
    }
}
