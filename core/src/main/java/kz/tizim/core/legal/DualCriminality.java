package kz.tizim.core.legal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Assesses dual criminality: is the conduct behind a Kazakh basis also a crime in the host
 * jurisdiction? A pure function of the catalogue, the basis, the host and the known facts.
 *
 * <p>The rules, in the order they apply:
 * <ol>
 *   <li>a host missing from the catalogue, a category with no provision there, or a basis that is
 *       not a criminal offence gives UNCERTAIN;</li>
 *   <li>any provision that makes the conduct an offence (OFFENCE, or NARROWER with every required
 *       fact established) gives SATISFIED;</li>
 *   <li>otherwise any undecided provision (UNCLEAR, NOT_COVERED, NARROWER with unknown or
 *       unmodelled conditions) gives UNCERTAIN: a missing fact is not proof of its absence;</li>
 *   <li>otherwise every provision is a gap or has a ruled-out condition: NOT_SATISFIED.</li>
 * </ol>
 */
public final class DualCriminality {

    private final LegalCatalogue catalogue;

    public DualCriminality(LegalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public DualCriminalityVerdict assess(LegalBasis basis, JurisdictionCode host, CaseFacts facts) {
        var version = catalogue.version();
        String hostName = catalogue.jurisdiction(host).map(Jurisdiction::name).orElse(host.value());
        if (catalogue.jurisdiction(host).isEmpty()) {
            return uncertain(basis, host, hostName, facts, DualCriminalityVerdict.Cause.NO_CATALOGUE_DATA, List.of());
        }
        if (basis.kind() != BasisKind.CRIMINAL_OFFENCE) {
            return uncertain(basis, host, hostName, facts, DualCriminalityVerdict.Cause.BASIS_NOT_CRIMINAL, List.of());
        }
        List<ForeignProvision> provisions = catalogue.provisionsConcerning(basis, host);
        if (provisions.isEmpty()) {
            return uncertain(basis, host, hostName, facts, DualCriminalityVerdict.Cause.NO_PROVISION, List.of());
        }
        var findings = new ArrayList<Finding>();
        for (ForeignProvision provision : provisions) {
            findings.add(weigh(provision, facts));
        }
        if (any(findings, Bearing.SUPPORTS)) {
            return new DualCriminalityVerdict.Satisfied(version, basis, host, hostName, facts, findings);
        }
        if (any(findings, Bearing.UNDECIDED)) {
            return uncertain(basis, host, hostName, facts, DualCriminalityVerdict.Cause.UNDECIDED_PROVISIONS, findings);
        }
        return new DualCriminalityVerdict.NotSatisfied(version, basis, host, hostName, facts, findings);
    }

    /** The bearing of one provision: the per-provision policy the verdict is built from. */
    static Finding weigh(ForeignProvision provision, CaseFacts facts) {
        Map<Fact, CaseFacts.State> conditions = new EnumMap<>(Fact.class);
        provision.requires().forEach(fact -> conditions.put(fact, facts.state(fact)));
        Bearing bearing = switch (provision.coverage()) {
            case OFFENCE -> Bearing.SUPPORTS;
            case NARROWER -> narrower(conditions);
            case ADMIN_ONLY, CIVIL_ONLY, PROTECTED_SPEECH, NOT_AN_OFFENCE -> Bearing.DEFEATS;
            case NOT_COVERED, UNCLEAR -> Bearing.UNDECIDED;
        };
        return new Finding(provision, bearing, conditions);
    }

    private static Bearing narrower(Map<Fact, CaseFacts.State> conditions) {
        if (conditions.isEmpty()) {
            return Bearing.UNDECIDED; // conditions described in prose only: a lawyer must weigh them
        }
        if (conditions.containsValue(CaseFacts.State.RULED_OUT)) {
            return Bearing.DEFEATS;
        }
        if (conditions.containsValue(CaseFacts.State.UNKNOWN)) {
            return Bearing.UNDECIDED;
        }
        return Bearing.SUPPORTS;
    }

    private static boolean any(List<Finding> findings, Bearing bearing) {
        return findings.stream().anyMatch(finding -> finding.bearing() == bearing);
    }

    private DualCriminalityVerdict uncertain(LegalBasis basis, JurisdictionCode host, String hostName,
            CaseFacts facts, DualCriminalityVerdict.Cause cause, List<Finding> findings) {
        return new DualCriminalityVerdict.Uncertain(catalogue.version(), basis, host, hostName, facts, cause, findings);
    }
}
