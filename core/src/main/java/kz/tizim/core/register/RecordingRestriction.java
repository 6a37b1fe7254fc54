package kz.tizim.core.register;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Records an ordered or renewed restriction as a new register version. */
public final class RecordingRestriction {

    /** The outcome of recording. */
    public sealed interface Result {
    }

    /** A new version was appended ({@link ChangeKind#ORDERED} or {@link ChangeKind#RENEWED}). */
    public record Recorded(RegisterChange change) implements Result {
    }

    /** The register already holds exactly these terms; nothing was appended. */
    public record AlreadyRecorded(RegisterEntry entry) implements Result {
    }

    /** A rule refused the entry. */
    public record Rejected(Rejection reason) implements Result {
    }

    private final Register register;
    private final Clock clock;
    private final List<RestrictionPolicy> policies;

    public RecordingRestriction(Register register, Clock clock) {
        this(register, clock, RestrictionPolicy.ALL);
    }

    public RecordingRestriction(Register register, Clock clock, List<RestrictionPolicy> policies) {
        this.register = register;
        this.clock = clock;
        this.policies = List.copyOf(policies);
    }

    public Result record(RecordRestrictionCommand command) {
        RegisterEntry entry = command.entry();
        @Nullable RegisterEntry existing = register.findCurrent(entry.key()).orElse(null);
        if (entry.equals(existing)) {
            return new AlreadyRecorded(entry);
        }
        for (RestrictionPolicy policy : policies) {
            Optional<Rejection> rejection = policy.check(entry, existing, clock.instant());
            if (rejection.isPresent()) {
                return new Rejected(rejection.get());
            }
        }
        ChangeKind kind = existing == null ? ChangeKind.ORDERED : ChangeKind.RENEWED;
        return new Recorded(register.append(kind, entry, clock.instant(), ""));
    }
}
