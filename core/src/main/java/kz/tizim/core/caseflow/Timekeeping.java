package kz.tizim.core.caseflow;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import kz.tizim.core.legal.Deadline;
import kz.tizim.core.legal.WorkingCalendar;

/**
 * The time of the authority: the injected clock, the zone where days begin (Asia/Almaty) and the
 * working calendar. Deadlines and restriction terms are computed here so tests can fix all three.
 */
public record Timekeeping(Clock clock, ZoneId zone, WorkingCalendar calendar) {

    public static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    public Instant now() {
        return clock.instant();
    }

    /** When a deadline starting at {@code start} runs out. */
    public Instant due(Deadline deadline, Instant start) {
        return deadline.dueAfter(start.atZone(zone), calendar).toInstant();
    }

    /** The end of a term of {@code term} starting at {@code start}, counted in calendar days of the zone. */
    public Instant after(Instant start, Period term) {
        return start.atZone(zone).plus(term).toInstant();
    }

    public int year(Instant instant) {
        return instant.atZone(zone).getYear();
    }
}
