package kz.tizim.core.appeal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import kz.tizim.core.caseflow.AppealId;

/** {@link Appeals} in a map. */
public final class InMemoryAppeals implements Appeals {

    private final Map<AppealId, Appeal> byId = new HashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public AppealId nextId() {
        return new AppealId(ids.incrementAndGet());
    }

    @Override
    public void save(Appeal appeal) {
        byId.put(appeal.id(), appeal);
    }

    @Override
    public Optional<Appeal> find(AppealId id) {
        return Optional.ofNullable(byId.get(id));
    }
}
