package kz.tizim.core.decision;

import java.time.Instant;
import java.time.Period;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.legal.CatalogueVersion;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.Measure;
import kz.tizim.core.proportionality.ProportionalityReport;
import kz.tizim.match.locator.Locator;

/**
 * A reviewer's draft decision, awaiting another officer's approval.
 *
 * @param basis the one catalogue entry cited, with the catalogue version it was read from
 * @param scope the locator to restrict
 * @param facts the facts and circumstances found
 * @param reasoning why the content is unlawful on that basis and why the measure is proportionate
 * @param scopeJustification why a scope wider than the complained locators is needed; may be blank
 * @param term how long the restriction lasts once ordered
 * @param automatedDetection whether the content was found or identified by automated means
 * @param proportionality every policy's verdict at drafting time
 */
public record DecisionDraft(
        CaseId caseId,
        String drafter,
        LegalBasisId basis,
        CatalogueVersion catalogue,
        Measure measure,
        Locator scope,
        String facts,
        String reasoning,
        String scopeJustification,
        Period term,
        boolean automatedDetection,
        ProportionalityReport proportionality,
        Instant draftedAt) {
}
