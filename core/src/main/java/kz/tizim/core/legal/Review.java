package kz.tizim.core.legal;

/**
 * The review state of a catalogue entry and the note that goes with it: source marks such as
 * {@code [S3]} or {@code [GK]}, and what still needs checking.
 */
public record Review(ReviewStatus status, String note) {

    public static Review toVerify(String note) {
        return new Review(ReviewStatus.TO_VERIFY, note);
    }

    public boolean verified() {
        return status == ReviewStatus.VERIFIED;
    }
}
