package io.github.tickets4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.WorkflowRef;
import io.github.tickets4j.core.workflow.Workflows;
import io.github.tickets4j.testkit.fixtures.Actors;
import io.github.tickets4j.testkit.fixtures.DeskFixture;
import io.github.tickets4j.testkit.fixtures.FixtureTicket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The store contract's history and desk rules, S18 to S23 of {@link ContractRule}: the history log appends and
 * never rewrites, pages as {@link HistoryQuery#test} says, stays with its ticket and keeps every entry's visibility;
 * a ticket keeps the workflow version it was created under; and a desk over the store refuses without revealing
 * anything. Part of {@link TicketStoreContract}; hosts extend that class, never this.
 */
abstract class StoreHistoryRules extends StoreQueryRules {

    @Test
    void store_S18_entriesAreAppendedByVersionAndNeverRewritten() {
        FixtureTicket made = ticket(1).activity(30, 18L).status("CLOSED").build();
        TicketId id = made.ticket().id();
        run(() -> store().insert(made.creation()));
        List<TimelineEntry> expected = new ArrayList<>(made.creation().entries());
        assertEquals(newestFirst(expected), history(id), "history after the creation");
        for (Change change : made.updates()) {
            run(() -> store().update(change));
            expected.addAll(change.entries());
            List<TimelineEntry> read = history(id);
            assertEquals(newestFirst(expected), read, "history after version " + change.ticket().version());
            for (int i = 0; i < read.size(); i++) {
                assertEquals(read.size() - 1 - i, read.get(i).sequence(), "the sequence is the version it made");
            }
        }
    }

    @Test
    void store_S19_historyPagesAgreeWithHistoryQuery() {
        List<FixtureTicket> made = List.of(ticket(1).activity(120, 1L).build(),
                ticket(2).followUp(null, Audience.PUBLIC).activity(45, 2L).status("CLOSED").build(),
                ticket(3).build());
        made.forEach(this::insert);
        Random random = new Random(19L);
        for (FixtureTicket ticket : made) {
            TicketId id = ticket.ticket().id();
            List<TimelineEntry> all = ticket.history();
            for (int i = 0; i < 60; i++) {
                HistoryQuery query = randomQuery(random, all.size());
                assertEquals(all.stream().filter(query::test).limit(query.limit()).toList(),
                        tx(() -> store().history(TENANT, id, query)), query + " on " + ticket);
            }
            for (HistoryQuery first : List.of(HistoryQuery.newest(7), HistoryQuery.newest(10).publicOnly(),
                    HistoryQuery.newest(3).only(TimelineAction.FOLLOW_UP_ADDED),
                    HistoryQuery.newest(1).only(TimelineAction.STATUS_CHANGED, TimelineAction.CLOSED).publicOnly(),
                    HistoryQuery.newest(2).only(TimelineAction.TAGGED, TimelineAction.UNTAGGED))) {
                assertEquals(all.stream().filter(first::test).toList(), walk(id, first, all.size()),
                        "pages of " + first + " chained by before, on " + ticket);
            }
        }
    }

    @Test
    void store_S20_historyHoldsOnlyTheTicketsOwnEntries() {
        List<FixtureTicket> made = List.of(ticket(1).activity(15, 20L).build(), ticket(2).activity(15, 21L).build(),
                ticket(3).followUps(3).build());
        // Creations first, then the changes in turns: a shared log interleaves the tickets' entries.
        made.forEach(t -> run(() -> store().insert(t.creation())));
        for (int i = 0; i < 15; i++) {
            for (FixtureTicket t : made) {
                if (i < t.updates().size()) {
                    Change change = t.updates().get(i);
                    run(() -> store().update(change));
                }
            }
        }
        for (FixtureTicket t : made) {
            TicketId id = t.ticket().id();
            List<Object> own = t.history().stream().map(TimelineEntry::id).map(Object.class::cast).toList();
            assertEquals(own, ids(history(id)), "the history of " + t);
            for (HistoryQuery query : List.of(HistoryQuery.newest(4), HistoryQuery.newest(50).only(
                    TimelineAction.FOLLOW_UP_ADDED), HistoryQuery.newest(50).only(TimelineAction.CREATED))) {
                List<Object> read = ids(tx(() -> store().history(TENANT, id, query)));
                assertTrue(own.containsAll(read), query + " on " + t + " returned another ticket's entries: " + read);
                assertEquals(Math.min(query.limit(), t.history().stream().filter(e -> query.actions().isEmpty()
                        || query.actions().contains(e.action())).count()), read.size(), query + " on " + t);
            }
        }
        assertEquals(List.of(), tx(() -> store().history(TENANT, TicketId.random(), HistoryQuery.newest(10))),
                "an unknown ticket's history");
    }

    @Test
    void store_S21_eachTicketKeepsItsWorkflowAndIsDecidedWithIt() {
        Workflow v1 = Workflows.standard();
        Workflow v2 = standardVersion2();
        Workflow crm = Workflows.crmSupport();
        DeskFixture before = DeskFixture.builder().workflow(v1).workflows(crm).storage(storage())
                .zone(SampleTickets.ZONE).build();
        Actor admin = Actors.admin();
        Ticket old = before.desk().create(admin, CreateTicket.titled("Created under v1").build());
        Ticket typed = before.desk().create(admin, CreateTicket.titled("A CRM ticket").workflow(crm.name()).build());
        DeskFixture after = DeskFixture.builder().workflow(v2).workflows(v1, crm).storage(storage())
                .zone(SampleTickets.ZONE).build();
        Ticket fresh = after.desk().create(admin, CreateTicket.titled("Created under v2").build());
        Map<Ticket, WorkflowRef> refs = Map.of(old, v1.ref(), typed, crm.ref(), fresh, v2.ref());
        refs.forEach((ticket, ref) -> {
            assertEquals(ref, stored(ticket.id()).workflow(), "workflow of " + ticket + " read by id");
            assertEquals(ref, tx(() -> store().findByNumber(TENANT, ticket.number())).orElseThrow().workflow(),
                    "workflow of " + ticket + " read by number");
        });
        TicketDesk desk = after.desk();
        assertEquals("WAITING", desk.execute(admin, fresh.number(), new TicketCommand.ChangeStatus("WAITING"))
                .status().name(), "a v2 ticket moves as v2 allows");
        ValidationFailedException refused = assertThrows(ValidationFailedException.class,
                () -> desk.execute(admin, old.number(), new TicketCommand.ChangeStatus("WAITING")));
        assertTrue(refused.violations().stream().map(Violation::field).anyMatch("to"::equals), refused::getMessage);
        assertEquals("CLOSED", desk.execute(admin, old.number(), new TicketCommand.Close()).status().name(),
                "a v1 ticket moves as v1 allows");
        assertEquals(Optional.of("URGENT"), desk.execute(admin, typed.number(),
                new TicketCommand.ChangePriority("urgent")).priority(), "a CRM ticket takes the CRM priorities");
        refs.forEach((ticket, ref) -> assertEquals(ref, stored(ticket.id()).workflow(), "after its change"));
    }

    @Test
    void store_S22_entriesKeepTheirVisibilityAndPublicOnlyHidesInternalOnes() {
        DeskFixture fixture = desk();
        TicketDesk desk = fixture.desk();
        Actor sam = Actors.sales();
        Ticket ticket = desk.create(sam, CreateTicket.titled("Router offline").project(Actors.P1).build());
        TicketNumber n = ticket.number();
        desk.execute(sam, n, new TicketCommand.AddFollowUp("Customer sounds angry"));
        desk.execute(sam, n, new TicketCommand.AddFollowUp("We are on it", desk.today(sam)).visibleToCustomer());
        desk.execute(sam, n, new TicketCommand.Assign(Actors.operations().id()));
        desk.execute(sam, n, new TicketCommand.ChangeStatus("WORK_IN_PROGRESS"));
        desk.execute(sam, n, new TicketCommand.AddTag("vip"));
        List<TimelineEntry> published = new ArrayList<>();
        fixture.events().events().forEach(e -> published.add(0, e.timelineEntry()));
        List<TimelineEntry> read = desk.history(Actors.admin(), n, HistoryQuery.newest(50)).entries();
        assertEquals(List.of(Audience.INTERNAL, Audience.PUBLIC, Audience.INTERNAL, Audience.PUBLIC,
                Audience.INTERNAL, Audience.PUBLIC), read.stream().map(TimelineEntry::audience).toList(),
                "visibility of each entry, newest first");
        assertEquals(published, read, "the entries as published");
        List<TimelineEntry> customerView = desk.history(Actors.admin(), n, HistoryQuery.newest(50).publicOnly())
                .entries();
        assertEquals(read.stream().filter(e -> e.audience() == Audience.PUBLIC).toList(), customerView,
                "publicOnly: every public entry and no internal one");
        assertEquals(List.of(Audience.PUBLIC, Audience.INTERNAL), desk.history(Actors.admin(), n,
                HistoryQuery.newest(50).only(TimelineAction.FOLLOW_UP_ADDED)).entries().stream()
                .map(e -> e.followUp().orElseThrow().audience()).toList(), "the follow-ups' visibility");
        for (TicketEvent event : fixture.events().events()) {
            assertEquals(event.audience(), read.stream().filter(e -> e.id().equals(event.occurrence().id()))
                    .findFirst().orElseThrow().audience(), "the event and its stored entry agree");
        }
    }

    @Test
    void store_S23_refusalsOverTheStoreRevealNothingAndChangeNothing() {
        DeskFixture fixture = desk();
        TicketDesk desk = fixture.desk();
        Actor sam = Actors.sales();
        Ticket theirs = desk.create(Actors.otherSales(), CreateTicket.titled("Sue's ticket").project(Actors.P2)
                .build());
        Ticket mine = desk.create(sam, CreateTicket.titled("Sam's ticket").project(Actors.P1).build());
        TicketNumber missing = TicketNumberFormat.DEFAULT.format(99);
        Map<Ticket, List<TimelineEntry>> before = Map.of(theirs, history(theirs.id()), mine, history(mine.id()));
        fixture.events().clear();
        Map<String, Function<TicketNumber, Executable>> calls = Map.of(
                "a command", x -> () -> desk.execute(sam, x, new TicketCommand.AddFollowUp("Hello")),
                "a command the workflow refuses", x -> () -> desk.execute(sam, x, new TicketCommand.ChangeStatus(
                        "NO_SUCH_STATUS")),
                "a delete", x -> () -> desk.delete(sam, x),
                "a history read", x -> () -> desk.history(sam, x, HistoryQuery.newest(10)));
        calls.forEach((what, call) -> {
            TicketNotFoundException absent = assertThrows(TicketNotFoundException.class, call.apply(missing), what);
            TicketNotFoundException hidden = assertThrows(TicketNotFoundException.class,
                    call.apply(theirs.number()), what + " on a ticket Sam may not view");
            assertEquals(TicketNotFoundException.class, hidden.getClass(), what);
            assertEquals(absent.getMessage().replace(missing.value(), "<number>"),
                    hidden.getMessage().replace(theirs.number().value(), "<number>"), what + ": the same words");
        });
        assertThrows(AccessDeniedException.class, () -> desk.execute(sam, mine.number(),
                new TicketCommand.LinkCustomer(Actors.C2).withProject(Actors.P2)),
                "Sales may not move a ticket into a project not assigned to them");
        before.forEach((ticket, history) -> {
            assertEquals(ticket, stored(ticket.id()), "a refusal changes no state");
            assertEquals(history, history(ticket.id()), "a refusal appends no history");
        });
        assertEquals(List.of(), fixture.events().events(), "a refusal publishes nothing");
    }

    /** Follows a query's pages by {@code before}, each no longer than the limit, until a short page. */
    private List<TimelineEntry> walk(TicketId id, HistoryQuery first, int most) {
        List<TimelineEntry> walked = new ArrayList<>();
        HistoryQuery query = first;
        for (int pages = 0; pages <= most + 1; pages++) {
            HistoryQuery q = query;
            List<TimelineEntry> page = tx(() -> store().history(TENANT, id, q));
            assertTrue(page.size() <= q.limit(), q + " returned " + page.size() + " entries");
            walked.addAll(page);
            if (page.size() < q.limit()) {
                return walked;
            }
            query = q.before(page.get(page.size() - 1).sequence());
        }
        throw new AssertionError("pages of " + first + " never end: " + walked.size() + " entries read");
    }

    /** Any filter: some actions or all, one or both visibilities, a cursor or none, a limit. */
    private static HistoryQuery randomQuery(Random random, int size) {
        TimelineAction[] actions = TimelineAction.values();
        TimelineAction[] wanted = new TimelineAction[random.nextInt(4)];
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = actions[random.nextInt(actions.length)];
        }
        HistoryQuery query = HistoryQuery.newest(random.nextInt(5) == 0 ? HistoryQuery.MAX_LIMIT
                : 1 + random.nextInt(size + 5)).only(wanted);
        switch (random.nextInt(3)) {
            case 0 -> query = query.publicOnly();
            case 1 -> query = new HistoryQuery(query.actions(), Set.of(Audience.INTERNAL), query.before(),
                    query.limit());
            default -> { }
        }
        return random.nextInt(3) == 0 ? query : query.before(random.nextInt(size + 3));
    }

    private static List<TimelineEntry> newestFirst(List<TimelineEntry> oldestFirst) {
        List<TimelineEntry> copy = new ArrayList<>(oldestFirst);
        Collections.reverse(copy);
        return copy;
    }

    private static List<Object> ids(List<TimelineEntry> entries) {
        return entries.stream().map(TimelineEntry::id).map(Object.class::cast).toList();
    }

    /** The standard workflow's second version: it adds a WAITING status the first version lacks. */
    private static Workflow standardVersion2() {
        return Workflow.builder("standard").version(2)
                .status("OPEN", StatusCategory.OPEN).status("IN_PROGRESS", StatusCategory.ACTIVE)
                .status("WAITING", StatusCategory.WAITING).status("CLOSED", StatusCategory.CLOSED)
                .initial("OPEN")
                .transition("START", "OPEN", "IN_PROGRESS").transition("WAIT", "OPEN", "WAITING")
                .transition("WAIT", "IN_PROGRESS", "WAITING").transition("RESUME", "WAITING", "IN_PROGRESS")
                .transition("CLOSE", "OPEN", "CLOSED").transition("CLOSE", "IN_PROGRESS", "CLOSED")
                .transition("CLOSE", "WAITING", "CLOSED").transition("REOPEN", "CLOSED", "OPEN")
                .build();
    }
}
