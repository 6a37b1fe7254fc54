package kz.tizim.core.decision;

import java.util.Optional;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.DecisionNumber;

/** Approved decisions (port). Saving again only appends renewals. */
public interface Decisions {

    void save(Decision decision);

    Optional<Decision> find(DecisionNumber number);

    Optional<Decision> findByCase(CaseId caseId);
}
