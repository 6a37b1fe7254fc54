package kz.tizim.core.decision;

import java.util.Optional;
import kz.tizim.core.caseflow.CaseId;

/** Draft decisions (port): the latest draft per case; a new draft replaces the earlier one. */
public interface DecisionDrafts {

    void save(DecisionDraft draft);

    Optional<DecisionDraft> find(CaseId caseId);
}
