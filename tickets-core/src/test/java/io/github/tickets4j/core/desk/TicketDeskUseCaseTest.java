package io.github.tickets4j.core.desk;

import static io.github.tickets4j.core.desk.TestDesk.ADA;
import static io.github.tickets4j.core.desk.TestDesk.C7;
import static io.github.tickets4j.core.desk.TestDesk.C8;
import static io.github.tickets4j.core.desk.TestDesk.FIELD;
import static io.github.tickets4j.core.desk.TestDesk.OLA;
import static io.github.tickets4j.core.desk.TestDesk.P100;
import static io.github.tickets4j.core.desk.TestDesk.P200;
import static io.github.tickets4j.core.desk.TestDesk.SAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.FollowUp;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.AddTag;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeCategory;
import io.github.tickets4j.core.ticket.TicketCommand.ChangePriority;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeTeam;
import io.github.tickets4j.core.ticket.TicketCommand.ClearDueDate;
import io.github.tickets4j.core.ticket.TicketCommand.ClearFollowUpDate;
import io.github.tickets4j.core.ticket.TicketCommand.ClearTeam;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.LinkCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.PickUp;
import io.github.tickets4j.core.ticket.TicketCommand.RemoveTag;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketCommand.SetDueDate;
import io.github.tickets4j.core.ticket.TicketCommand.SetFollowUpDate;
import io.github.tickets4j.core.ticket.TicketCommand.SetHidden;
import io.github.tickets4j.core.ticket.TicketCommand.Unassign;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.Visibility;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every use case of the desk with the default workflow and role matrix (and a preset with priorities or
 * categories where the default has none): what it changes, and that it writes one history entry and one event.
 */
class TicketDeskUseCaseTest {
    private final TestDesk t = TestDesk.standard();

    @Test
    void creatingFromAProjectLinksTheProjectsCustomerAndStartsOpen() {
        Ticket ticket = t.open("Solar panel not generating power");

        assertEquals("RE00000001", ticket.number().value());
        assertEquals("OPEN", ticket.status().name());
        assertEquals(Optional.of(P100), ticket.project());
        assertEquals(Optional.of(C7), ticket.customer());
        assertEquals(TestDesk.START, ticket.createdAt());
        assertEquals(SAM.id(), ticket.createdBy());
        assertEquals(0, ticket.version());
        assertTrue(ticket.closedAt().isEmpty());
        assertEquals(ticket, t.stored(ticket));
    }

    @Test
    void creationWritesOneCreatedEntryAndPublishesOneCreatedEvent() {
        Ticket ticket = t.open("Inverter shows error 42");

        List<TimelineEntry> history = t.history(ticket);
        TimelineEntry entry = history.get(0);
        assertEquals(1, history.size());
        assertEquals(0, entry.sequence(), "the creation's entry is numbered with version 0");
        assertEquals(TimelineAction.CREATED, entry.action());
        assertEquals(SAM.id(), entry.actor());
        assertEquals(Optional.of("OPEN"), entry.to());
        assertEquals(Visibility.PUBLIC, entry.visibility());
        TicketEvent.Created created = assertInstanceOf(TicketEvent.Created.class, t.events.last());
        assertEquals(1, t.events.count());
        assertEquals(entry, created.timelineEntry());
        assertEquals(Visibility.PUBLIC, created.visibility());
        assertEquals(Optional.of(C7), created.customer());
    }

    @Test
    void numbersAreIssuedInCreationOrderStartingAtRe00000001() {
        assertEquals("RE00000001", t.open("First").number().value());
        assertEquals("RE00000002", t.open("Second").number().value());
        assertEquals("RE00000003", t.desk.create(OLA, t.valid("Third").project(P200).build()).number().value());
    }

    @Test
    void followUpRecordsNoteDateVisibilityAndAuthor() {
        Ticket ticket = t.open("Customer needs installation date update");
        LocalDate callback = t.today().plusDays(2);

        TicketEvent.FollowUpAdded added = t.step(SAM, ticket,
                new AddFollowUp("Called the customer", callback).visibleToCustomer(),
                TimelineAction.FOLLOW_UP_ADDED, TicketEvent.FollowUpAdded.class);

        FollowUp followUp = t.followUps(ticket).get(0);
        assertEquals(added.followUp(), followUp, "the follow-up read back from its entry is the one the event holds");
        assertEquals("Called the customer", followUp.note());
        assertEquals(Optional.of(callback), followUp.followUpDate());
        assertEquals(Visibility.PUBLIC, followUp.visibility());
        assertEquals(SAM.id(), followUp.author());
        assertEquals(t.now(), followUp.createdAt());
    }

    @Test
    void followUpWithADateMovesTheTicketsFollowUpDateAndOneWithoutKeepsIt() {
        Ticket ticket = t.open("Panel output low");
        LocalDate first = t.today().plusDays(5);
        LocalDate sooner = t.today().plusDays(1);

        t.run(SAM, ticket, new AddFollowUp("Monitoring", first));
        assertEquals(Optional.of(first), t.stored(ticket).followUpDate());
        t.run(SAM, ticket, new AddFollowUp("Customer called back", sooner));
        assertEquals(Optional.of(sooner), t.stored(ticket).followUpDate());
        t.run(SAM, ticket, new AddFollowUp("Sent the manual"));
        assertEquals(Optional.of(sooner), t.stored(ticket).followUpDate());
    }

    @Test
    void followUpWithoutVisibilityIsInternal() {
        Ticket ticket = t.open("Meter reading");
        Ticket after = t.run(OLA, ticket, new AddFollowUp("Checked the logs"));
        assertEquals(Visibility.INTERNAL, t.followUps(after).get(0).visibility());
        assertEquals(Visibility.INTERNAL, t.events.last().visibility());
    }

    @Test
    void followUpsAndHistoryAreListedNewestFirst() {
        Ticket ticket = t.open("Flickering display");
        t.tick();
        t.run(SAM, ticket, new AddFollowUp("First call"));
        t.tick();
        Ticket after = t.run(OLA, ticket, new AddFollowUp("Second call"));

        assertEquals(List.of("Second call", "First call"), t.followUps(after).stream().map(FollowUp::note).toList());
        List<Instant> times = t.history(after).stream().map(TimelineEntry::at).toList();
        assertEquals(List.of(TestDesk.START.plusSeconds(120), TestDesk.START.plusSeconds(60), TestDesk.START), times);
        assertEquals(List.of(TimelineAction.FOLLOW_UP_ADDED, TimelineAction.FOLLOW_UP_ADDED, TimelineAction.CREATED),
                t.history(after).stream().map(TimelineEntry::action).toList());
    }

    @Test
    void changingStatusRecordsFromToAndReason() {
        Ticket ticket = t.open("Installation problem");

        TicketEvent.StatusChanged changed = t.step(SAM, ticket,
                new ChangeStatus("in_progress", "Technician on the way"),
                TimelineAction.STATUS_CHANGED, TicketEvent.StatusChanged.class);

        assertEquals("IN_PROGRESS", t.stored(ticket).status().name());
        TimelineEntry entry = t.newest(ticket);
        assertEquals(Optional.of("OPEN"), entry.from());
        assertEquals(Optional.of("IN_PROGRESS"), entry.to());
        assertEquals(Optional.of("Technician on the way"), entry.detail());
        assertEquals("START", changed.transition());
    }

    @Test
    void closingStampsClosedAtAndByAndClearsTheFollowUpDate() {
        Ticket ticket = t.open("Warranty question");
        t.run(SAM, ticket, new AddFollowUp("Waiting for papers", t.today().plusDays(3)));

        TicketEvent.Closed closed = t.step(OLA, ticket, new Close("Papers received"),
                TimelineAction.CLOSED, TicketEvent.Closed.class);

        Ticket after = t.stored(ticket);
        assertEquals("CLOSED", after.status().name());
        assertEquals(Optional.of(t.now()), after.closedAt());
        assertEquals(Optional.of(OLA.id()), after.closedBy());
        assertEquals(Optional.empty(), after.followUpDate());
        assertEquals("OPEN", closed.from());
        assertEquals(Optional.of("Papers received"), closed.note());
    }

    @Test
    void closingFromInProgressAlsoStampsClosedAtAndBy() {
        Ticket ticket = t.open("Roof leak");
        t.run(SAM, ticket, new ChangeStatus("IN_PROGRESS"));
        Ticket closed = t.run(SAM, ticket, new Close());
        assertEquals(Optional.of(SAM.id()), closed.closedBy());
        assertEquals("IN_PROGRESS", t.newest(closed).from().orElseThrow());
    }

    @Test
    void adminReopensAClosedTicketAndClosedAtAndByAreCleared() {
        Ticket ticket = t.open("Documentation request");
        t.run(SAM, ticket, new Close());

        TicketEvent.Reopened reopened = t.step(ADA, ticket, new Reopen("Customer called again"),
                TimelineAction.REOPENED, TicketEvent.Reopened.class);

        Ticket after = t.stored(ticket);
        assertEquals("OPEN", after.status().name());
        assertTrue(after.closedAt().isEmpty());
        assertTrue(after.closedBy().isEmpty());
        assertEquals("CLOSED", reopened.from());
        assertEquals(Optional.of("Customer called again"), reopened.reason());
    }

    @Test
    void adminAddsAFollowUpToAClosedTicket() {
        Ticket ticket = t.open("Compliance issue");
        t.run(SAM, ticket, new Close());
        t.step(ADA, ticket, new AddFollowUp("Filed the compliance report"), TimelineAction.FOLLOW_UP_ADDED,
                TicketEvent.FollowUpAdded.class);
        assertEquals("CLOSED", t.stored(ticket).status().name());
    }

    @Test
    void adminDeletesATicketWithItsHistoryAndPublishesDeleted() {
        Ticket ticket = t.open("Duplicate request");
        t.run(SAM, ticket, new AddFollowUp("Same as RE00000007"));
        t.tick();
        int published = t.events.count();

        t.desk.delete(ADA, ticket.number());

        assertTrue(t.store.findByNumber(ticket.number()).isEmpty());
        assertTrue(t.store.findById(ticket.id()).isEmpty());
        assertEquals(List.of(), t.store.history(ticket.id(), HistoryQuery.newest(10)), "the history went with it");
        assertTrue(t.desk.find(ADA, ticket.number()).isEmpty());
        assertTrue(t.tickets().isEmpty());
        assertEquals(published + 1, t.events.count());
        TicketEvent.Deleted deleted = assertInstanceOf(TicketEvent.Deleted.class, t.events.last());
        assertEquals(ticket.number(), deleted.occurrence().number());
        assertEquals(ADA.id(), deleted.occurrence().actor());
        assertEquals(t.now(), deleted.occurrence().at());
        assertEquals("Duplicate request", deleted.title());
    }

    @Test
    void aDeletedTicketsNumberIsNeverIssuedAgain() {
        t.open("One");
        Ticket two = t.open("Two");
        t.desk.delete(ADA, two.number());

        assertEquals("RE00000003", t.open("Three").number().value());
        t.assertRefused(TicketNotFoundException.class,
                () -> t.desk.execute(SAM, two.number(), new AddFollowUp("Anyone there?")));
    }

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
        t.step(OLA, ticket, new SetHidden(true), TimelineAction.HIDDEN, TicketEvent.VisibilityChanged.class);
        assertTrue(t.stored(ticket).hidden());
        t.step(OLA, ticket, new SetHidden(false), TimelineAction.SHOWN, TicketEvent.VisibilityChanged.class);
        assertFalse(t.stored(ticket).hidden());
    }

    @Test
    void everyCommandMovesLastActivityToNow() {
        Ticket ticket = t.open("Activity");
        t.tick();
        Ticket after = t.run(SAM, ticket, new AddTag("solar"));
        assertEquals(t.now(), after.lastActivityAt());
    }
}
