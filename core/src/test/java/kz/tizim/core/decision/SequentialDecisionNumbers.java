package kz.tizim.core.decision;

import java.util.HashMap;
import java.util.Map;
import kz.tizim.core.caseflow.DecisionNumber;

/** {@link DecisionNumbers} counting per year from 1, as the database sequence per year does. */
public final class SequentialDecisionNumbers implements DecisionNumbers {

    private final Map<Integer, Integer> last = new HashMap<>();

    @Override
    public DecisionNumber next(int year) {
        return DecisionNumber.of(year, last.merge(year, 1, Integer::sum));
    }
}
