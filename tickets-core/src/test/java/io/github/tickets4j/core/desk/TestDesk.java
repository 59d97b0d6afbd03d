package io.github.tickets4j.core.desk;

import io.github.tickets4j.core.ticket.TenantId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.core.support.MutableClock;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.FollowUp;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.function.Executable;

/**
 * A desk over in-memory storage with a hand-moved clock, recorded events and a small directory in which every
 * actor below is a user, plus the actors of seed 000 and the assertions every desk test shares: "one command,
 * one history entry, one event" and "a refusal changes nothing".
 */
final class TestDesk {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final ProjectId P100 = ProjectId.of("P-100");
    static final ProjectId P200 = ProjectId.of("P-200");
    static final CustomerId C7 = CustomerId.of("C-7");
    static final CustomerId C8 = CustomerId.of("C-8");
    static final TeamId FIELD = TeamId.of("field-service");
    /** Sales, assigned to project P-100 only. */
    static final Actor SAM = Actor.of("sam", Role.SALES);
    /** Sales, assigned to project P-200 only. */
    static final Actor SID = Actor.of("sid", Role.SALES);
    static final Actor OLA = Actor.of("ola", Role.OPERATIONS);
    static final Actor ADA = Actor.of("ada", Role.ADMIN);
    static final Actor FAY = Actor.of("fay", Role.FINANCE);
    static final Actor MIA = Actor.of("mia", Role.MANAGEMENT);

    /** Building a validator is slow and it holds no state, so every test desk shares one. */
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    final MutableClock clock = new MutableClock(START, ZONE);
    final RecordingPublisher events = new RecordingPublisher();
    final InMemoryDirectory directory = new InMemoryDirectory()
            .project(P100, C7, SAM.id())
            .project(P200, C8, SID.id())
            .team(FIELD, OLA.id(), SAM.id())
            .user(SAM, SID, OLA, ADA, FAY, MIA);
    final InMemoryStorage storage = new InMemoryStorage();
    final TicketStore store = storage.tickets();
    final TicketDesk desk;

    private TestDesk(Workflow workflow, boolean transactional) {
        desk = TicketDesk.builder().workflow(workflow).storage(transactional ? storage : withoutTransactions(storage))
                .directory(directory).clock(clock).zone(ZONE).events(events).validator(VALIDATOR).build();
    }

    /** @return a desk with the default workflow and role matrix of seed 000 */
    static TestDesk standard() {
        return new TestDesk(Workflows.standard(), true);
    }

    static TestDesk with(Workflow workflow) {
        return new TestDesk(workflow, true);
    }

    /**
     * A standard desk whose use cases run without transactions, so concurrent writers meet the store's
     * optimistic locking instead of waiting for each other.
     */
    static TestDesk withoutTransactions() {
        return new TestDesk(Workflows.standard(), false);
    }

    /** The same store and numbers, with a unit of work that just runs the work: nothing waits, nothing is undone. */
    private static TicketStorage withoutTransactions(TicketStorage storage) {
        return new TicketStorage() {
            @Override
            public TicketStore tickets() {
                return storage.tickets();
            }

            @Override
            public GuestPasses guestPasses() {
                return storage.guestPasses();
            }

            @Override
            public NumberSequence numbers() {
                return storage.numbers();
            }

            @Override
            public Transactions transactions() {
                return new Transactions() {
                    @Override
                    public <T> T inTransaction(Supplier<T> work) {
                        return work.get();
                    }
                };
            }
        };
    }

    /** A command that passes this desk's creation rules, whatever its workflow requires. */
    CreateTicket.Builder valid(String title) {
        CreateTicket.Builder b = CreateTicket.titled(title).project(P100);
        Workflow w = desk.workflow();
        if (w.priorityRequired() && w.defaultPriority().isEmpty()) {
            b.priority(w.priorities().get(0));
        }
        if (w.categoryRequired()) {
            b.category(w.categories().isEmpty() ? "Billing" : w.categories().get(0));
        }
        return b;
    }

    /** Sam creates a ticket from his project P-100 (customer C-7). */
    Ticket open(String title) {
        return desk.create(SAM, valid(title).build());
    }

    Ticket run(Actor actor, Ticket ticket, TicketCommand command) {
        return desk.execute(actor, ticket.number(), command);
    }

    /** @return the ticket as the store holds it now */
    Ticket stored(Ticket ticket) {
        return store.findByNumber(TenantId.DEFAULT, ticket.number()).orElseThrow();
    }

    /** @return the ticket's whole history as the store holds it, newest first, read page by page */
    List<TimelineEntry> history(Ticket ticket) {
        List<TimelineEntry> all = new ArrayList<>();
        HistoryQuery query = HistoryQuery.newest(HistoryQuery.MAX_LIMIT);
        while (true) {
            List<TimelineEntry> page = store.history(TenantId.DEFAULT, ticket.id(), query);
            all.addAll(page);
            if (page.size() < query.limit()) {
                return all;
            }
            query = query.before(page.get(page.size() - 1).sequence());
        }
    }

    /** @return the newest history entry of the ticket */
    TimelineEntry newest(Ticket ticket) {
        return store.history(TenantId.DEFAULT, ticket.id(), HistoryQuery.newest(1)).get(0);
    }

    /** @return the ticket's follow-ups, newest first, read back from its history */
    List<FollowUp> followUps(Ticket ticket) {
        return history(ticket).stream().flatMap(e -> e.followUp().stream()).toList();
    }

    void tick() {
        clock.advance(Duration.ofMinutes(1));
    }

    Instant now() {
        return clock.instant();
    }

    /** @return today in the desk's zone, as an actor without a zone of their own sees it */
    LocalDate today() {
        return desk.today(OLA);
    }

    /** Every stored ticket, by number, read whole from the store. */
    Map<TicketNumber, Ticket> tickets() {
        Map<TicketNumber, Ticket> all = new TreeMap<>();
        for (TicketSummary s : desk.search(ADA, TicketQuery.all(), Sort.NEWEST_FIRST, PageRequest.first(1000))
                .items()) {
            all.put(s.number(), store.findByNumber(TenantId.DEFAULT, s.number()).orElseThrow());
        }
        return all;
    }

    Snapshot snapshot() {
        Map<TicketNumber, Ticket> tickets = tickets();
        Map<TicketNumber, List<TimelineEntry>> histories = new TreeMap<>();
        tickets.forEach((number, ticket) -> histories.put(number, history(ticket)));
        return new Snapshot(tickets, histories, events.count());
    }

    /**
     * Runs an action that must be refused with the given exception, and checks it changed nothing: the same
     * tickets at the same versions with the same histories, and no event.
     */
    <X extends TicketsException> X assertRefused(Class<X> type, Executable action) {
        Snapshot before = snapshot();
        X refusal = assertThrows(type, action);
        assertEquals(before, snapshot(), "a refused action changed the stored tickets or published an event");
        return refusal;
    }

    /** Creates a ticket and checks it received the given sequence value, so no number was skipped. */
    void assertNextNumberIs(long sequence) {
        assertEquals(sequence, open("Next in line").number().sequence(), "the next creation skipped a number");
    }

    /**
     * Checks that a command moved a ticket on by exactly one step: version + 1, one new history entry on top
     * (numbered with the new version; who, when, what) with the old entries below it, and exactly one published
     * event that wrote that entry and carries its visibility.
     *
     * @return the event, cast to the type expected
     */
    <E extends TicketEvent> E assertOneStep(Ticket before, List<TimelineEntry> historyBefore, Ticket after,
            int eventsBefore, Actor actor, TimelineAction action, Class<E> eventType) {
        assertEquals(before.version() + 1, after.version(), "version");
        assertEquals(after, stored(after), "the desk returned what the store holds");
        List<TimelineEntry> history = history(after);
        assertEquals(historyBefore.size() + 1, history.size(), "one history entry per command");
        assertEquals(historyBefore, history.subList(1, history.size()), "older entries kept");
        TimelineEntry entry = history.get(0);
        assertEquals(after.version(), entry.sequence(), "the entry is numbered with the version it produced");
        assertEquals(action, entry.action());
        assertEquals(actor.id(), entry.actor());
        assertEquals(now(), entry.at());
        assertEquals(eventsBefore + 1, events.count(), "one event per command");
        E event = assertInstanceOf(eventType, events.last());
        assertEquals(entry, event.timelineEntry(), "the event wrote the history entry");
        assertEquals(entry.audience(), event.audience());
        assertEquals(after.number(), event.occurrence().number());
        assertEquals(after.version(), event.occurrence().version());
        return event;
    }

    /** Runs a command after a tick of the clock and checks it took exactly one step. */
    <E extends TicketEvent> E step(Actor actor, Ticket ticket, TicketCommand command, TimelineAction action,
            Class<E> eventType) {
        tick();
        Ticket before = stored(ticket);
        List<TimelineEntry> historyBefore = history(before);
        int published = events.count();
        Ticket after = run(actor, ticket, command);
        return assertOneStep(before, historyBefore, after, published, actor, action, eventType);
    }

    static UserId user(String id) {
        return UserId.of(id);
    }

    /** @return the entry's follow-up, failing when it is none */
    static FollowUp followUp(TimelineEntry entry) {
        Optional<FollowUp> followUp = entry.followUp();
        return followUp.orElseThrow(() -> new AssertionError(entry + " is not a follow-up"));
    }

    /** Everything a refusal must leave as it was. */
    record Snapshot(Map<TicketNumber, Ticket> tickets, Map<TicketNumber, List<TimelineEntry>> histories,
            int events) {
    }
}
