package io.github.tickets4j.core.stats;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The reports of seeds 001, 002 and 004 over the tickets the caller may view. The volume counts tickets created in
 * the period; resolution figures cover tickets closed in the period (creation to latest closing); per-agent
 * figures pair tickets open now with those closed in the period; created-per-day lists every day of the period.
 *
 * @param period the days covered, never null
 * @param volume the tickets created in the period, counted by status, priority, category, tag and assignee; never
 *     null
 * @param resolution resolution times of all tickets closed in the period, never null
 * @param resolutionByPriority the same per priority, in workflow order; tickets without a priority count in
 *     {@code resolution} only; never null
 * @param agents per-agent figures, their resolution times included, sorted by agent; never null
 * @param createdPerDay tickets created per day, every day of the period; never null
 * @param satisfaction the satisfaction ratings given in the period; never null
 */
public record Report(ReportPeriod period, Volume volume, DurationStats resolution,
        Map<String, DurationStats> resolutionByPriority, List<AgentFigures> agents,
        Map<LocalDate, Long> createdPerDay, Satisfaction satisfaction) {

    /**
     * Copies the collections, keeping the order of the priorities.
     *
     * @param period the days covered, never null
     * @param volume the tickets created in the period, counted by status, priority, category, tag and assignee; never
     *     null
     * @param resolution resolution times of all tickets closed in the period, never null
     * @param resolutionByPriority the same per priority, in workflow order; tickets without a priority count in {@code
     *     resolution} only; never null
     * @param agents per-agent figures, their resolution times included, sorted by agent; never null
     * @param createdPerDay tickets created per day, every day of the period; never null
     * @param satisfaction the satisfaction ratings given in the period; never null
     * @throws NullPointerException if a part is null
     */
    public Report {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(resolution, "resolution");
        resolutionByPriority = Collections.unmodifiableMap(new LinkedHashMap<>(resolutionByPriority));
        agents = List.copyOf(agents);
        createdPerDay = Collections.unmodifiableMap(new TreeMap<>(createdPerDay));
        Objects.requireNonNull(satisfaction, "satisfaction");
    }
}
