package kz.tizim.core.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Deadlines counted in hours and in working days, in the authority's zone. */
class DeadlineTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final WorkingCalendar WEEKDAYS = WorkingCalendar.weekdays();

    @Test
    void threeWorkingDaysFromThursdaySkipTheWeekendAndEndAtMidnightAfterTuesday() {
        var thursday = ZonedDateTime.of(2025, 3, 6, 15, 30, 0, 0, ALMATY);

        var due = new Deadline.WorkingDays(3).dueAfter(thursday, WEEKDAYS);

        assertThat(due).isEqualTo(ZonedDateTime.of(2025, 3, 12, 0, 0, 0, 0, ALMATY));
    }

    @Test
    void countingStartsTheDayAfterEvenWhenReceivedOnASaturday() {
        var saturday = ZonedDateTime.of(2025, 3, 8, 10, 0, 0, 0, ALMATY);

        assertThat(new Deadline.WorkingDays(1).dueAfter(saturday, WEEKDAYS))
                .isEqualTo(ZonedDateTime.of(2025, 3, 11, 0, 0, 0, 0, ALMATY));
    }

    @Test
    void publicHolidaysFromTheCalendarAreSkipped() {
        // 8 March (International Women's Day) is a public holiday in Kazakhstan; it fell on a Saturday in
        // 2025, so the test uses 2024, when it was a Friday.
        var thursday = ZonedDateTime.of(2024, 3, 7, 9, 0, 0, 0, ALMATY);
        var calendar = WorkingCalendar.weekdaysExcept(Set.of(LocalDate.of(2024, 3, 8)));

        assertThat(new Deadline.WorkingDays(1).dueAfter(thursday, calendar))
                .isEqualTo(ZonedDateTime.of(2024, 3, 12, 0, 0, 0, 0, ALMATY));
        assertThat(new Deadline.WorkingDays(1).dueAfter(thursday, WEEKDAYS))
                .isEqualTo(ZonedDateTime.of(2024, 3, 9, 0, 0, 0, 0, ALMATY));
    }

    @Test
    void elapsedHoursRunThroughWeekendsAndNights() {
        var fridayEvening = ZonedDateTime.of(2025, 3, 7, 18, 0, 0, 0, ALMATY);

        assertThat(new Deadline.Elapsed(Duration.ofHours(72)).dueAfter(fridayEvening, WEEKDAYS))
                .isEqualTo(ZonedDateTime.of(2025, 3, 10, 18, 0, 0, 0, ALMATY));
        assertThat(new Deadline.Elapsed(Duration.ofHours(1)).dueAfter(fridayEvening, WEEKDAYS))
                .isEqualTo(fridayEvening.plusHours(1));
    }

    @Test
    void procedureGivesDecisionAndComplianceDeadlines() {
        var procedure = new CategoryProcedure(OffenceCategory.COPYRIGHT, Urgency.ORDINARY, new Deadline.WorkingDays(3),
                new Deadline.Elapsed(Duration.ofHours(72)), true, LocatorPublication.PUBLISHED);
        var monday = ZonedDateTime.of(2025, 3, 3, 11, 0, 0, 0, ALMATY);

        assertThat(procedure.decisionDue(monday, WEEKDAYS)).isEqualTo(ZonedDateTime.of(2025, 3, 7, 0, 0, 0, 0, ALMATY));
        assertThat(procedure.complianceDue(monday, WEEKDAYS)).isEqualTo(monday.plusDays(3));
    }

    @Test
    void readsBackItsOwnText() {
        for (Deadline deadline : new Deadline[] {
                new Deadline.WorkingDays(1), new Deadline.WorkingDays(3), new Deadline.Elapsed(Duration.ofHours(72))}) {
            assertThat(Deadline.parse(deadline.toText())).isEqualTo(deadline);
        }
        assertThat(new Deadline.WorkingDays(1).toText()).isEqualTo("1 working day");
    }

    @Test
    void refusesZeroOrNegativeDeadlines() {
        assertThatIllegalArgumentException().isThrownBy(() -> Deadline.parse("PT0S"));
        assertThatIllegalArgumentException().isThrownBy(() -> Deadline.parse("-PT1H"));
        assertThatIllegalArgumentException().isThrownBy(() -> Deadline.parse("0 working days"));
    }
}
