package kz.tizim.core.legal;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A time limit of a procedure: either elapsed time ("72 hours") or working days ("3 working days"). */
public sealed interface Deadline {

    /**
     * The first instant that is too late, for a period starting at {@code start}. The zone of
     * {@code start} decides where days begin, so pass the zone of the authority (Asia/Almaty).
     */
    ZonedDateTime dueAfter(ZonedDateTime start, WorkingCalendar calendar);

    /** The text used in the catalogue file: an ISO-8601 duration or {@code "N working days"}. */
    String toText();

    /** Elapsed time, counted around the clock and across weekends. */
    record Elapsed(Duration duration) implements Deadline {

        public Elapsed {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("deadline must be positive: " + duration);
            }
        }

        @Override
        public ZonedDateTime dueAfter(ZonedDateTime start, WorkingCalendar calendar) {
            return start.plus(duration);
        }

        @Override
        public String toText() {
            return duration.toString();
        }
    }

    /**
     * Whole working days. As in Kazakh procedural practice, counting starts the day after the
     * starting event, and the period ends at the end of its last working day; so the deadline
     * returned is midnight after that day.
     */
    record WorkingDays(int days) implements Deadline {

        public WorkingDays {
            if (days <= 0) {
                throw new IllegalArgumentException("working days must be positive: " + days);
            }
        }

        @Override
        public ZonedDateTime dueAfter(ZonedDateTime start, WorkingCalendar calendar) {
            var day = start.toLocalDate();
            int counted = 0;
            while (counted < days) {
                day = day.plusDays(1);
                if (calendar.isWorkingDay(day)) {
                    counted++;
                }
            }
            return day.plusDays(1).atStartOfDay(start.getZone());
        }

        @Override
        public String toText() {
            return days + (days == 1 ? " working day" : " working days");
        }
    }

    /** Reads {@link #toText()} back. */
    static Deadline parse(String text) {
        Matcher workingDays = Pattern.compile("([1-9][0-9]{0,2}) working days?").matcher(text.trim());
        if (workingDays.matches()) {
            return new WorkingDays(Integer.parseInt(workingDays.group(1)));
        }
        try {
            return new Elapsed(Duration.parse(text.trim()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "not a deadline: '" + text + "' (expected an ISO-8601 duration such as PT72H, or 'N working days')");
        }
    }
}
