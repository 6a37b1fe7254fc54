package kz.tizim.core.hosting;

import java.util.List;

/**
 * A site's hosting facts: the resolution they rest on, each address with its attribution and
 * collateral estimate, the jurisdiction, and what the attributions are based on.
 */
public record HostingReport(HostName host, Resolution resolution, List<AddressFacts> addresses,
        HostingJurisdiction jurisdiction, String dataDescription, boolean dataAvailable) {

    public HostingReport {
        addresses = List.copyOf(addresses);
    }

    /** Invented demo facts (demo mode only). */
    public boolean demo() {
        return resolution.demo();
    }

    /** Whether any address is a CDN's: restricting by address would hit unrelated sites. */
    public boolean behindCdn() {
        return addresses.stream().anyMatch(a -> a.attribution().isCdn());
    }

    /** The largest number of registrable domains seen on any one of the site's addresses. */
    public int largestSharing() {
        return addresses.stream().mapToInt(AddressFacts::registrableDomainsSeen).max().orElse(0);
    }
}
