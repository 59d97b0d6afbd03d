package io.github.tickets4j.core.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.AddTag;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeCategory;
import io.github.tickets4j.core.ticket.TicketCommand.ChangePriority;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeTeam;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.LinkCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.PickUp;
import io.github.tickets4j.core.ticket.TicketCommand.Rate;
import io.github.tickets4j.core.ticket.TicketCommand.RemoveTag;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketCommand.SetDueDate;
import io.github.tickets4j.core.ticket.TicketCommand.SetFollowUpDate;
import io.github.tickets4j.core.ticket.TicketCommand.SetHiddenFromCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.Unassign;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A host routing events on Java 17 hands each one to a {@link TicketEvent.Visitor}: every type of event the desk
 * publishes reaches the visitor's method for exactly that type.
 */
class TicketEventVisitorTest {
    private static final Actor ADA = Actor.of("ada", Role.ADMIN);

    @Test
    void everyEventTheDeskPublishesReachesTheVisitorMethodOfItsType() {
        Workflow visit = Workflow.builder("visit").status("OPEN", StatusCategory.OPEN)
                .status("ON_SITE", StatusCategory.ACTIVE).status("DONE", StatusCategory.CLOSED).initial("OPEN")
                .transition("GO", "OPEN", "ON_SITE").transition("FINISH", "ON_SITE", "DONE")
                .transition("AGAIN", "DONE", "OPEN").priorities("LOW", "HIGH").categories("Repair").build();
        List<TicketEvent> events = new ArrayList<>();
        TicketDesk desk = TicketDesk.builder().inMemory().workflow(visit).zone(ZoneOffset.UTC)
                .clock(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC)).events(events::add)
                .directory(new InMemoryDirectory().customer(CustomerId.of("C-1")).team(TeamId.of("field"))
                        .user(ADA, Actor.of("ola", Role.OPERATIONS)))
                .build();
        TicketNumber n = desk.create(ADA, CreateTicket.titled("Boiler").priority("HIGH").build()).number();
        for (TicketCommand c : List.of(new AddFollowUp("Called"), new ChangeStatus("ON_SITE"),
                new Close("Fixed"), new Rate(4), new Reopen("Leaks again"), new Assign(UserId.of("ola")), new PickUp(),
                new Unassign(), new ChangePriority("LOW"), new ChangePriority("HIGH"),
                new SetDueDate(Instant.parse("2026-03-09T09:00:00Z")), new SetFollowUpDate(LocalDate.of(2026, 3, 5)),
                new AddTag("vip"), new RemoveTag("vip"), new LinkCustomer(CustomerId.of("C-1")),
                new ChangeTeam(TeamId.of("field")), new ChangeCategory("Repair"), new SetHiddenFromCustomer(true),
                new SetHiddenFromCustomer(false))) {
            desk.execute(ADA, n, c);
        }
        desk.revokeGuestPass(ADA, n, desk.issueGuestPass(ADA, n, java.util.Optional.empty()).pass().id());
        desk.delete(ADA, n);

        List<String> types = events.stream().map(e -> e.getClass().getSimpleName()).toList();
        assertEquals(types, events.stream().map(e -> e.accept(new TypeName())).toList());
        assertEquals(new TreeSet<>(Arrays.stream(TicketEvent.class.getPermittedSubclasses())
                .map(Class::getSimpleName).toList()), new TreeSet<>(types), "every type of event was published");
    }

    /** Names the visitor method an event reached. */
    private static final class TypeName implements TicketEvent.Visitor<String> {
        @Override
        public String created(TicketEvent.Created event) {
            return "Created";
        }

        @Override
        public String followUpAdded(TicketEvent.FollowUpAdded event) {
            return "FollowUpAdded";
        }

        @Override
        public String statusChanged(TicketEvent.StatusChanged event) {
            return "StatusChanged";
        }

        @Override
        public String closed(TicketEvent.Closed event) {
            return "Closed";
        }

        @Override
        public String reopened(TicketEvent.Reopened event) {
            return "Reopened";
        }

        @Override
        public String assigned(TicketEvent.Assigned event) {
            return "Assigned";
        }

        @Override
        public String pickedUp(TicketEvent.PickedUp event) {
            return "PickedUp";
        }

        @Override
        public String unassigned(TicketEvent.Unassigned event) {
            return "Unassigned";
        }

        @Override
        public String priorityChanged(TicketEvent.PriorityChanged event) {
            return "PriorityChanged";
        }

        @Override
        public String escalated(TicketEvent.Escalated event) {
            return "Escalated";
        }

        @Override
        public String dueDateChanged(TicketEvent.DueDateChanged event) {
            return "DueDateChanged";
        }

        @Override
        public String followUpDateChanged(TicketEvent.FollowUpDateChanged event) {
            return "FollowUpDateChanged";
        }

        @Override
        public String tagged(TicketEvent.Tagged event) {
            return "Tagged";
        }

        @Override
        public String untagged(TicketEvent.Untagged event) {
            return "Untagged";
        }

        @Override
        public String customerLinked(TicketEvent.CustomerLinked event) {
            return "CustomerLinked";
        }

        @Override
        public String teamChanged(TicketEvent.TeamChanged event) {
            return "TeamChanged";
        }

        @Override
        public String categoryChanged(TicketEvent.CategoryChanged event) {
            return "CategoryChanged";
        }

        @Override
        public String hiddenFromCustomer(TicketEvent.HiddenFromCustomer event) {
            return "HiddenFromCustomer";
        }

        @Override
        public String shownToCustomer(TicketEvent.ShownToCustomer event) {
            return "ShownToCustomer";
        }

        @Override
        public String deleted(TicketEvent.Deleted event) {
            return "Deleted";
        }

        @Override
        public String rated(TicketEvent.Rated event) {
            return "Rated";
        }

        @Override
        public String guestPassIssued(TicketEvent.GuestPassIssued event) {
            return "GuestPassIssued";
        }

        @Override
        public String guestPassRevoked(TicketEvent.GuestPassRevoked event) {
            return "GuestPassRevoked";
        }
    }
}
