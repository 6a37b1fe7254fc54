package kz.tizim.core.proportionality;

import kz.tizim.core.account.Role;

/** What one proportionality policy says about a proposed scope. */
public sealed interface Verdict {

    /** The policy has no objection. */
    Verdict PASS = new Pass();

    /** The policy has no objection. */
    record Pass() implements Verdict {
    }

    /** The scope must not be used; the objection says why and what to do instead. */
    record Rejection(Objection objection) implements Verdict {

        /** The objection in English. */
        public String reason() {
            return objection.english();
        }
    }

    /** The scope may be used only if someone holding {@code requiredRole} approves it. */
    record Escalation(Objection objection, Role requiredRole) implements Verdict {

        /** The objection in English. */
        public String reason() {
            return objection.english();
        }
    }
}
