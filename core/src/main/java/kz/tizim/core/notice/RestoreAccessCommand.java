package kz.tizim.core.notice;

import kz.tizim.core.account.Actor;
import kz.tizim.core.caseflow.CaseId;
import org.jspecify.annotations.Nullable;

/**
 * Check that a restricted site removed the content and, if so, restore access.
 *
 * @param requestAbroad when the content went after a request to the host state: the request as the
 *     lifting's reason cites it ("request XB-1 to Germany, answered PARTIALLY_ACTED"); null when the
 *     owner removed it
 */
public record RestoreAccessCommand(Actor actor, CaseId caseId, @Nullable String requestAbroad) {

    /** The owner says the content is gone. */
    public RestoreAccessCommand(Actor actor, CaseId caseId) {
        this(actor, caseId, null);
    }

    /** The host state removed the content at Kazakhstan's request, which the reason cites. */
    public static RestoreAccessCommand afterRequestAbroad(Actor actor, CaseId caseId, String request) {
        if (request.isBlank()) {
            throw new IllegalArgumentException("name the request to the host state");
        }
        return new RestoreAccessCommand(actor, caseId, request.strip());
    }
}
