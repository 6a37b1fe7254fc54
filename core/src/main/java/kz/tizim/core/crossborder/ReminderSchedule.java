package kz.tizim.core.crossborder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * When a request awaiting an answer is reminded, and when silence closes it. Reminder {@code n} is due
 * {@code intervals[n-1]} after sending (terrorist content has its own, shorter list); each interval
 * gets one reminder, in order. Once every reminder has gone and {@code noResponseAfter} has passed
 * since sending, the request may be closed as NO_RESPONSE.
 *
 * @param ordinary offsets from sending of the reminders of an ordinary request, increasing
 * @param ordinaryNoResponseAfter offset from sending after which an ordinary request counts as unanswered
 * @param urgent offsets from sending of the reminders of an urgent request, increasing
 * @param urgentNoResponseAfter offset from sending after which an urgent request counts as unanswered
 * @param answerPeriod how long an ordinary request has for an answer (the date the letter names)
 */
public record ReminderSchedule(List<Duration> ordinary, Duration ordinaryNoResponseAfter, List<Duration> urgent,
        Duration urgentNoResponseAfter, Duration answerPeriod) {

    public ReminderSchedule {
        ordinary = List.copyOf(ordinary);
        urgent = List.copyOf(urgent);
        check(ordinary, ordinaryNoResponseAfter, "ordinary");
        check(urgent, urgentNoResponseAfter, "urgent");
        if (answerPeriod.isNegative() || answerPeriod.isZero()) {
            throw new IllegalArgumentException("the answer period is positive: " + answerPeriod);
        }
    }

    /** The reminder offsets that apply to {@code request}. */
    public List<Duration> intervals(CrossBorderRequest request) {
        return request.urgent() ? urgent : ordinary;
    }

    /** How many reminders {@code request} gets before it may be closed as unanswered. */
    public int maximum(CrossBorderRequest request) {
        return intervals(request).size();
    }

    /** When reminder {@code ordinal} (1-based) of a sent request is due. */
    public Instant dueAt(CrossBorderRequest request, int ordinal) {
        if (request.sentAt() == null) {
            throw new IllegalStateException("request " + request.id().reference() + " has not been sent");
        }
        return request.sentAt().plus(intervals(request).get(ordinal - 1));
    }

    /** When the next reminder is due, or null when none is left or the request awaits nothing. */
    public @Nullable Instant nextDue(CrossBorderRequest request) {
        if (!request.status().awaitsAnswer() || request.sentAt() == null || request.reminders() >= maximum(request)) {
            return null;
        }
        return dueAt(request, request.reminders() + 1);
    }

    /** Whether {@code request} is due its next reminder at {@code now}. */
    public boolean due(CrossBorderRequest request, Instant now) {
        Instant next = nextDue(request);
        return next != null && !now.isBefore(next);
    }

    /** When silence closes the request, or null when it awaits nothing. */
    public @Nullable Instant noResponseAt(CrossBorderRequest request) {
        if (!request.status().awaitsAnswer() || request.sentAt() == null) {
            return null;
        }
        return request.sentAt().plus(request.urgent() ? urgentNoResponseAfter : ordinaryNoResponseAfter);
    }

    /** Whether every reminder went unanswered and the period after sending has passed. */
    public boolean noResponseDue(CrossBorderRequest request, Instant now) {
        Instant at = noResponseAt(request);
        return at != null && request.reminders() >= maximum(request) && !now.isBefore(at);
    }

    private static void check(List<Duration> intervals, Duration noResponseAfter, String kind) {
        Duration previous = Duration.ZERO;
        for (Duration interval : intervals) {
            if (interval.compareTo(previous) <= 0) {
                throw new IllegalArgumentException(kind + " reminder intervals are positive and increasing: "
                        + intervals);
            }
            previous = interval;
        }
        if (noResponseAfter.compareTo(previous) <= 0) {
            throw new IllegalArgumentException("the " + kind + " no-response period (" + noResponseAfter
                    + ") ends after the last reminder (" + previous + ")");
        }
    }
}
