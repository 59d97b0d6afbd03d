package io.github.tickets4j.core.desk;

import static io.github.tickets4j.core.desk.TestDesk.ADA;
import static io.github.tickets4j.core.desk.TestDesk.C7;
import static io.github.tickets4j.core.desk.TestDesk.OLA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.AddTag;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangePriority;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.LinkCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.Rate;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketCommand.SetHiddenFromCustomer;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.workflow.Workflows;
import io.github.tickets4j.core.workflow.Workflows.Ecommerce;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Routing public events to customers never reveals a hidden ticket: over any life of a ticket, every event the desk
 * publishes names the ticket's customer and hidden flag as they were when it happened, and is
 * {@link Audience#INTERNAL} whenever the ticket was hidden then, else as public as its timeline entry. The entry
 * itself keeps its own audience.
 */
class EventAudiencePropertiesTest {

    @Property(tries = 150)
    void everyEventOfAHiddenTicketIsInternalAndEveryOtherAsPublicAsItsEntry(@ForAll boolean createdHidden,
            @ForAll("commands") List<TicketCommand> commands, @ForAll boolean deleted) {
        TestDesk t = TestDesk.with(Workflows.ecommerce());
        Ticket ticket = t.desk.create(ADA, t.valid("Routed").hiddenFromCustomer(createdHidden).build());
        check(t.events.last(), createdHidden, ticket.customer());
        for (TicketCommand command : commands) {
            Ticket before = t.stored(ticket);
            int published = t.events.count();
            try {
                t.run(ADA, ticket, command);
            } catch (TicketsException refused) {
                assertEquals(published, t.events.count(), "a refusal publishes nothing");
                continue;
            }
            check(t.events.last(), before.hiddenFromCustomer(), before.customer());
        }
        if (deleted) {
            Ticket before = t.stored(ticket);
            t.desk.delete(ADA, ticket.number());
            check(t.events.last(), before.hiddenFromCustomer(), before.customer());
        }
    }

    private static void check(TicketEvent event, boolean hidden, Optional<?> customer) {
        assertEquals(hidden, event.occurrence().hiddenFromCustomer(), event::toString);
        assertEquals(customer, event.occurrence().customer(), event::toString);
        Audience entry = event.timelineEntry().audience();
        assertEquals(hidden ? Audience.INTERNAL : entry, event.audience(), event::toString);
        Statistics.collect(hidden ? "hidden" : "shown", entry);
    }

    @Provide
    Arbitrary<List<TicketCommand>> commands() {
        Arbitrary<TicketCommand> one = Arbitraries.oneOf(
                Arbitraries.of(new AddFollowUp("Checked"), new AddFollowUp("Told them").visibleToCustomer(),
                        new AddTag("vip"), new Assign(OLA.id()), new ChangePriority(Ecommerce.HIGH),
                        new LinkCustomer(C7), new SetHiddenFromCustomer(true), new SetHiddenFromCustomer(false)),
                Arbitraries.of(new ChangeStatus(Ecommerce.IN_PROGRESS), new ChangeStatus(Ecommerce.RESOLVED),
                        new ChangeStatus(Ecommerce.OPEN, "Not solved"), new Close("Done"),
                        new Reopen(Optional.of("Again"))),
                Arbitraries.integers().between(1, 5).map(Rate::new));
        return one.list().ofMaxSize(25);
    }
}
