package kz.tizim.core.crossborder;

import java.time.Duration;
import java.time.Instant;

/**
 * When a request awaiting an answer gets a reminder: one interval after it was sent or last
 * reminded (a shorter one for urgent requests), at most {@code maximum} times.
 *
 * @param answerPeriod how long an ordinary request has for an answer
 */
public record ReminderSchedule(Duration ordinary, Duration urgent, int maximum, Duration answerPeriod) {

    public ReminderSchedule {
        if (ordinary.isNegative() || ordinary.isZero() || urgent.isNegative() || urgent.isZero() || maximum < 0) {
            throw new IllegalArgumentException("reminder intervals are positive and the maximum not negative");
        }
    }

    /** Whether {@code request} is due a reminder at {@code now}. */
    public boolean due(CrossBorderRequest request, Instant now) {
        if (!request.status().awaitsAnswer() || request.sentAt() == null || request.reminders() >= maximum) {
            return false;
        }
        Instant last = request.lastReminderAt() != null ? request.lastReminderAt() : request.sentAt();
        return !now.isBefore(last.plus(request.urgent() ? urgent : ordinary));
    }
}
