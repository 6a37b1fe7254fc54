package kz.tizim.core.outcome;

/**
 * Why a use case refused: the rule (a policy's name, or one of the generic rules below) and a
 * sentence for the user. The server maps {@link #rule()} to an RFC 9457 problem type.
 */
public record Refusal(String rule, String message) {

    public static final String NOT_AUTHORISED = "NotAuthorised";
    public static final String NOT_FOUND = "NotFound";
    public static final String INVALID_REQUEST = "InvalidRequest";
    public static final String ILLEGAL_TRANSITION = "IllegalTransition";

    public Refusal {
        if (rule.isBlank() || message.isBlank()) {
            throw new IllegalArgumentException("a refusal names its rule and says why");
        }
    }

    public static Refusal notAuthorised(String message) {
        return new Refusal(NOT_AUTHORISED, message);
    }

    public static Refusal notFound(String message) {
        return new Refusal(NOT_FOUND, message);
    }

    public static Refusal invalid(String message) {
        return new Refusal(INVALID_REQUEST, message);
    }
}
