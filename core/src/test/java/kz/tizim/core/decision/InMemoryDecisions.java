package kz.tizim.core.decision;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.DecisionNumber;

/** {@link Decisions} in a map; like the real store it refuses to change anything but the renewals. */
public final class InMemoryDecisions implements Decisions {

    private final Map<DecisionNumber, Decision> byNumber = new LinkedHashMap<>();

    @Override
    public void save(Decision decision) {
        Decision stored = byNumber.get(decision.number());
        if (stored != null && !(stored.draft().equals(decision.draft())
                && decision.renewals().subList(0, stored.renewals().size()).equals(stored.renewals()))) {
            throw new IllegalStateException("decision " + decision.number() + " is append-only");
        }
        byNumber.put(decision.number(), decision);
    }

    @Override
    public Optional<Decision> find(DecisionNumber number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    @Override
    public Optional<Decision> findByCase(CaseId caseId) {
        return byNumber.values().stream().filter(d -> d.draft().caseId().equals(caseId)).findFirst();
    }
}
