package io.github.tickets4j.core.stats;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Identifiers;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dashboard table's filters (seed 000): the statuses clicked on KPI cards or donut slices, and the overdue
 * card. They narrow the open-tickets table only; the KPIs and donut always show everything visible. The desk
 * refuses a status none of its workflows has.
 *
 * @param statuses status names to show; empty shows every open status; never null
 * @param overdueOnly whether only overdue tickets are shown
 */
public record DashboardFilter(Set<String> statuses, boolean overdueOnly) {
    private static final DashboardFilter CLEARED = new DashboardFilter(Set.of(), false);

    /**
     * Normalises the status names.
     *
     * @param statuses status names to show; empty shows every open status; never null
     * @param overdueOnly whether only overdue tickets are shown
     * @throws ValidationFailedException naming {@code statuses} if the set is null, holds null or a name that breaks
     *     the naming rule
     */
    public DashboardFilter {
        if (statuses == null) {
            throw ValidationFailedException.of("statuses", "must not be null; an empty set shows every open status");
        }
        statuses = statuses.stream().map(s -> Identifiers.name("statuses", s)).collect(Collectors.toUnmodifiableSet());
    }

    /** @return no filter: every open ticket, never null */
    public static DashboardFilter cleared() {
        return CLEARED;
    }

    /**
     * Shows only tickets in these statuses.
     *
     * @param names status names, none null; a name given twice counts once
     * @return the filter, never null
     * @throws ValidationFailedException naming {@code statuses} if the array is null, holds null or a name that
     *     breaks the naming rule
     */
    public static DashboardFilter statuses(String... names) {
        // Not Set.copyOf: it throws NullPointerException on a null name instead of naming the field.
        return new DashboardFilter(names == null ? null : new HashSet<>(Arrays.asList(names)), false);
    }

    /** @return a filter showing only overdue tickets, never null */
    public static DashboardFilter overdue() {
        return new DashboardFilter(Set.of(), true);
    }
}
