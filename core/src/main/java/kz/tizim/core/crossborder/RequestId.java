package kz.tizim.core.crossborder;

/** Identifies a request to a host state; also its reference in the letter ({@code XB-42}). */
public record RequestId(long value) {

    public RequestId {
        if (value <= 0) {
            throw new IllegalArgumentException("request id must be positive: " + value);
        }
    }

    /** The reference the letter and the annexes carry. */
    public String reference() {
        return "XB-" + value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
