package kz.tizim.core.decision;

import kz.tizim.core.caseflow.DecisionNumber;

/** Allocates decision numbers (port): one gapless serial per year, taken only for approved decisions. */
public interface DecisionNumbers {

    DecisionNumber next(int year);
}
