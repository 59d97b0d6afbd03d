package io.github.tickets4j.testkit;

import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.ticket.Ticket;

/** Copies tickets into the SPI's builder, for contract code and broken stores that write a ticket slightly altered. */
final class StoredTickets {
    private StoredTickets() {
    }

    /**
     * A builder holding every field of a ticket, to change a few and build again.
     *
     * @param t the ticket, never null
     * @return the builder, never null
     */
    static StoredTicket copy(Ticket t) {
        return StoredTicket.builder().tenant(t.tenant()).id(t.id()).number(t.number()).title(t.title())
                .description(t.description().orElse(null)).status(t.status()).priority(t.priority().orElse(null))
                .category(t.category().orElse(null)).project(t.project().orElse(null))
                .customer(t.customer().orElse(null)).contact(t.contact().orElse(null))
                .submitter(t.submitter().orElse(null)).assignee(t.assignee().orElse(null)).team(t.team().orElse(null))
                .tags(t.tags()).hiddenFromCustomer(t.hiddenFromCustomer()).dueAt(t.dueAt().orElse(null))
                .followUpDate(t.followUpDate().orElse(null)).createdAt(t.createdAt()).createdBy(t.createdBy())
                .closedAt(t.closedAt().orElse(null)).closedBy(t.closedBy().orElse(null))
                .resolvedAt(t.resolvedAt().orElse(null)).resolutionNote(t.resolutionNote().orElse(null))
                .lastActivityAt(t.lastActivityAt()).lastFollowUpAt(t.lastFollowUpAt().orElse(null))
                .workflow(t.workflow()).version(t.version());
    }
}
