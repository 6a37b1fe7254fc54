package kz.tizim.core.proportionality;

import java.util.List;
import kz.tizim.match.locator.Locator;

/**
 * What a reviewer proposes to restrict, with what it is measured against.
 *
 * @param scope the locator the decision will restrict
 * @param complained the canonical locators the complaints named (the case's locators)
 * @param siteKey the case's site (registrable domain, or address for IP sites)
 * @param justification the reviewer's written reason for a scope wider than the complained
 *     locators; may be blank
 */
public record ProposedScope(Locator scope, List<Locator> complained, String siteKey, String justification) {

    public ProposedScope {
        complained = List.copyOf(complained);
        if (complained.isEmpty()) {
            throw new IllegalArgumentException("a scope is measured against at least one complained locator");
        }
    }
}
