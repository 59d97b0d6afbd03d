package io.github.tickets4j.core.ticket;

import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.ticket.TicketEvent.Occurrence;
import io.github.tickets4j.core.workflow.Workflow;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes made by hand to be written straight to a store, past the desk, as a store receives them: for tests of
 * what a store does with its changes (history slices, stale writes, very long histories) where the desk would be
 * too slow or cannot be used. Each is the change the desk decides for the same step.
 */
public final class DirectChanges {
    private DirectChanges() {
    }

    /** A new ticket with a title and perhaps a description, in the workflow's initial status. */
    public static Change created(TicketNumber number, Workflow workflow, String title, Optional<String> description,
            UserId actor, Instant at) {
        TicketId id = TicketId.random();
        Ticket ticket = StoredTicket.builder().tenant(TenantId.DEFAULT).id(id).number(number).title(title)
                .description(description.orElse(null)).status(workflow.initial()).createdAt(at).createdBy(actor)
                .lastActivityAt(at).workflow(workflow.ref()).version(0).build();
        Occurrence occurrence = new Occurrence(UUID.randomUUID(), TenantId.DEFAULT, id, number, 0, at, actor,
                Optional.empty(), false);
        return new Change(ticket, new TicketEvent.Created(occurrence, workflow.initial().name(), Optional.empty(),
                Optional.empty()));
    }

    /** A follow-up without a date. */
    public static Change followUp(Ticket ticket, String note, Audience audience, UserId actor, Instant at) {
        Occurrence occurrence = next(ticket, actor, at);
        FollowUp followUp = new FollowUp(occurrence.id(), note, Optional.empty(), actor, at, audience);
        return new Change(StoredTicket.from(ticket).lastFollowUpAt(at).lastActivityAt(at)
                .version(occurrence.version()).build(), new TicketEvent.FollowUpAdded(occurrence, followUp));
    }

    /** The ticket hidden from the customer when it is shown, shown when it is hidden. */
    public static Change hiddenToggled(Ticket ticket, UserId actor, Instant at) {
        Occurrence occurrence = next(ticket, actor, at);
        boolean hide = !ticket.hiddenFromCustomer();
        return new Change(StoredTicket.from(ticket).hiddenFromCustomer(hide).lastActivityAt(at)
                .version(occurrence.version()).build(), hide ? new TicketEvent.HiddenFromCustomer(occurrence)
                        : new TicketEvent.ShownToCustomer(occurrence));
    }

    private static Occurrence next(Ticket ticket, UserId actor, Instant at) {
        return new Occurrence(UUID.randomUUID(), ticket.tenant(), ticket.id(), ticket.number(), ticket.version() + 1,
                at, actor, ticket.customer(), ticket.hiddenFromCustomer());
    }
}
