package io.github.tickets4j.core.query;

import io.github.tickets4j.core.support.MutableClock;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A desk over a small host CRM, with a clock the test moves. Sam sells Solar and Hydro, Sue sells Wind and Hydro;
 * Orphan has no customer and no salesperson. Olga and Ann form team North, Cat is team South. There is one actor
 * per role of seed 000, and Nora, who holds no role at all; all of them are users of the directory, with those
 * roles, so tickets can be assigned to them.
 */
public final class Crm {
    /** A Monday morning, where every desk's clock starts unless told otherwise. */
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    /** The zone of the default desk. */
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    public static final ProjectId SOLAR = ProjectId.of("P-SOLAR");
    public static final ProjectId WIND = ProjectId.of("P-WIND");
    public static final ProjectId HYDRO = ProjectId.of("P-HYDRO");
    public static final ProjectId ORPHAN = ProjectId.of("P-ORPHAN");
    public static final CustomerId SUN = CustomerId.of("C-SUN");
    public static final CustomerId BREEZE = CustomerId.of("C-BREEZE");
    public static final CustomerId RIVER = CustomerId.of("C-RIVER");
    public static final TeamId NORTH = TeamId.of("T-NORTH");
    public static final TeamId SOUTH = TeamId.of("T-SOUTH");

    public static final Actor SAM = Actor.of("sam", Role.SALES);
    public static final Actor SUE = Actor.of("sue", Role.SALES);
    public static final Actor OLGA = Actor.of("olga", Role.OPERATIONS);
    public static final Actor ANN = Actor.of("ann", Role.OPERATIONS);
    public static final Actor CAT = Actor.of("cat", Role.OPERATIONS);
    public static final Actor ADA = Actor.of("ada", Role.ADMIN);
    public static final Actor FAY = Actor.of("fay", Role.FINANCE);
    public static final Actor MAX = Actor.of("max", Role.MANAGEMENT);
    public static final Actor NORA = new Actor(UserId.of("nora"), Set.of());

    /**
     * A workflow whose priorities have no default, so tickets without priority exist, and whose status and
     * priority orders differ from the alphabetical ones, so sorting by name would show.
     */
    public static final Workflow TRIAGE = Workflow.builder("triage")
            .status("OPEN", StatusCategory.OPEN).status("IN_PROGRESS", StatusCategory.ACTIVE)
            .status("WAITING", StatusCategory.WAITING).status("CLOSED", StatusCategory.CLOSED)
            .initial("OPEN")
            .transition("START", "OPEN", "IN_PROGRESS")
            .transition("WAIT", "IN_PROGRESS", "WAITING")
            .transition("RESUME", "WAITING", "IN_PROGRESS")
            .transition("CLOSE", "OPEN", "CLOSED")
            .transition("CLOSE", "IN_PROGRESS", "CLOSED")
            .transition("CLOSE", "WAITING", "CLOSED")
            .transition("REOPEN", "CLOSED", "OPEN")
            .priorities("LOW", "MEDIUM", "HIGH", "URGENT")
            .build();

    // Bootstrapping a validator is slow; property tests build many desks.
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private final MutableClock clock;
    private final InMemoryDirectory directory;
    private final TicketDesk desk;

    private Crm(Workflow workflow, ZoneId zone, Instant start) {
        this.clock = new MutableClock(start, zone);
        this.directory = new InMemoryDirectory()
                .project(SOLAR, SUN, SAM.id())
                .project(WIND, BREEZE, SUE.id())
                .project(HYDRO, RIVER, SAM.id(), SUE.id())
                .project(ORPHAN, null)
                .team(NORTH, OLGA.id(), ANN.id())
                .team(SOUTH, CAT.id())
                .user(SAM, SUE, OLGA, ANN, CAT, ADA, FAY, MAX, NORA);
        this.desk = TicketDesk.builder().inMemory().workflow(workflow).directory(directory).clock(clock).zone(zone)
                .validator(VALIDATOR).build();
    }

    /** @return a desk with the default workflow of seed 000 in Berlin, never null */
    public static Crm standard() {
        return of(Workflows.standard());
    }

    /**
     * @param workflow the desk's workflow, never null
     * @return a desk with that workflow in Berlin, never null
     */
    public static Crm of(Workflow workflow) {
        return of(workflow, BERLIN, START);
    }

    /**
     * @param workflow the desk's workflow, never null
     * @param zone the desk's zone (and the clock's), where "today" is taken, never null
     * @param start where the clock starts, never null
     * @return the desk, never null
     */
    public static Crm of(Workflow workflow, ZoneId zone, Instant start) {
        return new Crm(workflow, zone, start);
    }

    /** @return the desk, never null */
    public TicketDesk desk() {
        return desk;
    }

    /** @return the host's directory, for tests that change its answers midway; never null */
    public InMemoryDirectory directory() {
        return directory;
    }

    /** @return today in the desk's zone, as an actor without a zone of their own sees it; never null */
    public LocalDate today() {
        return desk.today(OLGA);
    }

    /** @return the desk's clock, never null */
    public MutableClock clock() {
        return clock;
    }

    /**
     * Moves time on.
     *
     * @param by how far, never null
     */
    public void later(Duration by) {
        clock.advance(by);
    }

    /**
     * Creates a ticket.
     *
     * @param by the creator, never null
     * @param command the command so far, never null
     * @return the ticket, never null
     */
    public Ticket create(Actor by, CreateTicket.Builder command) {
        return desk.create(by, command.build());
    }

    /**
     * Operations user Olga creates a ticket for a project.
     *
     * @param title the title, never null
     * @param project the project, never null
     * @return the ticket, never null
     */
    public Ticket create(String title, ProjectId project) {
        return create(OLGA, CreateTicket.titled(title).project(project));
    }

    /**
     * Runs commands on a ticket, one after the other.
     *
     * @param actor who acts, never null
     * @param ticket the ticket, never null
     * @param commands the commands, at least one
     * @return the ticket after the last one, never null
     */
    public Ticket run(Actor actor, Ticket ticket, TicketCommand... commands) {
        Ticket current = ticket;
        for (TicketCommand command : commands) {
            current = desk.execute(actor, ticket.number(), command);
        }
        return current;
    }

    /**
     * Lists the numbers of every ticket a search finds, in order.
     *
     * @param actor who asks, never null
     * @param query the filters, never null
     * @param sort the order, never null
     * @return the numbers, never null
     */
    public List<TicketNumber> search(Actor actor, TicketQuery query, Sort sort) {
        return numbers(desk.search(actor, query, sort, PageRequest.first(PageRequest.MAX_SIZE)));
    }

    /**
     * Lists the numbers of every ticket a search finds, in number order.
     *
     * @param actor who asks, never null
     * @param query the filters, never null
     * @return the numbers, never null
     */
    public List<TicketNumber> search(Actor actor, TicketQuery query) {
        return search(actor, query, Sort.ascending(SortField.NUMBER));
    }

    /**
     * @param page a page of tickets, never null
     * @return the numbers on it, in order, never null
     */
    public static List<TicketNumber> numbers(Page<TicketSummary> page) {
        return page.items().stream().map(TicketSummary::number).toList();
    }

    /**
     * @param tickets tickets, never null
     * @return their numbers, in the given order, never null
     */
    public static List<TicketNumber> numbers(Ticket... tickets) {
        return java.util.Arrays.stream(tickets).map(Ticket::number).toList();
    }
}
