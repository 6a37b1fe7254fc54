package kz.tizim.server.catalogue;

import java.time.Instant;
import kz.tizim.core.legal.CatalogueVersion;
import org.jspecify.annotations.Nullable;

/**
 * One stored catalogue text without the text: an approved version or a proposal.
 *
 * @param id the proposal's number in the console (versions are named by {@code number})
 * @param number the version number the text states
 * @param baseNumber the version a proposal edits; null for the imported file
 * @param decidedBy who approved (CURRENT, SUPERSEDED) or rejected (REJECTED) it; null while PROPOSED
 */
public record CatalogueVersionEntry(
        long id,
        int number,
        @Nullable Integer baseNumber,
        String sha256,
        CatalogueStatus status,
        String proposedBy,
        Instant proposedAt,
        String reason,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        String decisionNote) {

    public CatalogueVersion version() {
        return new CatalogueVersion(number, sha256);
    }
}
