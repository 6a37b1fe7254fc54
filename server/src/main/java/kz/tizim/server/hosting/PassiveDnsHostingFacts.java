package kz.tizim.server.hosting;

import java.util.List;
import java.util.Optional;
import kz.tizim.core.hosting.IpAddress;
import kz.tizim.core.hosting.Network;
import kz.tizim.core.proportionality.HostingFact;
import kz.tizim.core.proportionality.HostingFacts;
import kz.tizim.match.locator.Locator;
import org.springframework.stereotype.Component;

/**
 * The proportionality policies' view of hosting ({@link HostingFacts}), from Tizim's own
 * resolution history (passive DNS) and the address attributions: which registrable domains
 * currently resolve into an address scope, and whether it is a CDN's.
 *
 * <p>Nothing is known (empty) when no resolved name points into the scope and it is not a CDN's:
 * {@code CollateralPolicy} then refuses the scope, because collateral damage cannot be ruled out.
 */
@Component
class PassiveDnsHostingFacts implements HostingFacts {

    private final ResolutionsJdbcRepository history;
    private final HostingConfiguration.IpAttributionsInUse attributions;

    PassiveDnsHostingFacts(ResolutionsJdbcRepository history, HostingConfiguration.IpAttributionsInUse attributions) {
        this.history = history;
        this.attributions = attributions;
    }

    @Override
    public Optional<HostingFact> about(Locator addressScope, String siteKey) {
        Network network = Network.parse(addressScope.value());
        String cidr = network.toString();
        List<IpAddress> seen = history.addressesWithin(cidr);
        boolean cdn = attributions.value().attribute(network.prefix()).isCdn();
        for (IpAddress address : seen) {
            cdn |= attributions.value().attribute(address).isCdn();
        }
        List<String> domains = history.registrableDomainsWithin(cidr);
        if (domains.isEmpty() && !cdn) {
            return Optional.empty();
        }
        boolean servesSite = domains.contains(siteKey) || servesAddressSite(network, siteKey);
        int others = (int) domains.stream().filter(d -> !d.equals(siteKey)).count();
        return Optional.of(new HostingFact(servesSite, others, cdn));
    }

    /** An IP site (its key is an address) is served by a scope that contains it. */
    private static boolean servesAddressSite(Network network, String siteKey) {
        return IpAddress.parse(siteKey).map(site -> {
            if (site.v6() != network.prefix().v6()) {
                return false;
            }
            int width = site.v6() ? 128 : 32;
            int hostBits = width - network.length();
            if (!site.v6()) {
                long mask = hostBits >= 32 ? 0 : (0xFFFF_FFFFL << hostBits) & 0xFFFF_FFFFL;
                return (site.low() & mask) == (network.prefix().low() & mask);
            }
            long maskHigh = hostBits >= 128 ? 0 : hostBits > 64 ? -1L << (hostBits - 64) : -1L;
            long maskLow = hostBits >= 64 ? 0 : hostBits == 0 ? -1L : -1L << hostBits;
            return (site.high() & maskHigh) == (network.prefix().high() & maskHigh)
                    && (site.low() & maskLow) == (network.prefix().low() & maskLow);
        }).orElse(false);
    }
}
