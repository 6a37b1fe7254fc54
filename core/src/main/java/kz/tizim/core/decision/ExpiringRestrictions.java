package kz.tizim.core.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.core.caseflow.Case;
import kz.tizim.core.caseflow.CaseEvents;
import kz.tizim.core.caseflow.CaseUpdates;
import kz.tizim.core.caseflow.Cases;
import kz.tizim.core.caseflow.Timekeeping;
import kz.tizim.core.caseflow.Transition;
import kz.tizim.core.outcome.Outcome;
import kz.tizim.core.outcome.Refusal;

/**
 * Ends every case restriction whose term has run out by the clock's now (the server schedules it):
 * the case becomes EXPIRED and {@code RestrictionExpired} is emitted. Pending appeals do not extend
 * a term: the appeal becomes moot. Not to be confused with {@code register.ExpiringRestrictions},
 * which appends the register's EXPIRED versions; the server records this event there.
 */
public final class ExpiringRestrictions {

    private final Cases cases;
    private final CaseUpdates updates;
    private final Timekeeping time;

    public ExpiringRestrictions(Cases cases, CaseEvents events, Timekeeping time) {
        this.cases = cases;
        this.updates = new CaseUpdates(cases, events);
        this.time = time;
    }

    /** Expires the due restrictions; returns what changed. */
    public Outcome<List<Transition>> expireDue(Actor actor) {
        if (actor.kind() != Actor.Kind.SYSTEM && !actor.has(Role.ADMIN)) {
            return Outcome.refused(Refusal.notAuthorised("expiry runs as the system or an administrator"));
        }
        Instant now = time.now();
        var expired = new ArrayList<Transition>();
        for (Case c : cases.findRestrictionsEndingBy(now)) {
            Outcome<Transition> outcome = updates.commit(c.expired(actor.name(), now));
            if (outcome instanceof Outcome.Done<Transition> done) {
                expired.add(done.value());
            }
        }
        return Outcome.done(expired);
    }
}
