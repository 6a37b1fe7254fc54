package kz.tizim.core.legal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A small catalogue built from rows, as the server will build one from its tables. */
final class CatalogueFixture {

    static final CatalogueVersion VERSION = new CatalogueVersion(7, "a".repeat(64));

    private CatalogueFixture() {
    }

    static LegalCatalogue catalogue(ReviewStatus status) {
        return LegalCatalogue.of(VERSION, procedures(), List.of(germany()), List.of(basis(status)),
                List.of(provision(status)));
    }

    static List<CategoryProcedure> procedures() {
        var procedures = new ArrayList<CategoryProcedure>();
        for (OffenceCategory category : OffenceCategory.values()) {
            procedures.add(new CategoryProcedure(category, Urgency.ORDINARY, new Deadline.WorkingDays(3),
                    new Deadline.Elapsed(Duration.ofHours(72)), true, LocatorPublication.PUBLISHED));
        }
        return procedures;
    }

    static Jurisdiction germany() {
        return new Jurisdiction(new JurisdictionCode("DE"), "Germany", JurisdictionKind.STATE);
    }

    static LegalBasis basis(ReviewStatus status) {
        return new LegalBasis(new LegalBasisId("KZ-CC-312"), BasisKind.CRIMINAL_OFFENCE,
                "Criminal Code, art. 312", OffenceCategory.CSAM, "",
                new LocalizedSummary("Кәмелетке толмағандар", "Несовершеннолетние", "Minors"),
                Set.of(Measure.ACCESS_RESTRICTION), new Review(status, "checked by counsel"));
    }

    static ForeignProvision provision(ReviewStatus status) {
        return new ForeignProvision(new ProvisionId("DE-STGB-184B"), new JurisdictionCode("DE"), OffenceCategory.CSAM,
                "", Coverage.OFFENCE, "StGB § 184b", "Distributing CSAM.", Set.of(), new Review(status, "checked"));
    }
}
