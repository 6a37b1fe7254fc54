package kz.tizim.core.crossborder;

import java.time.Instant;
import java.util.List;
import kz.tizim.core.caseflow.CaseId;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.caseflow.SiteKey;
import kz.tizim.core.legal.DualCriminalityVerdict;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.core.legal.Urgency;
import org.jspecify.annotations.Nullable;

/**
 * One site in a request: the Kazakh decision behind it, the facts (locators, evidence) and the
 * dual-criminality verdict for the host state, and what the re-check after the answer found.
 *
 * @param basisCitation the Kazakh provision as the decision cited it ("Criminal Code art. 256")
 * @param locators canonical locators in list form ({@code url http://…}, {@code domain-tree …})
 * @param foreignProvisions the host state's provisions that carry the verdict, as citations
 * @param explanation the verdict in English, for the letter (it carries the review caveat)
 * @param parts the verdict's parts, from which letters in other languages are worded; null for sites
 *     drafted before they were kept, whose letters quote the English
 */
public record RequestSite(
        CaseId caseId,
        DecisionNumber decision,
        SiteKey site,
        OffenceCategory category,
        Urgency urgency,
        String basis,
        String basisCitation,
        List<String> locators,
        List<EvidenceRef> evidence,
        DualCriminalityVerdict.Outcome verdict,
        List<String> foreignProvisions,
        String explanation,
        @Nullable VerdictParts parts,
        SiteOutcome outcome,
        @Nullable Instant outcomeAt) {

    public RequestSite {
        locators = List.copyOf(locators);
        evidence = List.copyOf(evidence);
        foreignProvisions = List.copyOf(foreignProvisions);
    }

    /** Builds the site's entry from a verdict; the outcome starts PENDING. */
    public static RequestSite of(CaseId caseId, DecisionNumber decision, SiteKey site, Urgency urgency,
            List<String> locators, List<EvidenceRef> evidence, DualCriminalityVerdict verdict) {
        return new RequestSite(caseId, decision, site, verdict.basis().category(), urgency,
                verdict.basis().id().value(), verdict.basis().citation(), locators, evidence, verdict.outcome(),
                verdict.decisive().stream().map(f -> f.provision().citation()).toList(), verdict.explanation(),
                VerdictParts.of(verdict), SiteOutcome.PENDING, null);
    }

    public RequestSite withOutcome(SiteOutcome newOutcome, Instant at) {
        return new RequestSite(caseId, decision, site, category, urgency, basis, basisCitation, locators, evidence,
                verdict, foreignProvisions, explanation, parts, newOutcome, at);
    }

    public boolean dualCriminalityFails() {
        return verdict == DualCriminalityVerdict.Outcome.NOT_SATISFIED;
    }
}
