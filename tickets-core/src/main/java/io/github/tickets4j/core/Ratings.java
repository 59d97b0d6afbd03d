package io.github.tickets4j.core;

import io.github.tickets4j.core.access.AccessTarget;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.Rating;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketEvent.Occurrence;
import io.github.tickets4j.core.workflow.StatusCategory;
import java.util.List;

/** The customer's satisfaction rating of a resolution (seed 001). */
final class Ratings {
    private Ratings() {
    }

    /**
     * {@link TicketCommand.Rate}: once per resolution, on a ticket in a resolved or closed status. Needs the rate
     * permission but not the right to change closed tickets: rating a closed ticket is what the rating is for.
     */
    record Rate(TicketCommand.Rate command) implements Handler {
        @Override
        public Permission permission() {
            return Permission.RATE;
        }

        @Override
        public boolean forCustomers(List<Violation> found) {
            return true;
        }

        @Override
        public boolean forGuests() {
            return true;
        }

        @Override
        public Change decide(Attempt a) {
            Ticket ticket = a.ticket();
            a.guard().require(a.actor(), permission(), AccessTarget.of(ticket));
            StatusCategory category = ticket.status().category();
            if (category != StatusCategory.RESOLVED && category != StatusCategory.CLOSED) {
                throw new RuleViolationException("Ticket " + ticket.number() + " is " + ticket.status().name()
                        + ": only a resolved or closed ticket can be rated");
            }
            if (ticket.resolvedAt().isEmpty()) {
                // A ticket closed before 0.2 (or imported) may lack the instant it was resolved: nothing to rate.
                throw new RuleViolationException("Ticket " + ticket.number() + " records no resolution to rate");
            }
            if (ticket.rating().isPresent()) {
                throw new RuleViolationException("Ticket " + ticket.number() + " is rated already for this "
                        + "resolution; a reopening allows a new rating");
            }
            Occurrence occurrence = a.occurrence();
            Rating rating = new Rating(command.score(), command.comment(), occurrence.at(), occurrence.actor());
            return a.change(new TicketEvent.Rated(occurrence, command.score(), command.comment()),
                    b -> b.rating(rating));
        }
    }
}
