package io.github.tickets4j.core.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tickets4j.core.support.MutableClock;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.memory.InMemoryNumberSequence;
import io.github.tickets4j.core.memory.InMemoryTicketStore;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
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
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.function.Executable;

/**
 * A desk over the in-memory adapters with a hand-moved clock, recorded events and a small directory, plus the
 * actors of seed 000 and the assertions every desk test shares: "one command, one entry, one event" and
 * "a refusal changes nothing".
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
            .team(FIELD, OLA.id(), SAM.id());
    final InMemoryTicketStore store = new InMemoryTicketStore();
    final TicketDesk desk;

    private TestDesk(Workflow workflow, boolean transactional) {
        desk = TicketDesk.builder().workflow(workflow).store(store)
                .transactions(transactional ? store.transactions() : Transactions.none())
                .numbers(new InMemoryNumberSequence()).directory(directory).clock(clock).events(events).validator(VALIDATOR).build();
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
        return store.findByNumber(ticket.number()).orElseThrow();
    }

    void tick() {
        clock.advance(Duration.ofMinutes(1));
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return desk.today();
    }

    /** Every stored ticket, by number, read whole from the store. */
    Map<TicketNumber, Ticket> tickets() {
        Map<TicketNumber, Ticket> all = new TreeMap<>();
        for (TicketSummary s : desk.search(ADA, TicketQuery.all(), Sort.NEWEST_FIRST, PageRequest.first(1000))
                .items()) {
            all.put(s.number(), store.findByNumber(s.number()).orElseThrow());
        }
        return all;
    }

    Snapshot snapshot() {
        return new Snapshot(tickets(), events.count());
    }

    /**
     * Runs an action that must be refused with the given exception, and checks it changed nothing: the same
     * tickets at the same versions with the same timelines, and no event.
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
     * Checks that a command moved a ticket on by exactly one step: version + 1, one new timeline entry on top
     * (who, when, what) with the old entries below it, and exactly one published event that wrote that entry.
     *
     * @return the event, cast to the type expected
     */
    <E extends TicketEvent> E assertOneStep(Ticket before, Ticket after, int eventsBefore, Actor actor,
            TimelineAction action, Class<E> eventType) {
        assertEquals(before.version() + 1, after.version(), "version");
        assertEquals(after, stored(after), "the desk returned what the store holds");
        assertEquals(before.timeline().size() + 1, after.timeline().size(), "one timeline entry per command");
        assertEquals(before.timeline(), after.timeline().subList(1, after.timeline().size()), "older entries kept");
        TimelineEntry entry = after.timeline().get(0);
        assertEquals(action, entry.action());
        assertEquals(actor.id(), entry.actor());
        assertEquals(now(), entry.at());
        assertEquals(eventsBefore + 1, events.count(), "one event per command");
        E event = assertInstanceOf(eventType, events.last());
        assertEquals(entry, event.timelineEntry(), "the event wrote the timeline entry");
        assertEquals(after.number(), event.occurrence().number());
        return event;
    }

    /** Runs a command after a tick of the clock and checks it took exactly one step. */
    <E extends TicketEvent> E step(Actor actor, Ticket ticket, TicketCommand command, TimelineAction action,
            Class<E> eventType) {
        tick();
        Ticket before = stored(ticket);
        int published = events.count();
        Ticket after = run(actor, ticket, command);
        return assertOneStep(before, after, published, actor, action, eventType);
    }

    static UserId user(String id) {
        return UserId.of(id);
    }

    /** Everything a refusal must leave as it was. */
    record Snapshot(Map<TicketNumber, Ticket> tickets, int events) {
    }
}
