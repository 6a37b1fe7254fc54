package kz.tizim.core.legal;

/**
 * One broken rule of catalogue integrity. The anchor names the entry as its file section header
 * does ({@code basis KZ-CC-256}), so the file parser can point at the right line.
 */
record IntegrityProblem(String anchor, String reason) {

    static final String WHOLE_CATALOGUE = "catalogue";

    @Override
    public String toString() {
        return anchor + ": " + reason;
    }
}
