package kz.tizim.core.proportionality;

import kz.tizim.core.account.Role;

/** What one proportionality policy says about a proposed scope. */
public sealed interface Verdict {

    /** The policy has no objection. */
    Verdict PASS = new Pass();

    /** The policy has no objection. */
    record Pass() implements Verdict {
    }

    /** The scope must not be used; {@code reason} says why and what to do instead. */
    record Rejection(String reason) implements Verdict {
    }

    /** The scope may be used only if someone holding {@code requiredRole} approves it. */
    record Escalation(String reason, Role requiredRole) implements Verdict {
    }
}
