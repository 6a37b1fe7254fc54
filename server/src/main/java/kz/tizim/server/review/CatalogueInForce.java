package kz.tizim.server.review;

import kz.tizim.core.caseflow.LegalCatalogues;
import kz.tizim.core.legal.LegalCatalogue;
import org.springframework.stereotype.Component;

/** The case workflow's view of the legal catalogue ({@link LegalCatalogues}): the version in force in PostgreSQL. */
@Component
class CatalogueInForce implements LegalCatalogues {

    private final kz.tizim.server.catalogue.LegalCatalogues catalogues;

    CatalogueInForce(kz.tizim.server.catalogue.LegalCatalogues catalogues) {
        this.catalogues = catalogues;
    }

    @Override
    public LegalCatalogue current() {
        return catalogues.current();
    }
}
