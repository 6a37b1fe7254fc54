package kz.tizim.core.complaint;

/** Identifies a complaint. */
public record ComplaintId(long value) {

    public ComplaintId {
        if (value <= 0) {
            throw new IllegalArgumentException("complaint id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
