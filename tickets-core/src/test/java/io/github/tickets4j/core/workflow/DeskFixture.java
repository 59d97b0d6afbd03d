package io.github.tickets4j.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketDeskBuilder;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.query.HistoryPage;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.UserId;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.function.Executable;

/**
 * An in-memory desk with a fixed clock, a recorded event stream and a small directory in which the fixture's
 * actors and {@code tina}, {@code tom} and {@code sid} are users, so tests observe behaviour through the facade
 * only. Shared by the workflow, access and numbering tests.
 */
public final class DeskFixture {
    /** The instant the desk's clock is fixed at. */
    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    /** A project with customer {@link #CUSTOMER}, assigned to {@link #SALES}. */
    public static final ProjectId OWN_PROJECT = ProjectId.of("P-OWN");
    /** A project of another customer, not assigned to {@link #SALES}. */
    public static final ProjectId OTHER_PROJECT = ProjectId.of("P-OTHER");
    /** A project the host has not linked to a customer yet. */
    public static final ProjectId PROSPECT_PROJECT = ProjectId.of("P-PROSPECT");
    /** The customer of {@link #OWN_PROJECT}. */
    public static final CustomerId CUSTOMER = CustomerId.of("C-1");
    /** A team with members {@code tina} and {@code tom}. */
    public static final TeamId TEAM = TeamId.of("T-FIELD");
    /** A team without members. */
    public static final TeamId OTHER_TEAM = TeamId.of("T-OTHER");
    /** An administrator. */
    public static final Actor ADMIN = Actor.of("ada", Role.ADMIN);
    /** An operations user. */
    public static final Actor OPERATIONS = Actor.of("otto", Role.OPERATIONS);
    /** A sales user assigned to {@link #OWN_PROJECT} and {@link #PROSPECT_PROJECT}. */
    public static final Actor SALES = Actor.of("sam", Role.SALES);
    /** A finance user. */
    public static final Actor FINANCE = Actor.of("fay", Role.FINANCE);
    /** A management user. */
    public static final Actor MANAGEMENT = Actor.of("max", Role.MANAGEMENT);
    /** A sales user assigned to {@link #OWN_PROJECT}, member of {@link #TEAM}. */
    public static final Actor TINA = Actor.of("tina", Role.SALES);
    /** An operations user, member of {@link #TEAM}. */
    public static final Actor TOM = Actor.of("tom", Role.OPERATIONS);
    /** A sales user assigned to {@link #OTHER_PROJECT}. */
    public static final Actor SID = Actor.of("sid", Role.SALES);

    // Building a validator is slow; one is enough for every desk.
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private final List<TicketEvent> events = new CopyOnWriteArrayList<>();
    private final InMemoryDirectory directory = directory();
    private final TicketDesk desk;
    private UnaryOperator<CreateTicket.Builder> drafts = UnaryOperator.identity();

    private DeskFixture(UnaryOperator<TicketDeskBuilder> custom) {
        TicketDeskBuilder builder = TicketDesk.builder().inMemory().directory(directory)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).zone(ZoneOffset.UTC).validator(VALIDATOR)
                .events(events::add);
        this.desk = custom.apply(builder).build();
    }

    /**
     * A desk with the given workflow and the standard role matrix.
     *
     * @param workflow the workflow
     * @return the fixture
     */
    public static DeskFixture with(Workflow workflow) {
        return configured(b -> b.workflow(workflow));
    }

    /**
     * A desk configured further by the caller.
     *
     * @param custom changes to the builder
     * @return the fixture
     */
    public static DeskFixture configured(UnaryOperator<TicketDeskBuilder> custom) {
        return new DeskFixture(custom);
    }

    /** @return the directory every fixture desk asks */
    public static InMemoryDirectory directory() {
        return new InMemoryDirectory()
                .project(OWN_PROJECT, CUSTOMER, SALES.id(), UserId.of("tina"))
                .project(OTHER_PROJECT, CustomerId.of("C-2"), UserId.of("sid"))
                .project(PROSPECT_PROJECT, null, SALES.id())
                .team(TEAM, UserId.of("tina"), UserId.of("tom"))
                .team(OTHER_TEAM)
                .user(ADMIN, OPERATIONS, SALES, FINANCE, MANAGEMENT, TINA, TOM, SID);
    }

    /**
     * Sets what every ticket this fixture opens carries besides title and project (fields a workflow requires).
     *
     * @param defaults additions to each creation command
     * @return this fixture
     */
    public DeskFixture drafting(UnaryOperator<CreateTicket.Builder> defaults) {
        this.drafts = defaults;
        return this;
    }

    /** @return this desk's own directory, for tests that change the host's answers midway */
    public InMemoryDirectory hostDirectory() {
        return directory;
    }

    /** @return the desk */
    public TicketDesk desk() {
        return desk;
    }

    /** @return every event published so far, in order */
    public List<TicketEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /**
     * Creates a ticket on a project.
     *
     * @param actor the creator
     * @param project the project
     * @return the stored ticket
     */
    public Ticket open(Actor actor, ProjectId project) {
        return desk.create(actor, drafts.apply(CreateTicket.titled("Inverter shows error 42").project(project)).build());
    }

    /** @return a ticket created by Admin on {@link #OWN_PROJECT} */
    public Ticket open() {
        return open(ADMIN, OWN_PROJECT);
    }

    /**
     * Runs a command.
     *
     * @param actor who acts
     * @param ticket the ticket
     * @param command the command
     * @return the ticket after the command
     */
    public Ticket run(Actor actor, Ticket ticket, TicketCommand command) {
        return desk.execute(actor, ticket.number(), command);
    }

    /**
     * Reads the ticket as stored now, as Admin.
     *
     * @param ticket the ticket
     * @return the stored state
     */
    public Ticket current(Ticket ticket) {
        return desk.find(ADMIN, ticket.number()).orElseThrow();
    }

    /** @return how many tickets exist */
    public long count() {
        return desk.count(ADMIN, TicketQuery.all());
    }

    /**
     * Reads a ticket's history as Admin, newest first.
     *
     * @param ticket the ticket
     * @return every entry, newest first
     */
    public List<TimelineEntry> history(Ticket ticket) {
        List<TimelineEntry> all = new ArrayList<>();
        Optional<HistoryQuery> next = Optional.of(HistoryQuery.newest(HistoryQuery.MAX_LIMIT));
        while (next.isPresent()) {
            HistoryPage page = desk.history(ADMIN, ticket.number(), next.get());
            all.addAll(page.entries());
            next = page.next();
        }
        return all;
    }

    /**
     * Moves a ticket along the workflow's shortest path to a status, as Admin with a reason on every step. The
     * ticket should be created by Admin so that creator-only transitions can be taken too.
     *
     * @param ticket the ticket
     * @param status the wanted status
     * @return the ticket in that status
     */
    public Ticket driveTo(Ticket ticket, String status) {
        Ticket t = current(ticket);
        for (String step : path(desk.workflow(), t.status().name(), status)) {
            t = run(ADMIN, t, new ChangeStatus(step, "walking the workflow"));
        }
        assertEquals(status, t.status().name());
        return t;
    }

    /**
     * Asserts a command is refused with the given exception and that nothing changed: the stored ticket's
     * status, version, history and closed stamp, and the events published.
     *
     * @param type the expected exception
     * @param actor who acts
     * @param ticket the ticket
     * @param command the command
     * @param <X> the exception type
     * @return the exception, for checking its message
     */
    public <X extends Throwable> X refuses(Class<X> type, Actor actor, Ticket ticket, TicketCommand command) {
        return unchangedAfter(type, ticket, () -> run(actor, ticket, command));
    }

    /**
     * Asserts an action on a ticket throws and leaves it and the event stream untouched.
     *
     * @param type the expected exception
     * @param ticket the ticket
     * @param action the action
     * @param <X> the exception type
     * @return the exception
     */
    public <X extends Throwable> X unchangedAfter(Class<X> type, Ticket ticket, Executable action) {
        Ticket before = current(ticket);
        List<TimelineEntry> history = history(ticket);
        int published = events.size();
        X thrown = assertThrows(type, action);
        Ticket after = current(ticket);
        assertEquals(before, after, "ticket");
        assertEquals(before.status(), after.status(), "status");
        assertEquals(before.version(), after.version(), "version");
        assertEquals(history, history(ticket), "history");
        assertEquals(before.closedAt(), after.closedAt(), "closed at");
        assertEquals(before.closedBy(), after.closedBy(), "closed by");
        assertEquals(published, events.size(), "events published");
        return thrown;
    }

    /**
     * Asserts the closed stamp matches the status: set to now and the actor exactly when the status is closed.
     *
     * @param ticket the ticket
     * @param closer who should have closed it, when closed
     */
    public static void assertClosedStampMatchesStatus(Ticket ticket, Actor closer) {
        if (ticket.status().isClosed()) {
            assertEquals(Optional.of(NOW), ticket.closedAt(), "closed at of " + ticket);
            assertEquals(Optional.of(closer.id()), ticket.closedBy(), "closed by of " + ticket);
            assertTrue(ticket.followUpDate().isEmpty(), "a closed ticket has no follow-up date");
        } else {
            assertEquals(Optional.empty(), ticket.closedAt(), "closed at of " + ticket);
            assertEquals(Optional.empty(), ticket.closedBy(), "closed by of " + ticket);
        }
    }

    private static List<String> path(Workflow workflow, String from, String to) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        cameFrom.put(from, from);
        while (!queue.isEmpty() && !cameFrom.containsKey(to)) {
            String current = queue.removeFirst();
            for (Transition t : workflow.transitionsFrom(current)) {
                if (cameFrom.putIfAbsent(t.to(), current) == null) {
                    queue.addLast(t.to());
                }
            }
        }
        List<String> steps = new ArrayList<>();
        for (String s = to; !s.equals(from); s = cameFrom.get(s)) {
            steps.add(0, s);
        }
        return steps;
    }
}
