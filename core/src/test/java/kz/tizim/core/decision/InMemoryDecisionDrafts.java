package kz.tizim.core.decision;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kz.tizim.core.caseflow.CaseId;

/** {@link DecisionDrafts} in a map. */
public final class InMemoryDecisionDrafts implements DecisionDrafts {

    private final Map<CaseId, DecisionDraft> byCase = new HashMap<>();

    @Override
    public void save(DecisionDraft draft) {
        byCase.put(draft.caseId(), draft);
    }

    @Override
    public Optional<DecisionDraft> find(CaseId caseId) {
        return Optional.ofNullable(byCase.get(caseId));
    }
}
