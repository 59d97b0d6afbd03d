package io.github.tickets4j.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** A report period is one or more whole days, from its first to its last, both included. */
class ReportPeriodTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void aSingleDayIsAPeriod() {
        assertEquals(new ReportPeriod(DAY, DAY), ReportPeriod.of(DAY, DAY));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedNamingTo() {
        assertRefused("to", () -> ReportPeriod.of(DAY, DAY.minusDays(1)));
    }

    @Test
    void missingDaysAreRefusedNamingTheField() {
        assertRefused("from", () -> ReportPeriod.of(null, DAY));
        assertRefused("to", () -> ReportPeriod.of(DAY, null));
    }

    @Test
    void aPeriodCoversAtMostMaxDaysDays() {
        LocalDate last = DAY.plusDays(ReportPeriod.MAX_DAYS - 1L);
        assertEquals(last, ReportPeriod.of(DAY, last).to());
        assertRefused("to", () -> ReportPeriod.of(DAY, last.plusDays(1)));
    }

    private static void assertRefused(String field, Executable creation) {
        ValidationFailedException e = assertThrows(ValidationFailedException.class, creation);
        assertEquals(field, e.violations().stream().map(Violation::field).findFirst().orElseThrow(), e.getMessage());
    }
}
