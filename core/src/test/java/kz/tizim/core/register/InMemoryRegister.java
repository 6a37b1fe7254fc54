package kz.tizim.core.register;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The register in a list, for use-case tests; the PostgreSQL adapter must behave the same. */
final class InMemoryRegister implements Register {

    final List<RegisterChange> versions = new ArrayList<>();
    private final Map<RegisterEntry.Key, RegisterChange> current = new LinkedHashMap<>();

    @Override
    public long currentSerial() {
        return versions.size();
    }

    @Override
    public Optional<RegisterEntry> findCurrent(RegisterEntry.Key key) {
        return Optional.ofNullable(current.get(key)).map(RegisterChange::entry);
    }

    @Override
    public RegisterChange append(ChangeKind kind, RegisterEntry entry, Instant recordedAt, String reason) {
        RegisterChange change = new RegisterChange(versions.size() + 1, recordedAt, kind, entry, reason);
        versions.add(change);
        current.remove(entry.key());
        if (kind.keepsEntry()) {
            current.put(entry.key(), change);
        }
        return change;
    }

    @Override
    public void forEachCurrent(Consumer<RegisterChange> consumer) {
        current.values().stream().sorted(java.util.Comparator.comparingLong(RegisterChange::serial)).forEach(consumer);
    }

    @Override
    public void forEachChangeSince(long serial, Consumer<RegisterChange> consumer) {
        versions.stream().filter(v -> v.serial() > serial).forEach(consumer);
    }

    @Override
    public void forEachActiveAt(Instant instant, Consumer<RegisterEntry> consumer) {
        Map<RegisterEntry.Key, RegisterEntry> then = new LinkedHashMap<>();
        for (RegisterChange v : versions) {
            if (v.recordedAt().isAfter(instant)) {
                break;
            }
            then.remove(v.entry().key());
            if (v.kind().keepsEntry()) {
                then.put(v.entry().key(), v.entry());
            }
        }
        then.values().stream().filter(e -> e.inForceAt(instant)).forEach(consumer);
    }

    @Override
    public void forEachEndedBy(Instant instant, Consumer<RegisterEntry> consumer) {
        current.values().stream().map(RegisterChange::entry).filter(e -> e.end() != null && !e.end().isAfter(instant)).toList().forEach(consumer);
    }
}
