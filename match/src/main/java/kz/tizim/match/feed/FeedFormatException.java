package kz.tizim.match.feed;

/** A feed line or manifest that does not follow the format; the message says what and where. */
public final class FeedFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the problem. */
    public FeedFormatException(String message) {
        super(message);
    }
}
