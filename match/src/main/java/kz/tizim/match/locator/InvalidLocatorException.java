package kz.tizim.match.locator;

/**
 * The only exception the locator parsers throw: the input is not a valid locator of the requested
 * kind. {@link #getMessage()} is the reason, ready to show to a user.
 */
public final class InvalidLocatorException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Rejection rejection;

    /** Creates the exception for a rejection whose message has been rendered already. */
    public InvalidLocatorException(Rejection rejection, String message) {
        super(message);
        this.rejection = rejection;
    }

    /** Which rule the input broke. */
    public Rejection rejection() {
        return rejection;
    }
}
