package kz.tizim.core.hosting;

/**
 * One address of a site with its collateral estimate.
 *
 * @param registrableDomainsSeen distinct registrable domains that currently resolve to this address
 *     in Tizim's own resolution history (the site itself included); a lower bound of who else
 *     restricting the address would hit
 */
public record AddressFacts(IpAttribution attribution, int registrableDomainsSeen) {

    /** Restricting this address would hit unrelated sites: a CDN, or other sites seen on it. */
    public boolean sharedWithOthers() {
        return attribution.isCdn() || registrableDomainsSeen > 1;
    }
}
