package io.github.tickets4j.core.stats;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The reports of seeds 001, 002 and 004 over the tickets the caller may view. Volumes count tickets created in
 * the period; resolution figures cover tickets closed in the period (creation to latest closing); per-agent
 * figures pair tickets open now with those closed in the period; created-per-day lists every day of the period.
 *
 * @param period the days covered, never null
 * @param volume counts of tickets created in the period, per dimension, per value; never null
 * @param resolution resolution times of tickets closed in the period, never null
 * @param resolutionByPriority the same per priority, never null
 * @param resolutionByAssignee the same per assignee, never null
 * @param agents per-agent figures, sorted by agent; never null
 * @param createdPerDay tickets created per day, every day of the period; never null
 */
public record Report(ReportPeriod period, Map<io.github.tickets4j.core.spi.Dimension, Map<String, Long>> volume,
        DurationStats resolution, Map<String, DurationStats> resolutionByPriority,
        Map<String, DurationStats> resolutionByAssignee, List<AgentFigures> agents,
        Map<LocalDate, Long> createdPerDay) {

    /** Copies the collections. */
    public Report {
        Objects.requireNonNull(period, "period");
        volume = Map.copyOf(volume);
        Objects.requireNonNull(resolution, "resolution");
        resolutionByPriority = Collections.unmodifiableMap(new TreeMap<>(resolutionByPriority));
        resolutionByAssignee = Collections.unmodifiableMap(new TreeMap<>(resolutionByAssignee));
        agents = List.copyOf(agents);
        createdPerDay = Collections.unmodifiableMap(new TreeMap<>(createdPerDay));
    }
}
