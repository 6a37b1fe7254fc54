package kz.tizim.core.caseflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@link CaseEvents} that records every event in order and passes it to listeners (the register). */
public final class RecordedCaseEvents implements CaseEvents {

    private final List<CaseEvent> events = new ArrayList<>();
    private final List<Consumer<CaseEvent>> listeners = new ArrayList<>();

    @Override
    public void append(CaseEvent event) {
        events.add(event);
        listeners.forEach(listener -> listener.accept(event));
    }

    public void subscribe(Consumer<CaseEvent> listener) {
        listeners.add(listener);
    }

    public List<CaseEvent> all() {
        return List.copyOf(events);
    }

    public List<CaseEvent> of(CaseId caseId) {
        return events.stream().filter(e -> e.caseId().equals(caseId)).toList();
    }

    /** The event types of a case, in order, e.g. {@code [CaseOpened, CaseAssigned, …]}. */
    public List<String> namesOf(CaseId caseId) {
        return of(caseId).stream().map(e -> e.getClass().getSimpleName()).toList();
    }
}
