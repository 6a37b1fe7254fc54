package kz.tizim.core.proportionality;

/**
 * What is known about the addresses of an IP or CIDR scope, relative to the site complained about.
 *
 * @param servesSite whether the addresses serve the case's site at all
 * @param otherRegistrableDomains how many other, unrelated registrable domains they serve
 * @param cdn whether they belong to a content delivery network or shared proxy
 */
public record HostingFact(boolean servesSite, int otherRegistrableDomains, boolean cdn) {

    public HostingFact {
        if (otherRegistrableDomains < 0) {
            throw new IllegalArgumentException("co-hosted domain count cannot be negative");
        }
    }
}
