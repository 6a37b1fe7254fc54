package kz.tizim.core.legal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Says which days count as working days for deadlines expressed in working days.
 *
 * <p>Extension point: Kazakh public holidays, and the days off the Government moves each year
 * (which can turn a Saturday into a working day), are not built in. The server is expected to load
 * them from a reviewed table and pass a calendar built with {@link #weekdaysExcept(Set)} or its own
 * implementation.
 */
@FunctionalInterface
public interface WorkingCalendar {

    boolean isWorkingDay(LocalDate day);

    /** Monday to Friday, no holidays. */
    static WorkingCalendar weekdays() {
        return day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Monday to Friday except the given public holidays. */
    static WorkingCalendar weekdaysExcept(Set<LocalDate> holidays) {
        Set<LocalDate> closed = Set.copyOf(holidays);
        WorkingCalendar weekdays = weekdays();
        return day -> weekdays.isWorkingDay(day) && !closed.contains(day);
    }
}
