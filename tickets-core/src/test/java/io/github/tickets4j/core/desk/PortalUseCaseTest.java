package io.github.tickets4j.core.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.RuleViolationException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.GuestPass;
import io.github.tickets4j.core.access.InternalField;
import io.github.tickets4j.core.access.IssuedGuestPass;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.NamedView;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.SortField;
import io.github.tickets4j.core.query.StageCounts;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.support.MutableClock;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Workflows;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The portal side by example: what customers' users and guests may do, what they are refused (naming the rule,
 * changing nothing), guest passes issued, used, expired and revoked, internal fields kept from the portal, and the
 * stage counts of seed 003's views.
 */
class PortalUseCaseTest {
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final ProjectId P100 = ProjectId.of("P-100");
    private static final ProjectId P200 = ProjectId.of("P-200");
    private static final CustomerId C7 = CustomerId.of("C-7");
    private static final CustomerId C8 = CustomerId.of("C-8");
    private static final ContactId K1 = ContactId.of("K-1");
    private static final TeamId FIELD = TeamId.of("field-service");
    private static final Actor ADA = Actor.of("ada", Role.ADMIN);
    private static final Actor COR = Actor.of("cor", Role.COORDINATOR);
    private static final Actor ANNA = Actor.customer("anna", C7).asContact(K1);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZONE);
    private final RecordingPublisher events = new RecordingPublisher();
    private final InMemoryDirectory directory = new InMemoryDirectory().project(P100, C7, ADA.id())
            .project(P200, C8).team(FIELD, ADA.id()).coordinator(COR.id(), C7).user(ADA, COR);
    private final InMemoryStorage storage = new InMemoryStorage();

    private TicketDesk desk(InternalField... internal) {
        return TicketDesk.builder().workflow(Workflows.crmSupport()).storage(storage).directory(directory)
                .clock(clock).zone(ZONE).events(events)
                .validator(VALIDATOR).internalFields(internal).build();
    }

    private TicketDesk desk() {
        return TicketDesk.builder().storage(storage).directory(directory).clock(clock).zone(ZONE).events(events)
                .validator(VALIDATOR).build();
    }

    @Test
    void aCustomersUserHoldingStaffRolesIsStillConfinedToTheirCustomersPublicSide() {
        TicketDesk desk = desk();
        Actor boss = Actor.customer("boss", C7, Role.ADMIN);
        Ticket ours = desk.create(boss, CreateTicket.titled("Ours").build());
        Ticket other = desk.create(ADA, CreateTicket.titled("C-8's").project(P200).build());
        Ticket hidden = desk.create(ADA, CreateTicket.titled("Internal").project(P100).hiddenFromCustomer(true)
                .build());
        assertEquals(1, desk.count(boss, TicketQuery.all()));
        assertTrue(desk.find(boss, other.number()).isEmpty());
        assertTrue(desk.find(boss, hidden.number()).isEmpty());
        int published = events.count();
        assertThrows(AccessDeniedException.class, () -> desk.delete(boss, ours.number()));
        assertThrows(AccessDeniedException.class,
                () -> desk.execute(boss, ours.number(), new TicketCommand.AddTag("vip")));
        assertThrows(AccessDeniedException.class, () -> desk.issueGuestPass(boss, ours.number(), Optional.empty()));
        assertEquals(published, events.count());
        assertEquals(ours, desk.find(ADA, ours.number()).orElseThrow());
    }

    @Test
    void aCustomersUserCreatesForTheirOwnCustomerAndContact() {
        Ticket ticket = desk().create(ANNA, CreateTicket.titled("Router down").build());
        assertEquals(Optional.of(C7), ticket.customer());
        assertEquals(Optional.of(K1), ticket.contact());
        assertEquals(UserId.of("anna"), ticket.createdBy());
    }

    @Test
    void aCustomersCreationThatSetsStaffsFieldsIsRefusedNamingEachAndConsumesNoNumber() {
        TicketDesk desk = desk();
        CreateTicket command = CreateTicket.titled("Mine").customer(C8).contact(ContactId.of("K-2"))
                .assignee(ADA.id()).team(FIELD).tags("vip").dueAt(clock.instant().plusSeconds(3600))
                .hiddenFromCustomer(true).build();
        ValidationFailedException refused = assertThrows(ValidationFailedException.class,
                () -> desk.create(ANNA, command));
        assertEquals(Set.of("customer", "contact", "assignee", "team", "tags", "dueAt", "hiddenFromCustomer"),
                Set.copyOf(refused.violations().stream().map(Violation::field).toList()));
        assertEquals(0, events.count());
        assertEquals("RE00000001", desk.create(ADA, CreateTicket.titled("First").build()).number().value());
    }

    @Test
    void aGuestCreatesNothing() {
        TicketDesk desk = desk();
        Ticket ticket = desk.create(ADA, CreateTicket.titled("From the web form").build());
        Actor guest = letIn(desk, desk.issueGuestPass(ADA, ticket.number(), Optional.empty()));
        int published = events.count();
        assertThrows(AccessDeniedException.class, () -> desk.create(guest, CreateTicket.titled("More").build()));
        assertEquals(published, events.count());
    }

    @Test
    void aCustomerMayNotSendStaffsCommandsNorAnInternalNoteAndNothingChanges() {
        TicketDesk desk = desk();
        Ticket ticket = desk.create(ANNA, CreateTicket.titled("Mine").build());
        assertThrows(AccessDeniedException.class,
                () -> desk.execute(ANNA, ticket.number(), new TicketCommand.ChangePriority("HIGH")));
        ValidationFailedException internal = assertThrows(ValidationFailedException.class,
                () -> desk.execute(ANNA, ticket.number(), new AddFollowUp("note to self")));
        assertEquals("audience", internal.violations().get(0).field());
        assertEquals(ticket, desk.find(ADA, ticket.number()).orElseThrow());
        assertEquals(1, events.count());
    }

    @Test
    void aCustomerReadsThePublicSideOfTheTimelineOnly() {
        TicketDesk desk = desk();
        Ticket ticket = desk.create(ANNA, CreateTicket.titled("Mine").build());
        desk.execute(ADA, ticket.number(), new AddFollowUp("Customer is on the old tariff"));
        desk.execute(ADA, ticket.number(), AddFollowUp.reply("We are on it"));
        List<TimelineEntry> theirs = desk.history(ANNA, ticket.number(), HistoryQuery.newest(50)).entries();
        List<TimelineEntry> staffs = desk.history(ADA, ticket.number(), HistoryQuery.newest(50)).entries();
        assertEquals(3, staffs.size());
        assertEquals(List.of(TimelineAction.FOLLOW_UP_ADDED, TimelineAction.CREATED),
                theirs.stream().map(TimelineEntry::action).toList());
        assertTrue(theirs.stream().allMatch(e -> e.audience() == Audience.PUBLIC));
    }

    @Test
    void aGuestPassLetsItsHolderReadAndReplyToOneTicketUntilRevoked() {
        TicketDesk desk = desk();
        Ticket ticket = desk.create(ADA, CreateTicket.titled("From the web form").build());
        Ticket other = desk.create(ADA, CreateTicket.titled("Somebody else's").build());
        IssuedGuestPass issued = desk.issueGuestPass(ADA, ticket.number(), Optional.empty());
        Actor guest = letIn(desk, issued);
        assertEquals(Set.of(Role.GUEST), guest.roles());
        desk.execute(guest, ticket.number(), AddFollowUp.reply("Still broken"));
        assertTrue(desk.find(guest, other.number()).isEmpty());
        assertEquals(1, desk.count(guest, TicketQuery.all()));
        assertThrows(AccessDeniedException.class, () -> desk.execute(guest, ticket.number(), new TicketCommand.Close(
                Optional.empty())));

        GuestPass revoked = desk.revokeGuestPass(ADA, ticket.number(), issued.pass().id());
        assertTrue(revoked.revokedAt().isPresent());
        assertTrue(desk.guest(TenantId.DEFAULT, issued.token()).isEmpty());
        assertTrue(desk.find(guest, ticket.number()).isEmpty(), "a guest let in before keeps no access");
        assertEquals(0, desk.count(guest, TicketQuery.all()));
        assertThrows(TicketNotFoundException.class,
                () -> desk.execute(guest, ticket.number(), AddFollowUp.reply("Hello?")));
        assertThrows(RuleViolationException.class,
                () -> desk.revokeGuestPass(ADA, ticket.number(), issued.pass().id()));
    }

    @Test
    void aGuestPassStopsWorkingWhenItExpires() {
        TicketDesk desk = desk();
        Ticket ticket = desk.create(ADA, CreateTicket.titled("From the web form").build());
        IssuedGuestPass issued = desk.issueGuestPass(ADA, ticket.number(),
                Optional.of(clock.instant().plus(Duration.ofHours(1))));
        Actor guest = letIn(desk, issued);
        clock.advance(Duration.ofMinutes(59));
        assertTrue(desk.find(guest, ticket.number()).isPresent());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(desk.guest(TenantId.DEFAULT, issued.token()).isEmpty());
        assertTrue(desk.find(guest, ticket.number()).isEmpty());
    }

    @Test
    void aTokenIsLongRandomAndStoredOnlyAsItsHash() {
        TicketDesk desk = desk();
        Ticket ticket = desk.create(ADA, CreateTicket.titled("From the web form").build());
        IssuedGuestPass a = desk.issueGuestPass(ADA, ticket.number(), Optional.empty());
        clock.advance(Duration.ofSeconds(1));
        IssuedGuestPass b = desk.issueGuestPass(ADA, ticket.number(), Optional.empty());
        assertNotEquals(a.token(), b.token());
        assertTrue(a.token().length() - "t4jg_".length() >= 22, "at least 128 bits in base64url");
        assertFalse(a.pass().tokenHash().contains(a.token()));
        assertFalse(a.toString().contains(a.token()));
        assertEquals(List.of(a.pass().id(), b.pass().id()),
                desk.guestPasses(ADA, ticket.number()).stream().map(GuestPass::id).toList());
        assertTrue(desk.guest(TenantId.DEFAULT, a.token() + "x").isEmpty());
        assertTrue(desk.guest(TenantId.of("other"), a.token()).isEmpty());
        List<TicketEvent> issuedEvents = events.events().stream()
                .filter(e -> e instanceof TicketEvent.GuestPassIssued).toList();
        assertEquals(2, issuedEvents.size());
        assertTrue(issuedEvents.stream().allMatch(e -> e.audience() == Audience.INTERNAL
                && !e.toString().contains(a.token()) && !e.toString().contains(b.token())));
    }

    @Test
    void onlyStaffWhoMayEditManageGuestPassesAndAPastExpiryIsRefused() {
        TicketDesk desk = desk();
        Ticket ticket = desk.create(ANNA, CreateTicket.titled("Mine").build());
        int published = events.count();
        assertThrows(AccessDeniedException.class, () -> desk.issueGuestPass(ANNA, ticket.number(), Optional.empty()));
        assertThrows(AccessDeniedException.class,
                () -> desk.issueGuestPass(Actor.of("fay", Role.FINANCE), ticket.number(), Optional.empty()));
        ValidationFailedException past = assertThrows(ValidationFailedException.class,
                () -> desk.issueGuestPass(ADA, ticket.number(), Optional.of(clock.instant())));
        assertEquals("expiresAt", past.violations().get(0).field());
        ValidationFailedException unknown = assertThrows(ValidationFailedException.class,
                () -> desk.revokeGuestPass(ADA, ticket.number(), java.util.UUID.randomUUID()));
        assertEquals("pass", unknown.violations().get(0).field());
        assertEquals(published, events.count());
        assertEquals(List.of(), desk.guestPasses(ADA, ticket.number()));
    }

    @Test
    void deletingATicketEndsItsGuestPasses() {
        TicketDesk desk = desk();
        Ticket ticket = desk.create(ADA, CreateTicket.titled("From the web form").build());
        IssuedGuestPass issued = desk.issueGuestPass(ADA, ticket.number(), Optional.empty());
        desk.delete(ADA, ticket.number());
        assertTrue(storage.guestPasses().findById(TenantId.DEFAULT, issued.pass().id()).isEmpty());
        assertTrue(desk.guest(TenantId.DEFAULT, issued.token()).isEmpty());
    }

    @Test
    void internalFieldsAreBlankForTheCustomerAndTheirFiltersAreRefused() {
        TicketDesk desk = desk(InternalField.PRIORITY, InternalField.TAGS);
        String high = desk.workflow().priorities().get(0);
        Ticket ticket = desk.create(ANNA, CreateTicket.titled("Mine").build());
        desk.execute(ADA, ticket.number(), new TicketCommand.ChangePriority(high));
        desk.execute(ADA, ticket.number(), new TicketCommand.AddTag("vip"));
        Ticket theirs = desk.find(ANNA, ticket.number()).orElseThrow();
        assertEquals(Optional.empty(), theirs.priority());
        assertEquals(Set.of(), theirs.tags());
        assertEquals(Optional.of(high), desk.find(ADA, ticket.number()).orElseThrow().priority());
        ValidationFailedException filter = assertThrows(ValidationFailedException.class,
                () -> desk.count(ANNA, TicketQuery.builder().tags("vip").priorities(high).build()));
        assertEquals(Set.of("tags", "priorities"),
                Set.copyOf(filter.violations().stream().map(Violation::field).toList()));
        assertThrows(ValidationFailedException.class, () -> desk.search(ANNA, TicketQuery.all(),
                Sort.descending(SortField.PRIORITY), PageRequest.first(10)));
        assertThrows(ValidationFailedException.class,
                () -> desk.create(ANNA, CreateTicket.titled("Urgent!").priority(high).build()));
        assertEquals(1, desk.count(ADA, TicketQuery.builder().tags("vip").build()));
    }

    @Test
    void aViewDefinedByAnInternalFieldIsRefusedToTheCustomerNamingTheView() {
        TicketDesk desk = desk(InternalField.ASSIGNEE);
        desk.create(ANNA, CreateTicket.titled("Mine").build());
        ValidationFailedException counts = assertThrows(ValidationFailedException.class,
                () -> desk.stageCounts(ANNA, NamedView.UNASSIGNED));
        assertEquals("view", counts.violations().get(0).field());
        assertThrows(ValidationFailedException.class,
                () -> desk.view(ANNA, NamedView.ASSIGNED_TO_ME, Sort.NEWEST_FIRST, PageRequest.first(10)));
        assertEquals(1, desk.stageCounts(ANNA, NamedView.ALL).all());
        assertEquals(1, desk.stageCounts(ADA, NamedView.UNASSIGNED).all());
    }

    @Test
    void aClosedTicketThatRecordsNoResolutionIsRefusedARatingNamingWhy() {
        TicketDesk desk = desk();
        Ticket ticket = desk.create(ANNA, CreateTicket.titled("Closed in 0.1").build());
        Ticket closed = desk.execute(ADA, ticket.number(), new TicketCommand.Close(Optional.empty()));
        // As a ticket closed before 0.2 reads back: closed, with no resolution instant.
        io.github.tickets4j.core.ticket.Change legacy = io.github.tickets4j.core.ticket.DirectChanges.followUp(closed,
                "imported", Audience.INTERNAL, ADA.id(), clock.instant());
        storage.transactions().inTransaction(() -> {
            storage.tickets().update(new io.github.tickets4j.core.ticket.Change(
                    io.github.tickets4j.core.spi.StoredTicket.from(legacy.ticket()).resolvedAt(null).build(),
                    legacy.event()));
            return null;
        });
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> desk.execute(ANNA, ticket.number(), new TicketCommand.Rate(5, Optional.empty())));
        assertTrue(refused.getMessage().contains("no resolution"), refused.getMessage());
    }

    @Test
    void stageCountsFollowTheWorkflowOrderWithZerosAndOnlyTheViewsTickets() {
        TicketDesk desk = TicketDesk.builder().workflow(Workflows.helpdesk()).storage(storage).directory(directory)
                .clock(clock).zone(ZONE).events(events).validator(VALIDATOR).build();
        desk.create(ANNA, CreateTicket.titled("C-7 one").build());
        Ticket second = desk.create(ADA, CreateTicket.titled("C-7 two").project(P100).build());
        desk.create(ADA, CreateTicket.titled("C-8").project(P200).build());
        desk.execute(ADA, second.number(), new TicketCommand.Close(Optional.of("Done")));
        StageCounts mine = desk.stageCounts(COR, NamedView.MY_TICKETS);
        List<String> order = Workflows.helpdesk().statuses().stream().map(s -> s.name()).toList();
        assertEquals(order, List.copyOf(mine.byStatus().keySet()));
        assertEquals(2, mine.all());
        assertEquals(1, mine.count(desk.find(ADA, second.number()).orElseThrow().status().name()));
        assertEquals(3, desk.stageCounts(ADA, NamedView.ALL).all());
        assertEquals(1, desk.stageCounts(COR, NamedView.MY_CLOSED).all());
        assertEquals(2, desk.stageCounts(ANNA, NamedView.ALL).all());
    }

    private static Actor letIn(TicketDesk desk, IssuedGuestPass issued) {
        return desk.guest(TenantId.DEFAULT, issued.token()).orElseThrow();
    }
}
