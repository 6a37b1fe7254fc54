package kz.tizim.core.proportionality;

import java.util.List;

/**
 * The proportionality rules, in the order reviewers read them. Every proposal is judged by all of
 * them, so the reviewer sees every objection at once.
 */
public final class ProportionalityPolicies {

    private final List<ProportionalityPolicy> policies;

    public ProportionalityPolicies(List<ProportionalityPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    /** The standard list. There is deliberately no allowlist by popularity: the law applies to all sites alike. */
    public static ProportionalityPolicies standard(HostingFacts hosting, ProtectedInfrastructure infrastructure) {
        return new ProportionalityPolicies(List.of(
                new NoPublicSuffixPolicy(),
                new NoPlatformWideScopePolicy(),
                new NarrowestScopePolicy(),
                new CollateralPolicy(hosting),
                new ProtectedInfrastructurePolicy(infrastructure)));
    }

    public List<ProportionalityPolicy> policies() {
        return policies;
    }

    public ProportionalityReport assess(ProposedScope proposal) {
        return new ProportionalityReport(policies.stream()
                .map(policy -> new Assessment(policy.name(), policy.assess(proposal)))
                .toList());
    }
}
