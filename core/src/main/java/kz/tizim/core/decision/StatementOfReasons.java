package kz.tizim.core.decision;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import kz.tizim.core.caseflow.DecisionNumber;
import kz.tizim.core.complaint.ComplainantKind;
import kz.tizim.core.legal.CatalogueVersion;
import kz.tizim.core.legal.LegalBasisId;
import kz.tizim.core.legal.Measure;
import kz.tizim.core.legal.OffenceCategory;
import kz.tizim.match.locator.Locator;

/**
 * The statement of reasons sent to the owner and kept with the decision, with the fields the EU
 * Digital Services Act art. 17(3) requires of a statement of reasons (used here as the standard of
 * a clear and specific reasoned decision):
 *
 * <ul>
 *   <li>(a) the restriction imposed ({@link #measure}, {@link #scope}), its {@link #territorialScope}
 *       and {@link #duration};
 *   <li>(b) the {@link #facts} and circumstances relied on, including that the decision followed
 *       complaints ({@link #notifiedBy}, by kind, not identity);
 *   <li>(c) the use of automated means: in detection ({@link #automatedDetection}) and in the
 *       decision ({@link #automatedDecision}, always false: two officers decide);
 *   <li>(d) the legal ground ({@link #legalGround}, {@link #citation}, {@link #catalogue}) and why
 *       the content is unlawful on that ground ({@link #explanation});
 *   <li>(f) the possibilities for {@link #redress}.
 * </ul>
 *
 * Point (e), incompatibility with terms and conditions, does not apply to a public authority.
 */
public record StatementOfReasons(
        DecisionNumber decision,
        OffenceCategory category,
        Measure measure,
        Locator scope,
        String territorialScope,
        Period duration,
        String facts,
        List<ComplainantKind> notifiedBy,
        boolean automatedDetection,
        boolean automatedDecision,
        LegalBasisId legalGround,
        String citation,
        CatalogueVersion catalogue,
        String explanation,
        String redress,
        Instant decidedAt) {

    /** Access is restricted from Kazakh networks only. */
    public static final String KAZAKHSTAN = "Republic of Kazakhstan (access from networks in Kazakhstan)";

    public StatementOfReasons {
        notifiedBy = List.copyOf(notifiedBy);
    }
}
