package kz.tizim.core.crossborder;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a request stands:
 *
 * <pre>
 * DRAFT → APPROVED → SENT → ACKNOWLEDGED → ACTED | PARTIALLY_ACTED | REFUSED
 *                     SENT, ACKNOWLEDGED → NO_RESPONSE
 * </pre>
 *
 * A request that was never acknowledged can still be answered: the answer acknowledges it.
 */
public enum RequestStatus {
    DRAFT,
    APPROVED,
    SENT,
    ACKNOWLEDGED,
    ACTED,
    PARTIALLY_ACTED,
    REFUSED,
    NO_RESPONSE;

    private static final Map<RequestStatus, Set<RequestStatus>> NEXT = new EnumMap<>(RequestStatus.class);

    static {
        NEXT.put(DRAFT, EnumSet.of(APPROVED));
        NEXT.put(APPROVED, EnumSet.of(SENT));
        NEXT.put(SENT, EnumSet.of(ACKNOWLEDGED, NO_RESPONSE));
        NEXT.put(ACKNOWLEDGED, EnumSet.of(ACTED, PARTIALLY_ACTED, REFUSED, NO_RESPONSE));
        for (RequestStatus status : values()) {
            NEXT.putIfAbsent(status, EnumSet.noneOf(RequestStatus.class));
        }
    }

    public boolean mayBecome(RequestStatus target) {
        return NEXT.get(this).contains(target);
    }

    public Set<RequestStatus> next() {
        return Set.copyOf(NEXT.get(this));
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    /** Sent and waiting for the host state: reminders run in these states. */
    public boolean awaitsAnswer() {
        return this == SENT || this == ACKNOWLEDGED;
    }

    /** The host state answered on the merits. */
    public boolean isAnswer() {
        return this == ACTED || this == PARTIALLY_ACTED || this == REFUSED;
    }
}
