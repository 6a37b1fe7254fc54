package kz.tizim.core.caseflow;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a case stands. The allowed moves are the table in {@link #next()}, documented in
 * {@code docs/CASE-WORKFLOW.md}:
 *
 * <pre>
 * NEW → IN_REVIEW | REJECTED | WITHDRAWN
 * IN_REVIEW → NOTICE_SENT | RESTRICTION_ORDERED (urgent track only) | REJECTED | WITHDRAWN
 * NOTICE_SENT → COMPLIED | RESTRICTION_ORDERED | WITHDRAWN
 * RESTRICTION_ORDERED → APPEALED | LIFTED (content removed) | EXPIRED
 * APPEALED → UPHELD | LIFTED | EXPIRED
 * UPHELD → LIFTED (content removed) | EXPIRED
 * COMPLIED, LIFTED, EXPIRED, REJECTED, WITHDRAWN: final
 * </pre>
 */
public enum CaseStatus {
    NEW,
    IN_REVIEW,
    NOTICE_SENT,
    COMPLIED,
    RESTRICTION_ORDERED,
    APPEALED,
    UPHELD,
    LIFTED,
    EXPIRED,
    REJECTED,
    WITHDRAWN;

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = new EnumMap<>(CaseStatus.class);

    static {
        NEXT.put(NEW, EnumSet.of(IN_REVIEW, REJECTED, WITHDRAWN));
        NEXT.put(IN_REVIEW, EnumSet.of(NOTICE_SENT, RESTRICTION_ORDERED, REJECTED, WITHDRAWN));
        NEXT.put(NOTICE_SENT, EnumSet.of(COMPLIED, RESTRICTION_ORDERED, WITHDRAWN));
        // LIFTED from a running restriction: the owner removed the content, and access is restored
        // at once (Communications Law art. 41-1 paras 5-6, as the research notes read it).
        NEXT.put(RESTRICTION_ORDERED, EnumSet.of(APPEALED, LIFTED, EXPIRED));
        NEXT.put(APPEALED, EnumSet.of(UPHELD, LIFTED, EXPIRED));
        NEXT.put(UPHELD, EnumSet.of(LIFTED, EXPIRED));
        for (CaseStatus status : values()) {
            NEXT.putIfAbsent(status, EnumSet.noneOf(CaseStatus.class));
        }
    }

    /** The statuses this one may move to. */
    public Set<CaseStatus> next() {
        return Set.copyOf(NEXT.get(this));
    }

    public boolean mayBecome(CaseStatus target) {
        return NEXT.get(this).contains(target);
    }

    /** No further move is possible. */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    /** Not yet decided by a restriction: new complaints about the same locator join the case. */
    public boolean isOpen() {
        return this == NEW || this == IN_REVIEW || this == NOTICE_SENT;
    }

    /** Access is restricted (an appeal does not suspend the restriction). */
    public boolean isRestricting() {
        return this == RESTRICTION_ORDERED || this == APPEALED || this == UPHELD;
    }
}
