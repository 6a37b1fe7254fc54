package kz.tizim.core.outcome;

import java.util.List;
import kz.tizim.core.proportionality.Assessment;

/**
 * Why a use case refused: the rule (a policy's name, or one of the generic rules below) and a
 * sentence for the user. The server maps {@link #rule()} to an RFC 9457 problem type.
 *
 * @param objections when proportionality refused, the policies' objections behind the message, so
 *     a console can word each in its reader's language; otherwise empty
 */
public record Refusal(String rule, String message, List<Assessment> objections) {

    public static final String NOT_AUTHORISED = "NotAuthorised";
    public static final String NOT_FOUND = "NotFound";
    public static final String INVALID_REQUEST = "InvalidRequest";
    public static final String ILLEGAL_TRANSITION = "IllegalTransition";

    public Refusal {
        if (rule.isBlank() || message.isBlank()) {
            throw new IllegalArgumentException("a refusal names its rule and says why");
        }
        objections = List.copyOf(objections);
    }

    public Refusal(String rule, String message) {
        this(rule, message, List.of());
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
