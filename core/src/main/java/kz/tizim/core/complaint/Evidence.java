package kz.tizim.core.complaint;

import java.time.Instant;
import kz.tizim.core.account.OrganisationId;

/**
 * A stored evidence file's metadata. The bytes stay in the {@link EvidenceStore}; the SHA-256 lets
 * anyone check later that they were not changed.
 */
public record Evidence(EvidenceId id, OrganisationId owner, String fileName, String contentType, long sizeBytes,
        String sha256, Instant storedAt) {
}
