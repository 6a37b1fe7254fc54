package kz.tizim.server.job;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.OrganisationId;

/**
 * A kind of long operation another module offers (an export, a report): how its parameters are
 * checked when someone asks for it, and how it writes its result. Implementations are Spring beans;
 * {@link Jobs} finds them by {@link #kind()}.
 */
public interface LongOperation {

    /** Stable name of the kind, in URLs, the database and message codes ({@code job.kind.<kind>}). */
    String kind();

    /** Whether the actor may ask for this kind at all (the use case checks it, not only the page). */
    boolean permits(Actor actor);

    /** Checks and normalises the parameters as given (form fields or JSON), naming the result file. */
    Checked check(Map<String, String> given);

    /**
     * Whether running it again from the start gives the same result and changes nothing else: such
     * operations are queued again when a server restart interrupted them, the others are failed.
     */
    boolean idempotent();

    /** The Thymeleaf fragment with the form that asks for this kind on the operations page. */
    String form();

    /** Writes the result to {@code out}, reporting progress. Throwing fails the job with the message. */
    void run(Request request, Progress progress, OutputStream out) throws IOException;

    /** A queued job as its operation sees it when run. */
    record Request(long job, Map<String, String> parameters, String owner, OrganisationId organisation) {
    }

    /** The outcome of checking parameters. */
    sealed interface Checked {
    }

    /** Parameters to store (normalised) and the result's file name and media type. */
    record Valid(Map<String, String> parameters, String resultName, String resultType) implements Checked {
        public Valid {
            parameters = Map.copyOf(parameters);
        }
    }

    /** Why the parameters cannot be used, as a message code with its arguments. */
    record Invalid(String messageCode, List<Object> arguments) implements Checked {
        public Invalid {
            arguments = List.copyOf(arguments);
        }

        public static Invalid of(String messageCode, Object... arguments) {
            return new Invalid(messageCode, List.of(arguments));
        }
    }
}
