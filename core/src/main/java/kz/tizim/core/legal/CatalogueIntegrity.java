package kz.tizim.core.legal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules every catalogue obeys, whether parsed from the bundled file or built from rows the
 * legal officers edited: unique ids, one procedure per category, no provision for an undeclared
 * jurisdiction. Per-entry rules (a citation, a review status) are enforced by the records.
 */
final class CatalogueIntegrity {

    private CatalogueIntegrity() {
    }

    static List<IntegrityProblem> problems(
            Collection<CategoryProcedure> categories,
            Collection<Jurisdiction> jurisdictions,
            Collection<LegalBasis> bases,
            Collection<ForeignProvision> provisions) {
        var problems = new ArrayList<IntegrityProblem>();
        var procedures = EnumSet.noneOf(OffenceCategory.class);
        for (CategoryProcedure procedure : categories) {
            if (!procedures.add(procedure.category())) {
                problems.add(new IntegrityProblem("category " + procedure.category(), "category defined twice"));
            }
        }
        for (OffenceCategory missing : EnumSet.complementOf(procedures)) {
            problems.add(new IntegrityProblem(IntegrityProblem.WHOLE_CATALOGUE,
                    "no procedure for category " + missing));
        }
        Set<JurisdictionCode> declared = new HashSet<>();
        for (Jurisdiction jurisdiction : jurisdictions) {
            if (!declared.add(jurisdiction.code())) {
                problems.add(new IntegrityProblem("jurisdiction " + jurisdiction.code(), "jurisdiction defined twice"));
            }
        }
        Set<LegalBasisId> basisIds = new HashSet<>();
        for (LegalBasis basis : bases) {
            if (!basisIds.add(basis.id())) {
                problems.add(new IntegrityProblem("basis " + basis.id(), "basis id used twice"));
            }
        }
        Set<ProvisionId> provisionIds = new HashSet<>();
        for (ForeignProvision provision : provisions) {
            String anchor = "provision " + provision.id();
            if (!provisionIds.add(provision.id())) {
                problems.add(new IntegrityProblem(anchor, "provision id used twice"));
            }
            if (!declared.contains(provision.jurisdiction())) {
                problems.add(new IntegrityProblem(anchor,
                        "jurisdiction " + provision.jurisdiction() + " is not declared in a [jurisdiction] section"));
            }
        }
        return problems;
    }
}
