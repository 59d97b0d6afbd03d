package io.github.tickets4j.core.access;

import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.UserId;
import java.util.Optional;

/**
 * The facts about a ticket (or a ticket about to be created) that access decisions look at.
 *
 * @param label how to name the target in messages, for example the ticket number; never null
 * @param project the ticket's project; never null, may be empty
 * @param team the ticket's team; never null, may be empty
 * @param creator who created it (or is creating it); never null, may be empty
 * @param assignee who holds it; never null, may be empty
 */
public record AccessTarget(String label, Optional<ProjectId> project, Optional<TeamId> team, Optional<UserId> creator,
        Optional<UserId> assignee) {

    /**
     * The facts of an existing ticket.
     *
     * @param ticket the ticket, never null
     * @return the target, never null
     */
    public static AccessTarget of(Ticket ticket) {
        return new AccessTarget(label(ticket.number()), ticket.project(), ticket.team(),
                Optional.of(ticket.createdBy()), ticket.assignee());
    }

    /**
     * The facts of a listed ticket.
     *
     * @param ticket the ticket, never null
     * @return the target, never null
     */
    public static AccessTarget of(TicketSummary ticket) {
        return new AccessTarget(label(ticket.number()), ticket.project(), ticket.team(),
                Optional.of(ticket.createdBy()), ticket.assignee());
    }

    /**
     * The facts of a ticket about to be created.
     *
     * @param project its project; never null, may be empty
     * @param team its team; never null, may be empty
     * @param creator who is creating it, never null
     * @param assignee who it is assigned to from the start; never null, may be empty
     * @return the target, never null
     */
    public static AccessTarget newTicket(Optional<ProjectId> project, Optional<TeamId> team, UserId creator,
            Optional<UserId> assignee) {
        String label = project.map(p -> "project " + p.value()).orElse("a ticket without project");
        return new AccessTarget(label, project, team, Optional.of(creator), assignee);
    }

    private static String label(TicketNumber number) {
        return "ticket " + number.value();
    }
}
