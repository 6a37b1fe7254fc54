package kz.tizim.core.proportionality;

import java.util.Optional;
import kz.tizim.match.locator.Locator;

/**
 * Hosting knowledge (port): passive DNS, reverse IP and CDN ranges. Implemented by the hosting
 * module; {@link CollateralPolicy} refuses an address scope when nothing is known.
 */
public interface HostingFacts {

    /**
     * What is known about {@code addressScope} (an IP or CIDR locator) relative to {@code siteKey},
     * or empty when nothing is known.
     */
    Optional<HostingFact> about(Locator addressScope, String siteKey);
}
