package kz.tizim.core.complaint;

/** Identifies a stored evidence file. */
public record EvidenceId(long value) {

    public EvidenceId {
        if (value <= 0) {
            throw new IllegalArgumentException("evidence id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
