package kz.tizim.core.hosting;

import org.jspecify.annotations.Nullable;

/**
 * What is known about one address: the reserved range it lies in (then nothing else is attributed),
 * the country its block is registered to, the autonomous system announcing it with the
 * organisation holding that AS, and the CDN operator when the address fronts many sites.
 *
 * @param bogon        why the address is reserved (private, documentation …), or null for a public one
 * @param country      the registration country of the address block, or null when unknown
 * @param cdnOperator  the CDN or reverse proxy serving the address, or null
 * @param source       where the attribution comes from
 */
public record IpAttribution(IpAddress address, @Nullable String bogon, @Nullable CountryCode country,
        @Nullable Asn asn, @Nullable String organisation, @Nullable String cdnOperator, Source source) {

    /** Where an attribution comes from. */
    public enum Source {
        /** The offline address databases (NRO delegations, RouteViews, DB-IP). */
        DATABASE,
        /** The demo fixture: invented facts for the demo sites, which use documentation ranges. */
        DEMO,
        /** No database is loaded: only reserved ranges and CDN ranges are recognised. */
        UNKNOWN
    }

    public IpAttribution {
        if (bogon != null && source != Source.DEMO && (country != null || asn != null)) {
            throw new IllegalArgumentException("a reserved address is never attributed to a country or network");
        }
    }

    /**
     * Whether the address can say where a site is hosted: any public address, and the demo
     * fixture's documentation addresses, whose invented facts stand in for public ones.
     */
    public boolean locatesHosting() {
        return bogon == null || source == Source.DEMO;
    }

    public boolean isBogon() {
        return bogon != null;
    }

    public boolean isCdn() {
        return cdnOperator != null;
    }
}
