package kz.tizim.core.complaint;

import java.util.Optional;

/** Evidence files (port): write once, never overwritten. */
public interface EvidenceStore {

    EvidenceId nextId();

    /** Stores the bytes under the metadata's id; the adapter keeps both in one transaction. */
    void store(Evidence metadata, byte[] content);

    Optional<Evidence> find(EvidenceId id);
}
