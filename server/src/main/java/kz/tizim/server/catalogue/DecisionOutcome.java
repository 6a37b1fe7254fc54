package kz.tizim.server.catalogue;

import kz.tizim.core.legal.CatalogueVersion;

/** What became of an approval or a rejection. */
sealed interface DecisionOutcome {

    /** The proposal is the catalogue in force now; the previous version is superseded, not lost. */
    record Approved(CatalogueVersion version, int superseded) implements DecisionOutcome {
    }

    record Rejected(long id) implements DecisionOutcome {
    }

    record Refused(Refusal refusal) implements DecisionOutcome {
    }
}
