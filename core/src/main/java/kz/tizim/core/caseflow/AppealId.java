package kz.tizim.core.caseflow;

/** Identifies an appeal against a case's restriction. */
public record AppealId(long value) {

    public AppealId {
        if (value <= 0) {
            throw new IllegalArgumentException("appeal id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
