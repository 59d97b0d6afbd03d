package io.github.tickets4j.core.stats;

import io.github.tickets4j.core.ValidationFailedException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, both included, in the desk's zone.
 *
 * @param from the first day, never null
 * @param to the last day, never null, not before {@code from}, before {@link LocalDate#MAX}; the period covers at
 *     most {@value #MAX_DAYS} days
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
    /** The longest period a report covers. */
    public static final int MAX_DAYS = 3660;

    /**
     * Checks the bounds.
     *
     * @param from the first day, never null
     * @param to the last day, never null, not before {@code from}, before {@link LocalDate#MAX}; the period covers at
     *     most {@value #MAX_DAYS} days
     * @throws ValidationFailedException naming {@code from} or {@code to} when they do not make a period, or
     *     {@code to} when it is the last day a {@link LocalDate} can hold
     */
    public ReportPeriod {
        if (from == null) {
            throw ValidationFailedException.of("from", "must not be null");
        }
        if (to == null) {
            throw ValidationFailedException.of("to", "must not be null");
        }
        if (to.equals(LocalDate.MAX)) {
            // A report counts up to the start of the day after its last, and LocalDate has no day after MAX.
            throw ValidationFailedException.of("to", "must be before " + LocalDate.MAX);
        }
        if (to.isBefore(from)) {
            throw ValidationFailedException.of("to", "must not be before from (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ValidationFailedException.of("to", "a period covers at most " + MAX_DAYS + " days");
        }
    }

    /**
     * A period.
     *
     * @param from the first day
     * @param to the last day
     * @return the period, never null
     */
    public static ReportPeriod of(LocalDate from, LocalDate to) {
        return new ReportPeriod(from, to);
    }
}
