package io.github.tickets4j.core.stats;

import io.github.tickets4j.core.ticket.UserId;
import java.util.Objects;

/**
 * One agent's figures in a report (seeds 002 and 004).
 *
 * @param agent the assignee, never null
 * @param openAssigned tickets assigned to them that are not closed, now
 * @param closedInPeriod tickets assigned to them that were closed in the period
 * @param resolution resolution times of those, never null
 */
public record AgentFigures(UserId agent, long openAssigned, long closedInPeriod, DurationStats resolution) {
    /**
     * Checks the parts are present.
     *
     * @param agent the assignee, never null
     * @param openAssigned tickets assigned to them that are not closed, now
     * @param closedInPeriod tickets assigned to them that were closed in the period
     * @param resolution resolution times of those, never null
     * @throws NullPointerException if the agent or the resolution is null
     */
    public AgentFigures {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(resolution, "resolution");
    }
}
