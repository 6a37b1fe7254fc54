package kz.tizim.server.register;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.tizim.core.register.Register;
import kz.tizim.core.register.RegisterChange;
import kz.tizim.match.feed.Digests;
import kz.tizim.match.feed.HashedLocators;
import kz.tizim.match.matcher.CompiledMatcher;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Which current restriction covers a URL, host or IP address (the notice page's question). Entries
 * in clear are looked up in a {@link CompiledMatcher}, hash-only entries through
 * {@link HashedLocators}; both are rebuilt when the register serial has moved.
 */
@Service
public class RestrictionLookup {

    private final Register register;
    private final Clock clock;
    private volatile @Nullable Index index;

    RestrictionLookup(Register register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    /** The restriction in force now that covers {@code query}, if any (an invalid query has none). */
    public Optional<RegisterChange> find(String query) {
        Index current = current();
        int entry = current.clear.match(query);
        RegisterChange found = null;
        if (entry >= 0) {
            found = current.changes.get(current.clear.payload(entry));
        } else {
            int hashed = current.hashed.match(query);
            if (hashed >= 0) {
                found = current.changes.get(hashed);
            }
        }
        return Optional.ofNullable(found).filter(c -> c.entry().inForceAt(clock.instant()));
    }

    private Index current() {
        long serial = register.currentSerial();
        Index existing = index;
        if (existing != null && existing.serial == serial) {
            return existing;
        }
        synchronized (this) {
            existing = index;
            if (existing != null && existing.serial >= serial) {
                return existing;
            }
            Index built = build();
            index = built;
            return built;
        }
    }

    private Index build() {
        List<RegisterChange> changes = new ArrayList<>();
        long[] serial = {register.currentSerial()};
        CompiledMatcher.Builder clear = CompiledMatcher.builder();
        HashedLocators hashed = new HashedLocators();
        register.forEachCurrent(change -> {
            int id = changes.size();
            changes.add(change);
            if (change.entry().published()) {
                clear.add(change.entry().locator(), id);
            } else {
                hashed.add(change.entry().locator().kind(), Digests.sha256Hex(change.entry().locator().value()), id);
            }
            serial[0] = Math.max(serial[0], change.serial());
        });
        return new Index(serial[0], clear.build(), hashed, changes);
    }

    private record Index(long serial, CompiledMatcher clear, HashedLocators hashed, List<RegisterChange> changes) {
    }
}
