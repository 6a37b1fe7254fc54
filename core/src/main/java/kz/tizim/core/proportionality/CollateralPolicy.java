package kz.tizim.core.proportionality;

import kz.tizim.core.account.Role;
import kz.tizim.core.scope.IpRange;
import kz.tizim.core.scope.Scopes;

/**
 * Restricting by address must not cut off unrelated sites. An IP or CIDR scope is refused when the
 * hosting facts are unknown, when the addresses belong to a CDN, serve other registrable domains,
 * or do not serve the site at all. IPv4 networks wider than /24 and IPv6 networks wider than /48
 * need an administrator's approval.
 */
public final class CollateralPolicy implements ProportionalityPolicy {

    /** Widest IPv4 network a legal officer may approve alone. */
    public static final int IPV4_WIDEST = 24;
    /** Widest IPv6 network a legal officer may approve alone. */
    public static final int IPV6_WIDEST = 48;

    private final HostingFacts hosting;

    public CollateralPolicy(HostingFacts hosting) {
        this.hosting = hosting;
    }

    @Override
    public Verdict assess(ProposedScope proposal) {
        if (!Scopes.isAddressScope(proposal.scope())) {
            return Verdict.PASS;
        }
        String scope = proposal.scope().value();
        HostingFact fact = hosting.about(proposal.scope(), proposal.siteKey()).orElse(null);
        if (fact == null) {
            return new Verdict.Rejection(Objection.of(Objection.Code.HOSTING_UNKNOWN, scope));
        }
        if (fact.cdn()) {
            return new Verdict.Rejection(Objection.of(Objection.Code.CDN, scope));
        }
        if (fact.otherRegistrableDomains() > 0) {
            return new Verdict.Rejection(Objection.of(Objection.Code.CO_HOSTED, scope, fact.otherRegistrableDomains()));
        }
        if (!fact.servesSite()) {
            return new Verdict.Rejection(Objection.of(Objection.Code.NOT_SERVING_SITE, scope, proposal.siteKey()));
        }
        IpRange range = IpRange.parse(scope);
        int widest = range.ipv6() ? IPV6_WIDEST : IPV4_WIDEST;
        if (range.prefixLength() < widest) {
            return new Verdict.Escalation(Objection.of(Objection.Code.WIDER_THAN_PREFIX, scope, widest), Role.ADMIN);
        }
        return Verdict.PASS;
    }
}
