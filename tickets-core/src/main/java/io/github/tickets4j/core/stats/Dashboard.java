package io.github.tickets4j.core.stats;

import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.workflow.StatusCategory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The support dashboard of seed 000, over the tickets the caller may view: KPI counts per status and category,
 * overdue and total; the status donut; and the open-tickets table (every ticket not in a closed status, with its
 * project, status, created date and last follow-up), narrowed by the dashboard filter.
 *
 * @param byStatus counts per status in workflow order, zeros included; never null
 * @param byCategory counts per status category in lifecycle order, zeros included; never null
 * @param overdue how many tickets are overdue
 * @param total how many tickets there are
 * @param donut the donut slices in workflow order; never null
 * @param openTickets the requested page of the open-tickets table; never null
 */
public record Dashboard(Map<String, Long> byStatus, Map<StatusCategory, Long> byCategory, long overdue, long total,
        List<DonutSlice> donut, Page<TicketSummary> openTickets) {

    /**
     * Copies the maps, keeping their order.
     *
     * @param byStatus counts per status in workflow order, zeros included; never null
     * @param byCategory counts per status category in lifecycle order, zeros included; never null
     * @param overdue how many tickets are overdue
     * @param total how many tickets there are
     * @param donut the donut slices in workflow order; never null
     * @param openTickets the requested page of the open-tickets table; never null
     */
    public Dashboard {
        byStatus = Collections.unmodifiableMap(new LinkedHashMap<>(byStatus));
        byCategory = Collections.unmodifiableMap(new LinkedHashMap<>(byCategory));
        donut = List.copyOf(donut);
    }

    /**
     * The count of one status.
     *
     * @param status the status name, never null
     * @return the count, 0 for an unknown status
     */
    public long count(String status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
