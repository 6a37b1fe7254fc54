package kz.tizim.core.decision;

import java.time.Period;
import kz.tizim.core.account.Actor;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.Measure;
import kz.tizim.match.locator.Locator;
import org.jspecify.annotations.Nullable;

/**
 * Draft the decision for a case.
 *
 * @param term null for the standard term
 * @param scopeJustification blank unless the scope is wider than the complained locators
 */
public record DraftDecisionCommand(
        Actor actor,
        CaseId caseId,
        LegalBasisId basis,
        Measure measure,
        Locator scope,
        String facts,
        String reasoning,
        String scopeJustification,
        @Nullable Period term,
        boolean automatedDetection) {
}
