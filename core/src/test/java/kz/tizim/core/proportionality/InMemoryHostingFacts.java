package kz.tizim.core.proportionality;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kz.tizim.match.locator.Locator;

/** {@link HostingFacts} the test states: per address scope, the site it serves and what else it serves. */
public final class InMemoryHostingFacts implements HostingFacts {

    private record Known(String site, int otherDomains, boolean cdn) {
    }

    private final Map<Locator, Known> facts = new HashMap<>();

    /** States that {@code scope} serves {@code site} and {@code otherDomains} unrelated domains. */
    public InMemoryHostingFacts serves(Locator scope, String site, int otherDomains, boolean cdn) {
        facts.put(scope, new Known(site, otherDomains, cdn));
        return this;
    }

    @Override
    public Optional<HostingFact> about(Locator addressScope, String siteKey) {
        return Optional.ofNullable(facts.get(addressScope))
                .map(k -> new HostingFact(k.site().equals(siteKey), k.otherDomains(), k.cdn()));
    }
}
