package kz.tizim.core.proportionality;

import kz.tizim.core.scope.IpRange;
import kz.tizim.core.scope.Scopes;
import kz.tizim.match.locator.LocatorKind;

/**
 * Protected infrastructure is never restricted wholesale: no IP or CIDR scope may touch a protected
 * range, and no domain or domain-tree scope may reach a protected government host (a single URL
 * on it remains possible, like anywhere else).
 */
public final class ProtectedInfrastructurePolicy implements ProportionalityPolicy {

    private final ProtectedInfrastructure infrastructure;

    public ProtectedInfrastructurePolicy(ProtectedInfrastructure infrastructure) {
        this.infrastructure = infrastructure;
    }

    @Override
    public Verdict assess(ProposedScope proposal) {
        var scope = proposal.scope();
        if (Scopes.isAddressScope(scope)) {
            IpRange range = IpRange.parse(scope.value());
            for (IpRange protectedRange : infrastructure.ranges()) {
                if (range.overlaps(protectedRange)) {
                    return new Verdict.Rejection(Objection.of(Objection.Code.PROTECTED_RANGE, scope.value(),
                            protectedRange.text()));
                }
            }
            return Verdict.PASS;
        }
        if (scope.kind() == LocatorKind.DOMAIN || scope.kind() == LocatorKind.DOMAIN_TREE) {
            String host = scope.value();
            boolean reaches = infrastructure.protectsHost(host)
                    || scope.kind() == LocatorKind.DOMAIN_TREE && infrastructure.protectsBelow(host);
            if (reaches) {
                return new Verdict.Rejection(Objection.of(Objection.Code.PROTECTED_HOST, host));
            }
        }
        return Verdict.PASS;
    }
}
