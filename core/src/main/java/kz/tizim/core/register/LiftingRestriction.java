package kz.tizim.core.register;

import java.time.Clock;
import java.util.Optional;

/** Lifts a restriction (appeal upheld, owner complied, error): a new register version. */
public final class LiftingRestriction {

    /** The outcome of lifting. */
    public sealed interface Result {
    }

    /** A {@link ChangeKind#LIFTED} version was appended. */
    public record Lifted(RegisterChange change) implements Result {
    }

    /** The restriction is not in the register. */
    public record Rejected(Rejection reason) implements Result {
    }

    private final Register register;
    private final Clock clock;

    public LiftingRestriction(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    public Result lift(LiftRestrictionCommand command) {
        Optional<RegisterEntry> current = register.findCurrent(
                new RegisterEntry.Key(command.decision(), command.locator()));
        if (current.isEmpty()) {
            return new Rejected(Rejection.NOT_IN_REGISTER);
        }
        return new Lifted(register.append(ChangeKind.LIFTED, current.get(), clock.instant(), command.reason()));
    }
}
