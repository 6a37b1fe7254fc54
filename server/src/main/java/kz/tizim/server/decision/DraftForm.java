package kz.tizim.server.decision;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kz.tizim.core.account.Actor;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.decision.DraftDecisionCommand;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.Measure;
import kz.tizim.match.locator.Locator;
import org.jspecify.annotations.Nullable;

/**
 * A draft decision as the editor or the API sends it.
 *
 * @param scope a canonical locator, {@code <kind> <value>}
 * @param termMonths blank or 0 for the standard term
 */
record DraftForm(@Nullable String basis, @Nullable String measure, @Nullable String scope, @Nullable String facts,
        @Nullable String reasoning, @Nullable String scopeJustification, @Nullable Integer termMonths,
        @Nullable Boolean automatedDetection) {

    /** The command, or the offending fields. */
    record Reading(@Nullable DraftDecisionCommand command, Map<String, String> errors) {
    }

    Reading read(Actor actor, CaseId caseId) {
        Map<String, String> errors = new LinkedHashMap<>();
        LegalBasisId basisId = null;
        try {
            basisId = new LegalBasisId(String.valueOf(basis).strip());
        } catch (IllegalArgumentException e) {
            errors.put("basis", "choose a legal basis from the catalogue");
        }
        Measure chosen = null;
        try {
            chosen = Measure.valueOf(String.valueOf(measure).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put("measure", "choose a measure the basis allows");
        }
        Locator locator = null;
        try {
            locator = Locator.parse(String.valueOf(scope).strip());
        } catch (IllegalArgumentException e) {
            errors.put("scope", "a locator as <kind> <value>, e.g. url http://site.example/page: " + e.getMessage());
        }
        if (facts == null || facts.isBlank()) {
            errors.put("facts", "state the facts found");
        }
        if (reasoning == null || reasoning.isBlank()) {
            errors.put("reasoning", "state why the content is unlawful on this basis and why the measure is proportionate");
        }
        Period term = null;
        if (termMonths != null && termMonths != 0) {
            if (termMonths < 0 || termMonths > 12) {
                errors.put("termMonths", "between 1 and 12 months, or empty for the standard term");
            } else {
                term = Period.ofMonths(termMonths);
            }
        }
        if (!errors.isEmpty() || basisId == null || chosen == null || locator == null) {
            return new Reading(null, errors);
        }
        return new Reading(new DraftDecisionCommand(actor, caseId, basisId, chosen, locator, facts, reasoning,
                scopeJustification == null ? "" : scopeJustification, term,
                Boolean.TRUE.equals(automatedDetection)), errors);
    }
}
