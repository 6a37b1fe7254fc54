package kz.tizim.server.review;

import java.util.Optional;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.caseflow.RegisterLookup;
import kz.tizim.match.locator.Locator;
import kz.tizim.server.register.RestrictionLookup;
import org.springframework.stereotype.Component;

/**
 * Triage's view of the register ({@link RegisterLookup}), over the register module's compiled
 * matcher of current entries (clear and hashed). A URL is matched as a URL (so a restricted domain
 * tree or URL prefix above it counts); a domain, domain tree or IP as a bare host; a CIDR network by
 * its first address, so it counts as restricted only when an entry covers that address.
 */
@Component
class RegisterCoverage implements RegisterLookup {

    private final RestrictionLookup lookup;

    RegisterCoverage(RestrictionLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public Optional<DecisionNumber> restricting(Locator locator) {
        String query = switch (locator.kind()) {
            case URL, URL_PREFIX, DOMAIN, DOMAIN_TREE, IP -> locator.value();
            case CIDR -> locator.value().substring(0, locator.value().indexOf('/'));
        };
        return lookup.find(query).map(change -> new DecisionNumber(change.entry().decision().value()));
    }
}
