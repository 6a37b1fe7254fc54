package kz.tizim.core.caseflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.scope.Scopes;
import kz.tizim.match.locator.Locator;

/**
 * The register as the server keeps it, fed by case events: a restriction is listed when ordered and
 * dropped when lifted or expired.
 */
public final class InMemoryRegisterLookup implements RegisterLookup {

    private final List<Restriction> inForce = new ArrayList<>();

    @Override
    public Optional<DecisionNumber> restricting(Locator locator) {
        return inForce.stream()
                .filter(restriction -> Scopes.covers(restriction.scope(), locator))
                .map(Restriction::decision)
                .findFirst();
    }

    public void list(Restriction restriction) {
        inForce.add(restriction);
    }

    public void apply(CaseEvent event) {
        if (event instanceof CaseEvent.RestrictionOrdered ordered) {
            inForce.add(ordered.restriction());
        } else if (event instanceof CaseEvent.RestrictionLifted lifted) {
            inForce.removeIf(r -> r.decision().equals(lifted.decision()));
        } else if (event instanceof CaseEvent.RestrictionExpired expired) {
            inForce.removeIf(r -> r.decision().equals(expired.decision()));
        }
    }

    public List<Restriction> inForce() {
        return List.copyOf(inForce);
    }
}
