package kz.tizim.core.proportionality;

import kz.tizim.core.scope.Scopes;
import kz.tizim.match.locator.Locator;

/**
 * Prefer the narrowest scope that covers the complained content: the complained locator itself. A
 * scope that covers none of the complained locators is refused; a wider one (a prefix, the domain,
 * the address) needs a written justification.
 *
 * <p>An address scope cannot be shown to cover a named locator without DNS, so it always counts as
 * wider here; {@link CollateralPolicy} checks that the address serves the site.
 */
public final class NarrowestScopePolicy implements ProportionalityPolicy {

    @Override
    public Verdict assess(ProposedScope proposal) {
        Locator scope = proposal.scope();
        if (proposal.complained().contains(scope)) {
            return Verdict.PASS;
        }
        boolean coversAny = Scopes.isAddressScope(scope)
                || proposal.complained().stream().anyMatch(target -> Scopes.covers(scope, target));
        if (!coversAny) {
            return new Verdict.Rejection(Objection.of(Objection.Code.COVERS_NONE, scope));
        }
        if (proposal.justification().isBlank()) {
            return new Verdict.Rejection(Objection.of(Objection.Code.WIDER_WITHOUT_JUSTIFICATION, scope));
        }
        return Verdict.PASS;
    }
}
