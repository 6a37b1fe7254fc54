package kz.tizim.core.crossborder;

import java.util.List;
import java.util.Map;
import kz.tizim.core.legal.BasisKind;
import kz.tizim.core.legal.Bearing;
import kz.tizim.core.legal.CaseFacts;
import kz.tizim.core.legal.Coverage;
import kz.tizim.core.legal.DualCriminalityVerdict;
import kz.tizim.core.legal.Fact;
import kz.tizim.core.legal.Finding;
import org.jspecify.annotations.Nullable;

/**
 * A dual-criminality verdict in the parts a letter words it from in any language: the outcome, why
 * it could not decide, the provisions that carry it with their conditions, and whether every entry it
 * relies on was checked by a lawyer (if not, the letter carries the review caveat). The English text
 * ({@link RequestSite#explanation()}) stays the original; Kazakh and Russian letters are worded from
 * these parts and their own messages, never translated from the English.
 *
 * @param cause why an UNCERTAIN verdict could not decide; null otherwise
 * @param decisive the provisions that carry the verdict
 * @param gaps for an undecided verdict, the provisions under which the conduct is no crime otherwise
 * @param verified whether the basis and every decisive provision were checked by a lawyer
 */
public record VerdictParts(DualCriminalityVerdict.Outcome outcome, DualCriminalityVerdict.@Nullable Cause cause,
        BasisKind basisKind, List<Part> decisive, List<Part> gaps, boolean verified) {

    /** One provision as the letter cites it, with the facts it turns on and their state in this case. */
    public record Part(String citation, Coverage coverage, Map<Fact, CaseFacts.State> conditions) {

        public Part {
            conditions = Map.copyOf(conditions);
        }

        /** A NARROWER provision whose conditions the catalogue does not model: a lawyer must weigh them. */
        public boolean conditionsUnmodelled() {
            return coverage == Coverage.NARROWER && conditions.isEmpty();
        }
    }

    public VerdictParts {
        decisive = List.copyOf(decisive);
        gaps = List.copyOf(gaps);
    }

    public static VerdictParts of(DualCriminalityVerdict verdict) {
        DualCriminalityVerdict.Cause cause = verdict instanceof DualCriminalityVerdict.Uncertain u ? u.cause() : null;
        List<Part> gaps = cause == DualCriminalityVerdict.Cause.UNDECIDED_PROVISIONS
                ? parts(verdict.findings().stream().filter(f -> f.bearing() == Bearing.DEFEATS).toList())
                : List.of();
        return new VerdictParts(verdict.outcome(), cause, verdict.basis().kind(), parts(verdict.decisive()), gaps,
                verdict.reliesOnVerifiedEntriesOnly());
    }

    private static List<Part> parts(List<Finding> findings) {
        return findings.stream().map(f -> new Part(f.provision().citation(), f.provision().coverage(), f.conditions()))
                .toList();
    }
}
