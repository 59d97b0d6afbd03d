package io.github.tickets4j.core.desk;

import static io.github.tickets4j.core.desk.TestDesk.C7;
import static io.github.tickets4j.core.desk.TestDesk.C8;
import static io.github.tickets4j.core.desk.TestDesk.FIELD;
import static io.github.tickets4j.core.desk.TestDesk.OLA;
import static io.github.tickets4j.core.desk.TestDesk.P200;
import static io.github.tickets4j.core.desk.TestDesk.SAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddTag;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeCategory;
import io.github.tickets4j.core.ticket.TicketCommand.ChangePriority;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeTeam;
import io.github.tickets4j.core.ticket.TicketCommand.ClearDueDate;
import io.github.tickets4j.core.ticket.TicketCommand.ClearFollowUpDate;
import io.github.tickets4j.core.ticket.TicketCommand.ClearTeam;
import io.github.tickets4j.core.ticket.TicketCommand.LinkCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.PickUp;
import io.github.tickets4j.core.ticket.TicketCommand.RemoveTag;
import io.github.tickets4j.core.ticket.TicketCommand.SetDueDate;
import io.github.tickets4j.core.ticket.TicketCommand.SetFollowUpDate;
import io.github.tickets4j.core.ticket.TicketCommand.SetHiddenFromCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.Unassign;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The use cases that change a ticket's fields without moving its status: assignment and pick-up, priority, dates,
 * tags, the customer link, team, category and visibility. Each takes one step: one history entry, one event.
 */
class TicketFieldsUseCaseTest {
    private final TestDesk t = TestDesk.standard();

    @Test
    void assigningSetsTheAssigneeAndKeepsTheStatus() {
        Ticket ticket = t.open("Equipment malfunction");

        TicketEvent.Assigned assigned = t.step(SAM, ticket, new Assign(OLA.id()), TimelineAction.ASSIGNED,
                TicketEvent.Assigned.class);

        assertEquals(Optional.of(OLA.id()), t.stored(ticket).assignee());
        assertEquals("OPEN", t.stored(ticket).status().name());
        assertEquals(OLA.id(), assigned.assignee());
        assertEquals(Optional.empty(), assigned.previous());
    }

    @Test
    void reassigningRecordsThePreviousAssigneeAndTheReason() {
        Ticket ticket = t.open("Equipment malfunction");
        t.run(SAM, ticket, new Assign(SAM.id()));

        t.step(OLA, ticket, new Assign(OLA.id(), "Needs operations"), TimelineAction.ASSIGNED,
                TicketEvent.Assigned.class);

        TimelineEntry entry = t.newest(ticket);
        assertEquals(Optional.of("sam"), entry.from());
        assertEquals(Optional.of("ola"), entry.to());
        assertEquals(Optional.of("Needs operations"), entry.detail());
    }

    @Test
    void pickingUpAssignsTheActorThemselvesAndKeepsTheStatus() {
        Ticket ticket = t.open("Callback wanted");
        TicketEvent.PickedUp picked = t.step(OLA, ticket, new PickUp(), TimelineAction.PICKED_UP,
                TicketEvent.PickedUp.class);
        assertEquals(OLA.id(), picked.assignee());
        assertEquals(Optional.empty(), picked.previous());
        assertEquals(Optional.of(OLA.id()), t.stored(ticket).assignee());
        assertEquals("OPEN", t.stored(ticket).status().name());
    }

    @Test
    void unassigningRemovesTheAssigneeAndKeepsTheStatus() {
        Ticket ticket = t.open("Callback wanted");
        t.run(SAM, ticket, new ChangeStatus("IN_PROGRESS"));
        t.run(OLA, ticket, new PickUp());

        TicketEvent.Unassigned unassigned = t.step(OLA, ticket, new Unassign("On leave"),
                TimelineAction.UNASSIGNED, TicketEvent.Unassigned.class);

        assertEquals(Optional.empty(), t.stored(ticket).assignee());
        assertEquals("IN_PROGRESS", t.stored(ticket).status().name());
        assertEquals(OLA.id(), unassigned.previous());
    }

    @Test
    void raisingThePriorityIsRecordedAsAnEscalation() {
        TestDesk crm = TestDesk.with(Workflows.crmSupport());
        Ticket ticket = crm.open("Outage at the customer's site");
        assertEquals(Optional.of("MEDIUM"), ticket.priority());

        TicketEvent.Escalated raised = crm.step(OLA, ticket, new ChangePriority("urgent"),
                TimelineAction.ESCALATED, TicketEvent.Escalated.class);

        assertEquals(Optional.of("MEDIUM"), raised.from());
        assertEquals("URGENT", raised.to());
        assertEquals(Optional.of("URGENT"), crm.stored(ticket).priority());
    }

    @Test
    void loweringThePriorityIsRecordedAsAPlainPriorityChange() {
        TestDesk ecommerce = TestDesk.with(Workflows.ecommerce());
        Ticket ticket = ecommerce.desk.create(SAM, ecommerce.valid("Refund").priority("HIGH").build());

        TicketEvent.PriorityChanged lowered = ecommerce.step(SAM, ticket, new ChangePriority("LOW"),
                TimelineAction.PRIORITY_CHANGED, TicketEvent.PriorityChanged.class);

        assertEquals(Optional.of("HIGH"), lowered.from());
        assertEquals(Optional.of("LOW"), ecommerce.stored(ticket).priority());
    }

    @Test
    void settingAndClearingTheDueDateAreRecordedWithFromAndTo() {
        Ticket ticket = t.open("Site visit");
        Instant deadline = Instant.parse("2026-03-10T16:00:00Z");

        t.step(SAM, ticket, new SetDueDate(deadline), TimelineAction.DUE_DATE_CHANGED,
                TicketEvent.DueDateChanged.class);
        assertEquals(Optional.of(deadline), t.stored(ticket).dueAt());

        TicketEvent.DueDateChanged cleared = t.step(SAM, ticket, new ClearDueDate(),
                TimelineAction.DUE_DATE_CHANGED, TicketEvent.DueDateChanged.class);
        assertEquals(Optional.empty(), t.stored(ticket).dueAt());
        assertEquals(Optional.of(deadline), cleared.from());
    }

    @Test
    void settingAndClearingTheFollowUpDateAreRecorded() {
        Ticket ticket = t.open("Verify the repair");
        LocalDate date = t.today();

        t.step(SAM, ticket, new SetFollowUpDate(date), TimelineAction.FOLLOW_UP_DATE_CHANGED,
                TicketEvent.FollowUpDateChanged.class);
        assertEquals(Optional.of(date), t.stored(ticket).followUpDate());

        t.step(SAM, ticket, new ClearFollowUpDate(), TimelineAction.FOLLOW_UP_DATE_CHANGED,
                TicketEvent.FollowUpDateChanged.class);
        assertEquals(Optional.empty(), t.stored(ticket).followUpDate());
    }

    @Test
    void tagsAreStoredInLowerCaseAndRemovedInAnyCase() {
        Ticket ticket = t.open("Invoice wrong");

        TicketEvent.Tagged tagged = t.step(SAM, ticket, new AddTag("  Billing "), TimelineAction.TAGGED,
                TicketEvent.Tagged.class);
        assertEquals("billing", tagged.tag());
        assertEquals(Set.of("billing"), t.stored(ticket).tags());

        t.step(SAM, ticket, new RemoveTag("BILLING"), TimelineAction.UNTAGGED, TicketEvent.Untagged.class);
        assertEquals(Set.of(), t.stored(ticket).tags());
    }

    @Test
    void linkingACustomerSetsCustomerProjectAndContact() {
        Ticket ticket = t.open("Wrong customer");
        ContactId contact = ContactId.of("K-1");

        TicketEvent.CustomerLinked linked = t.step(OLA, ticket,
                new LinkCustomer(C8).withProject(P200).withContact(contact), TimelineAction.CUSTOMER_LINKED,
                TicketEvent.CustomerLinked.class);

        Ticket after = t.stored(ticket);
        assertEquals(Optional.of(C8), after.customer());
        assertEquals(Optional.of(P200), after.project());
        assertEquals(Optional.of(contact), after.contact());
        assertEquals(Optional.of(C7), linked.previous());
    }

    @Test
    void changingTheTeamSetsAndClearsIt() {
        Ticket ticket = t.open("Needs a technician");
        t.step(OLA, ticket, new ChangeTeam(FIELD), TimelineAction.TEAM_CHANGED,
                TicketEvent.TeamChanged.class);
        assertEquals(Optional.of(FIELD), t.stored(ticket).team());
        t.step(OLA, ticket, new ClearTeam(), TimelineAction.TEAM_CHANGED,
                TicketEvent.TeamChanged.class);
        assertEquals(Optional.empty(), t.stored(ticket).team());
    }

    @Test
    void changingTheCategoryStoresItAsTheWorkflowDeclaresIt() {
        TestDesk isp = TestDesk.with(Workflows.ispBilling());
        Ticket ticket = isp.open("Internet down");

        TicketEvent.CategoryChanged changed = isp.step(OLA, ticket, new ChangeCategory("feature REQUEST"),
                TimelineAction.CATEGORY_CHANGED, TicketEvent.CategoryChanged.class);

        assertEquals(Optional.of("Feature request"), isp.stored(ticket).category());
        assertEquals(Optional.of("Feature request"), changed.to());
    }

    @Test
    void hidingAndShowingTheTicketAreRecorded() {
        Ticket ticket = t.open("Internal escalation");
        t.step(OLA, ticket, new SetHiddenFromCustomer(true), TimelineAction.HIDDEN, TicketEvent.HiddenFromCustomer.class);
        assertTrue(t.stored(ticket).hiddenFromCustomer());
        t.step(OLA, ticket, new SetHiddenFromCustomer(false), TimelineAction.SHOWN, TicketEvent.ShownToCustomer.class);
        assertFalse(t.stored(ticket).hiddenFromCustomer());
    }

    @Test
    void everyCommandMovesLastActivityToNow() {
        Ticket ticket = t.open("Activity");
        t.tick();
        Ticket after = t.run(SAM, ticket, new AddTag("solar"));
        assertEquals(t.now(), after.lastActivityAt());
    }
}
