package kz.tizim.core.register;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Takes restrictions whose end has come out of the register, one {@link ChangeKind#EXPIRED} version each. */
public final class ExpiringRestrictions {

    private final Register register;
    private final Clock clock;

    public ExpiringRestrictions(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /** Expires every entry whose end is due; returns the versions appended. */
    public List<RegisterChange> expireDue() {
        Instant now = clock.instant();
        List<RegisterEntry> due = new ArrayList<>();
        register.forEachEndedBy(now, due::add);
        List<RegisterChange> changes = new ArrayList<>(due.size());
        for (RegisterEntry entry : due) {
            changes.add(register.append(ChangeKind.EXPIRED, entry, now, "end reached"));
        }
        return changes;
    }
}
