package kz.tizim.server.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kz.tizim.core.legal.CatalogueVersion;
import kz.tizim.core.legal.CategoryProcedure;
import kz.tizim.core.legal.DualCriminalityVerdict;
import kz.tizim.core.legal.Finding;
import kz.tizim.core.legal.ForeignProvision;
import kz.tizim.core.legal.GapMatrix;
import kz.tizim.core.legal.Jurisdiction;
import kz.tizim.core.legal.LegalBasis;
import kz.tizim.core.legal.LegalCatalogue;
import kz.tizim.core.legal.MatrixCell;
import kz.tizim.core.legal.Review;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue as JSON for the public API: plain strings and lists, and always the catalogue
 * version the answer comes from, so a client can cite it.
 */
final class CatalogueViews {

    private CatalogueViews() {
    }

    record VersionView(int number, String sha256) {
        static VersionView of(CatalogueVersion version) {
            return new VersionView(version.number(), version.sha256());
        }
    }

    /** A list from one catalogue version. */
    record Listing<T>(VersionView catalogueVersion, List<T> items) {
        static <T> Listing<T> of(LegalCatalogue catalogue, List<T> items) {
            return new Listing<>(VersionView.of(catalogue.version()), items);
        }
    }

    record ReviewView(String status, String note) {
        static ReviewView of(Review review) {
            return new ReviewView(review.status().name(), review.note());
        }
    }

    record CategoryView(String category, String urgency, String decideWithin, String ownerCompliesWithin,
            boolean noticeBeforeRestriction, String locators, List<String> bases) {
        static CategoryView of(CategoryProcedure procedure, LegalCatalogue catalogue) {
            return new CategoryView(procedure.category().name(), procedure.urgency().name(),
                    procedure.decideWithin().toText(), procedure.ownerComplyWithin().toText(),
                    procedure.noticeBeforeRestriction(), procedure.locators().name(),
                    catalogue.basesIn(procedure.category()).stream().map(b -> b.id().value()).toList());
        }
    }

    record SummaryView(String kk, String ru, String en) {
    }

    record BasisView(VersionView catalogueVersion, String id, String kind, String category, String subtype,
            String citation, SummaryView summary, List<String> measures, ReviewView review) {
        static BasisView of(LegalBasis basis, CatalogueVersion version) {
            return new BasisView(VersionView.of(version), basis.id().value(), basis.kind().name(),
                    basis.category().name(), basis.subtype(), basis.citation(),
                    new SummaryView(basis.summary().kk(), basis.summary().ru(), basis.summary().en()),
                    basis.measures().stream().map(Enum::name).sorted().toList(), ReviewView.of(basis.review()));
        }
    }

    record JurisdictionView(String code, String name, String kind) {
        static JurisdictionView of(Jurisdiction jurisdiction) {
            return new JurisdictionView(jurisdiction.code().value(), jurisdiction.name(), jurisdiction.kind().name());
        }
    }

    record ProvisionView(String id, String jurisdiction, String category, String subtype, String coverage,
            String citation, String summary, List<String> requires, ReviewView review) {
        static ProvisionView of(ForeignProvision p) {
            return new ProvisionView(p.id().value(), p.jurisdiction().value(), p.category().name(), p.subtype(),
                    p.coverage().name(), p.citation(), p.summary(), p.requires().stream().map(Enum::name).sorted().toList(),
                    ReviewView.of(p.review()));
        }
    }

    record CellView(String jurisdiction, String text, List<String> coverage, List<String> provisions) {
        static CellView of(MatrixCell cell) {
            return new CellView(cell.jurisdiction().value(), cell.text(),
                    cell.provisions().stream().map(p -> p.coverage().name()).toList(),
                    cell.provisions().stream().map(p -> p.id().value()).toList());
        }
    }

    record RowView(String category, List<String> kazakhBases, List<CellView> cells) {
    }

    record MatrixView(VersionView catalogueVersion, List<JurisdictionView> columns, List<RowView> rows) {
        static MatrixView of(GapMatrix matrix) {
            return new MatrixView(VersionView.of(matrix.version()),
                    matrix.columns().stream().map(JurisdictionView::of).toList(),
                    matrix.rows().stream().map(row -> new RowView(row.category().name(),
                            row.kazakhBases().stream().map(b -> b.id().value()).toList(),
                            row.cells().stream().map(CellView::of).toList())).toList());
        }
    }

    record FindingView(String provision, String citation, String coverage, String bearing,
            Map<String, String> conditions, ReviewView review) {
        static FindingView of(Finding finding) {
            var conditions = new TreeMap<String, String>();
            finding.conditions().forEach((fact, state) -> conditions.put(fact.name(), state.name()));
            ForeignProvision p = finding.provision();
            return new FindingView(p.id().value(), p.citation(), p.coverage().name(), finding.bearing().name(),
                    conditions, ReviewView.of(p.review()));
        }
    }

    record VerdictView(VersionView catalogueVersion, String outcome, @Nullable String cause, String basis,
            String host, String hostName, Map<String, Boolean> facts, List<FindingView> findings,
            List<String> decisive, boolean reliesOnVerifiedEntriesOnly, String explanation) {
        static VerdictView of(DualCriminalityVerdict verdict) {
            String cause = verdict instanceof DualCriminalityVerdict.Uncertain uncertain ? uncertain.cause().name() : null;
            var facts = new TreeMap<String, Boolean>();
            verdict.facts().known().forEach((fact, holds) -> facts.put(fact.name(), holds));
            return new VerdictView(VersionView.of(verdict.catalogueVersion()), verdict.outcome().name(), cause,
                    verdict.basis().id().value(), verdict.host().value(), verdict.hostName(), facts,
                    verdict.findings().stream().map(FindingView::of).toList(),
                    verdict.decisive().stream().map(f -> f.provision().id().value()).toList(),
                    verdict.reliesOnVerifiedEntriesOnly(), verdict.explanation());
        }
    }

    record HistoryView(int number, String sha256, String status, String proposedBy, Instant proposedAt,
            String reason, @Nullable String approvedBy, @Nullable Instant approvedAt, String approvalNote) {
        static HistoryView of(CatalogueVersionEntry entry) {
            return new HistoryView(entry.number(), entry.sha256(), entry.status().name(), entry.proposedBy(),
                    entry.proposedAt(), entry.reason(), entry.decidedBy(), entry.decidedAt(), entry.decisionNote());
        }
    }

}
