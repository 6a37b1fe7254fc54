package kz.tizim.core.proportionality;

import kz.tizim.core.scope.Scopes;
import kz.tizim.match.locator.Site;

/**
 * Never restrict a whole platform whose users are separate owners: a suffix in the Public Suffix
 * List's private section ({@code github.io}, {@code blogspot.com}) by domain, domain tree or a
 * root URL prefix. {@code user.github.io} may be restricted; {@code github.io} never.
 */
public final class NoPlatformWideScopePolicy implements ProportionalityPolicy {

    @Override
    public Verdict assess(ProposedScope proposal) {
        if (!NoPublicSuffixPolicy.WholeHost.reaches(proposal.scope())) {
            return Verdict.PASS;
        }
        Site site = Scopes.site(proposal.scope()).orElse(null);
        if (site == null || !site.isPublicSuffix() || !site.privateSuffix()) {
            return Verdict.PASS;
        }
        return new Verdict.Rejection(Objection.of(Objection.Code.PLATFORM_WIDE, site.host()));
    }
}
