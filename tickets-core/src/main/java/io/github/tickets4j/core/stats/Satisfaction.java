package io.github.tickets4j.core.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Customer satisfaction over a report's period (seed 001): the ratings given in the period to the tickets the caller
 * may view, overall, per assignee and per priority. Each ticket counts with the rating of its latest resolution.
 *
 * @param overall all ratings, never null
 * @param byAssignee per assignee's id, tickets without one under {@link io.github.tickets4j.core.spi.Dimension#NONE};
 *     sorted; never null
 * @param byPriority per priority, in the workflow's order, those without one under
 *     {@link io.github.tickets4j.core.spi.Dimension#NONE} last; never null
 */
public record Satisfaction(RatingStats overall, Map<String, RatingStats> byAssignee,
        Map<String, RatingStats> byPriority) {
    /**
     * Copies the maps, keeping the order of the priorities.
     *
     * @param overall all ratings, never null
     * @param byAssignee per assignee, never null
     * @param byPriority per priority, in order; never null
     * @throws NullPointerException if a part is null
     */
    public Satisfaction {
        Objects.requireNonNull(overall, "overall");
        byAssignee = Collections.unmodifiableMap(new TreeMap<>(byAssignee));
        byPriority = Collections.unmodifiableMap(new LinkedHashMap<>(byPriority));
    }
}
