package kz.tizim.match.feed;

/** A feed that must not be applied: bad signature, body not matching its manifest, gap or rollback. */
public final class FeedVerificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message saying what failed. */
    public FeedVerificationException(String message) {
        super(message);
    }
}
