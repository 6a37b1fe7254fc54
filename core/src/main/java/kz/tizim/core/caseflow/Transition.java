package kz.tizim.core.caseflow;

import java.util.List;

/** A case after a step, and the events the step produced, in order. */
public record Transition(Case after, List<CaseEvent> events) {

    public Transition {
        events = List.copyOf(events);
    }
}
