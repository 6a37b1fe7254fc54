package kz.tizim.core.caseflow;

import kz.tizim.core.legal.LegalCatalogue;

/** The legal catalogue in force (port); decisions cite the version they were made under. */
public interface LegalCatalogues {

    LegalCatalogue current();
}
