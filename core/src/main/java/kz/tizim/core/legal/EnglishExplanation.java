package kz.tizim.core.legal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a verdict as English prose for a request letter. Kazakh and Russian are rendered by the
 * server from the verdict's structured fields, never translated from this text.
 */
final class EnglishExplanation {

    private EnglishExplanation() {
    }

    static String of(DualCriminalityVerdict verdict) {
        var text = new StringBuilder();
        LegalBasis basis = verdict.basis();
        String kazakhOffence = basis.citation() + " (" + basis.id() + ")";
        String host = verdict.hostName() + " (" + verdict.host() + ")";
        switch (verdict.outcome()) {
            case SATISFIED -> {
                text.append("Dual criminality appears satisfied. The conduct is an offence in Kazakhstan under ")
                        .append(kazakhOffence).append("; it corresponds in ").append(host).append(" to:");
                listFindings(text, verdict.decisive());
            }
            case NOT_SATISFIED -> {
                text.append("Dual criminality is not satisfied. The conduct is an offence in Kazakhstan under ")
                        .append(kazakhOffence).append("; it has no criminal counterpart in ").append(host).append(':');
                listFindings(text, verdict.decisive());
            }
            case UNCERTAIN -> uncertain(text, (DualCriminalityVerdict.Uncertain) verdict, kazakhOffence, host);
        }
        if (!verdict.reliesOnVerifiedEntriesOnly()) {
            text.append("\nCaveat: the catalogue entries cited here are marked TO_VERIFY; a lawyer must check them"
                    + " before this assessment is relied on or sent.");
        }
        text.append("\nLegal catalogue ").append(verdict.catalogueVersion().label()).append('.');
        return text.toString();
    }

    private static void uncertain(StringBuilder text, DualCriminalityVerdict.Uncertain verdict, String kazakhOffence,
            String host) {
        switch (verdict.cause()) {
            case NO_CATALOGUE_DATA -> text.append("Dual criminality cannot be assessed: no catalogue data for ")
                    .append(verdict.host()).append('.');
            case BASIS_NOT_CRIMINAL -> text.append("Dual criminality cannot be assessed: ").append(kazakhOffence)
                    .append(" is ").append(kindPhrase(verdict.basis().kind()))
                    .append(", not a criminal offence. Cite the criminal offence the conduct falls under,"
                            + " or rely on the host state's own law.");
            case NO_PROVISION -> text.append("Dual criminality cannot be assessed: the catalogue records no provision of ")
                    .append(host).append(" on ").append(categoryPhrase(verdict.basis())).append('.');
            case UNDECIDED_PROVISIONS -> {
                text.append("Dual criminality is uncertain. The conduct is an offence in Kazakhstan under ")
                        .append(kazakhOffence).append("; in ").append(host).append(" it depends on:");
                listFindings(text, verdict.decisive());
                List<Finding> gaps = verdict.findings().stream()
                        .filter(finding -> finding.bearing() == Bearing.DEFEATS).toList();
                if (!gaps.isEmpty()) {
                    text.append("\nOtherwise the conduct is not a crime there:");
                    listFindings(text, gaps);
                }
            }
        }
    }

    private static void listFindings(StringBuilder text, List<Finding> findings) {
        for (Finding finding : findings) {
            ForeignProvision provision = finding.provision();
            text.append("\n- ").append(provision.citation()).append(" (").append(coveragePhrase(provision.coverage()))
                    .append("): ").append(sentence(provision.summary()));
            conditions(text, finding);
        }
    }

    private static void conditions(StringBuilder text, Finding finding) {
        Map<Fact, CaseFacts.State> conditions = finding.conditions();
        if (finding.provision().coverage() == Coverage.NARROWER && conditions.isEmpty()) {
            text.append(" Its conditions are not modelled in the catalogue; a lawyer must weigh them.");
        }
        for (Fact fact : Fact.values()) { // declaration order keeps the letter text stable
            CaseFacts.State state = conditions.get(fact);
            if (state == null) {
                continue;
            }
            switch (state) {
                case ESTABLISHED -> text.append(" It applies because ").append(fact.english()).append('.');
                case RULED_OUT -> text.append(" It requires that ").append(fact.english())
                        .append(", which the facts of this case rule out.");
                case UNKNOWN -> text.append(" It applies only if ").append(fact.english())
                        .append("; this must be established.");
            }
        }
    }

    private static String sentence(String summary) {
        return summary.endsWith(".") ? summary : summary + ".";
    }

    private static String coveragePhrase(Coverage coverage) {
        return switch (coverage) {
            case OFFENCE -> "offence";
            case NARROWER -> "offence only under conditions";
            case ADMIN_ONLY -> "administrative liability only";
            case CIVIL_ONLY -> "civil remedies only";
            case PROTECTED_SPEECH -> "protected speech";
            case NOT_AN_OFFENCE -> "not an offence";
            case NOT_COVERED -> "left to national law";
            case UNCLEAR -> "unclear";
        };
    }

    private static String kindPhrase(BasisKind kind) {
        return switch (kind) {
            case CRIMINAL_OFFENCE -> "a criminal offence";
            case ADMINISTRATIVE_OFFENCE -> "an administrative offence";
            case CIVIL_WRONG -> "a civil-law basis";
            case REGULATORY -> "a regulatory provision";
        };
    }

    private static String categoryPhrase(LegalBasis basis) {
        String category = basis.category().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return basis.subtype().isEmpty() ? category : category + " (" + basis.subtype() + ")";
    }
}
