package kz.tizim.core.proportionality;

import java.util.List;
import java.util.Locale;
import kz.tizim.core.scope.IpRange;

/**
 * Infrastructure that must never be restricted: address ranges (public DNS resolvers) that no IP or
 * CIDR scope may touch, and domain trees (government sites) that may not be restricted by domain
 * or address. Configured by the server; {@link #standard()} is the default list.
 */
public record ProtectedInfrastructure(List<IpRange> ranges, List<String> domainTrees) {

    public ProtectedInfrastructure {
        ranges = List.copyOf(ranges);
        domainTrees = domainTrees.stream().map(domain -> domain.toLowerCase(Locale.ROOT)).toList();
    }

    /** Reads ranges written as addresses or CIDR networks, and domain names. */
    public static ProtectedInfrastructure of(List<String> ranges, List<String> domainTrees) {
        return new ProtectedInfrastructure(ranges.stream().map(IpRange::parse).toList(), domainTrees);
    }

    /** Google, Cloudflare and Quad9 public resolvers, and the {@code gov.kz} tree. */
    public static ProtectedInfrastructure standard() {
        return of(List.of("8.8.8.8/32", "8.8.4.4/32", "1.1.1.1/32", "1.0.0.1/32", "9.9.9.9/32",
                        "149.112.112.112/32", "2001:4860:4860::8888/128", "2001:4860:4860::8844/128",
                        "2606:4700:4700::1111/128", "2606:4700:4700::1001/128", "2620:fe::fe/128", "2620:fe::9/128"),
                List.of("gov.kz"));
    }

    /** Whether {@code host} is one of the protected domains or under one. */
    public boolean protectsHost(String host) {
        return domainTrees.stream().anyMatch(tree -> host.equals(tree) || host.endsWith("." + tree));
    }

    /** Whether a protected domain lies under the tree rooted at {@code host}. */
    public boolean protectsBelow(String host) {
        return domainTrees.stream().anyMatch(tree -> tree.endsWith("." + host));
    }
}
