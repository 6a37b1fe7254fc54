package kz.tizim.server.transparency;

import java.time.Instant;
import java.util.List;
import kz.tizim.core.complaint.ComplainantKind;
import kz.tizim.core.legal.Measure;
import kz.tizim.core.legal.OffenceCategory;
import org.jspecify.annotations.Nullable;

/**
 * A decision as the public sees it: the statement of reasons with personal data of private
 * complainants and owners, evidence, and the locators of hidden categories taken out.
 *
 * @param scope       the restricted locator, or null when its category is never shown (CSAM, personal data)
 * @param basisReview the catalogue review status of the legal ground ({@code VERIFIED}, {@code TO_VERIFY}),
 *                    or null when the basis is not in the catalogue in force
 */
record PublicDecision(String number, long caseNumber, OffenceCategory category, Measure measure, @Nullable String scope,
        String territorialScope, long durationMonths, String facts, List<ComplainantKind> notifiedBy,
        boolean automatedDetection, boolean automatedDecision, String legalGround, String citation,
        String catalogue, @Nullable String basisReview, String explanation, Instant approvedAt) {
}
