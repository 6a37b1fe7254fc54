package kz.tizim.core.complaint;

/**
 * The right a rights holder relies on.
 *
 * @param workTitle the work infringed
 * @param basis whether the complainant owns the right or acts under the owner's mandate
 * @param proof the stored document proving ownership or the mandate
 */
public record RightClaim(String workTitle, Basis basis, EvidenceId proof) {

    /** How the complainant holds the right. */
    public enum Basis { OWNER, MANDATE }

    public RightClaim {
        workTitle = workTitle.strip();
        if (workTitle.isEmpty()) {
            throw new IllegalArgumentException("a right claim names the work");
        }
    }
}
