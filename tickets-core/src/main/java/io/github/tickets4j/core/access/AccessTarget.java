package io.github.tickets4j.core.access;

import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.UserId;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts about a ticket (or a ticket about to be created) that access decisions look at.
 *
 * @param label how to name the target in messages, for example the ticket number; never null
 * @param ticket the ticket's identity; never null, empty for a ticket about to be created
 * @param project the ticket's project; never null, may be empty
 * @param team the ticket's team; never null, may be empty
 * @param customer the ticket's customer; never null, may be empty
 * @param contact the customer's contact person the ticket is about; never null, may be empty
 * @param creator who created it (or is creating it); never null, may be empty
 * @param assignee who holds it; never null, may be empty
 * @param hiddenFromCustomer whether the ticket is hidden from its customer (seed 004)
 */
public record AccessTarget(String label, Optional<TicketId> ticket, Optional<ProjectId> project,
        Optional<TeamId> team, Optional<CustomerId> customer, Optional<ContactId> contact, Optional<UserId> creator,
        Optional<UserId> assignee, boolean hiddenFromCustomer) {

    /**
     * Checks the parts are present.
     *
     * @param label how to name the target in messages; never null
     * @param ticket the ticket's identity; never null, empty for a ticket about to be created
     * @param project the ticket's project; never null, may be empty
     * @param team the ticket's team; never null, may be empty
     * @param customer the ticket's customer; never null, may be empty
     * @param contact the customer's contact person; never null, may be empty
     * @param creator who created it; never null, may be empty
     * @param assignee who holds it; never null, may be empty
     * @param hiddenFromCustomer whether the ticket is hidden from its customer
     * @throws NullPointerException naming the part that is null
     */
    public AccessTarget {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(assignee, "assignee");
    }

    /**
     * The facts of an existing ticket.
     *
     * @param ticket the ticket, never null
     * @return the target, never null
     */
    public static AccessTarget of(Ticket ticket) {
        return new AccessTarget("ticket " + ticket.number().value(), Optional.of(ticket.id()), ticket.project(),
                ticket.team(), ticket.customer(), ticket.contact(), Optional.of(ticket.createdBy()),
                ticket.assignee(), ticket.hiddenFromCustomer());
    }

    /**
     * The facts of a ticket about to be created.
     *
     * @param project its project; never null, may be empty
     * @param team its team; never null, may be empty
     * @param customer its customer; never null, may be empty
     * @param contact its customer's contact person; never null, may be empty
     * @param creator who is creating it, never null
     * @param assignee who it is assigned to from the start; never null, may be empty
     * @param hiddenFromCustomer whether it is created hidden from its customer
     * @return the target, never null
     */
    public static AccessTarget newTicket(Optional<ProjectId> project, Optional<TeamId> team,
            Optional<CustomerId> customer, Optional<ContactId> contact, UserId creator, Optional<UserId> assignee,
            boolean hiddenFromCustomer) {
        String label = project.map(p -> "project " + p.value())
                .or(() -> customer.map(c -> "customer " + c.value())).orElse("a ticket without project");
        return new AccessTarget(label, Optional.empty(), project, team, customer, contact, Optional.of(creator),
                assignee, hiddenFromCustomer);
    }
}
