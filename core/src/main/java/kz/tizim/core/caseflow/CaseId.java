package kz.tizim.core.caseflow;

/** Identifies a case; also the case number owners quote with their appeal code. */
public record CaseId(long value) {

    public CaseId {
        if (value <= 0) {
            throw new IllegalArgumentException("case id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
