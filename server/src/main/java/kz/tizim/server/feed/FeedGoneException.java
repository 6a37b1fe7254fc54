package kz.tizim.server.feed;

/** A feed body that can no longer be produced: the client must start again from the snapshot. */
final class FeedGoneException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    FeedGoneException(String message) {
        super(message);
    }
}
