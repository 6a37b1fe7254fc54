package kz.tizim.core.legal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of the legal catalogue. Immutable: an edit approved by legal officers makes a new
 * version, and decisions keep citing the version they were made under.
 *
 * <p>Built either from the bundled file ({@link LegalCatalogueFile}) or from rows the server keeps
 * in its database ({@link #of}); both go through the same integrity rules.
 */
public final class LegalCatalogue {

    private final CatalogueVersion version;
    private final Map<OffenceCategory, CategoryProcedure> procedures;
    private final List<Jurisdiction> jurisdictions;
    private final List<LegalBasis> bases;
    private final List<ForeignProvision> provisions;

    private LegalCatalogue(CatalogueVersion version, Map<OffenceCategory, CategoryProcedure> procedures,
            List<Jurisdiction> jurisdictions, List<LegalBasis> bases, List<ForeignProvision> provisions) {
        this.version = version;
        this.procedures = procedures;
        this.jurisdictions = jurisdictions;
        this.bases = bases;
        this.provisions = provisions;
    }

    /**
     * Builds a catalogue from rows, keeping their order (it is the order of the matrix columns).
     *
     * @throws IllegalArgumentException listing every integrity problem, if any
     */
    public static LegalCatalogue of(
            CatalogueVersion version,
            Collection<CategoryProcedure> categories,
            Collection<Jurisdiction> jurisdictions,
            Collection<LegalBasis> bases,
            Collection<ForeignProvision> provisions) {
        List<IntegrityProblem> problems = CatalogueIntegrity.problems(categories, jurisdictions, bases, provisions);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("inconsistent legal catalogue: " + problems);
        }
        var byCategory = new EnumMap<OffenceCategory, CategoryProcedure>(OffenceCategory.class);
        categories.forEach(procedure -> byCategory.put(procedure.category(), procedure));
        return new LegalCatalogue(version, byCategory, List.copyOf(jurisdictions), List.copyOf(bases),
                List.copyOf(provisions));
    }

    public CatalogueVersion version() {
        return version;
    }

    public CategoryProcedure procedure(OffenceCategory category) {
        return procedures.get(category);
    }

    public List<CategoryProcedure> procedures() {
        return List.copyOf(procedures.values());
    }

    public List<Jurisdiction> jurisdictions() {
        return jurisdictions;
    }

    public Optional<Jurisdiction> jurisdiction(JurisdictionCode code) {
        return jurisdictions.stream().filter(j -> j.code().equals(code)).findFirst();
    }

    public List<LegalBasis> bases() {
        return bases;
    }

    public Optional<LegalBasis> basis(LegalBasisId id) {
        return bases.stream().filter(basis -> basis.id().equals(id)).findFirst();
    }

    public List<LegalBasis> basesIn(OffenceCategory category) {
        return bases.stream().filter(basis -> basis.category() == category).toList();
    }

    public List<ForeignProvision> provisions() {
        return provisions;
    }

    /** The provisions of one jurisdiction for one category, in file order. */
    public List<ForeignProvision> provisions(JurisdictionCode jurisdiction, OffenceCategory category) {
        return provisions.stream()
                .filter(p -> p.jurisdiction().equals(jurisdiction) && p.category() == category)
                .toList();
    }

    /** The foreign provisions an assessment of {@code basis} in {@code jurisdiction} compares with. */
    public List<ForeignProvision> provisionsConcerning(LegalBasis basis, JurisdictionCode jurisdiction) {
        return provisions.stream()
                .filter(p -> p.jurisdiction().equals(jurisdiction) && p.concerns(basis))
                .toList();
    }

    @Override
    public String toString() {
        return "LegalCatalogue " + version.label() + ": " + bases.size() + " bases, " + provisions.size()
                + " foreign provisions in " + jurisdictions.size() + " jurisdictions";
    }
}
