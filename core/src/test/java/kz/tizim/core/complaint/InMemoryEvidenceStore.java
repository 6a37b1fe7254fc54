package kz.tizim.core.complaint;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** {@link EvidenceStore} in memory; refuses to overwrite, as the real store must. */
public final class InMemoryEvidenceStore implements EvidenceStore {

    private final Map<EvidenceId, Evidence> metadata = new HashMap<>();
    private final Map<EvidenceId, byte[]> contents = new HashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public EvidenceId nextId() {
        return new EvidenceId(ids.incrementAndGet());
    }

    @Override
    public void store(Evidence evidence, byte[] content) {
        if (metadata.putIfAbsent(evidence.id(), evidence) != null) {
            throw new IllegalStateException("evidence " + evidence.id() + " is write-once");
        }
        contents.put(evidence.id(), content.clone());
    }

    @Override
    public Optional<Evidence> find(EvidenceId id) {
        return Optional.ofNullable(metadata.get(id));
    }

    public byte[] content(EvidenceId id) {
        return contents.get(id).clone();
    }
}
