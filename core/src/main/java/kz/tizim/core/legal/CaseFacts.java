package kz.tizim.core.legal;

import java.util.EnumMap;
import java.util.Map;

/**
 * What is known about the facts of a case. A fact not mentioned is unknown, which is not the same
 * as ruled out: unknown facts make a verdict uncertain rather than negative.
 */
public record CaseFacts(Map<Fact, Boolean> known) {

    /** What the assessment knows about one fact. */
    public enum State {
        ESTABLISHED,
        RULED_OUT,
        UNKNOWN
    }

    public CaseFacts {
        known = Map.copyOf(known);
    }

    public static CaseFacts unknown() {
        return new CaseFacts(Map.of());
    }

    /** A copy that also knows whether {@code fact} holds. */
    public CaseFacts with(Fact fact, boolean holds) {
        var copy = new EnumMap<Fact, Boolean>(Fact.class);
        copy.putAll(known);
        copy.put(fact, holds);
        return new CaseFacts(copy);
    }

    public State state(Fact fact) {
        Boolean holds = known.get(fact);
        if (holds == null) {
            return State.UNKNOWN;
        }
        return holds ? State.ESTABLISHED : State.RULED_OUT;
    }
}
