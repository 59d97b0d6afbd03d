package io.github.tickets4j.benchmarks.data;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketDeskBuilder;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.stats.ReportPeriod;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The one synthetic data set every benchmark uses: the standard workflow of seed 000 under a fixed clock, a
 * directory of {@value #PROJECTS} projects, and tickets generated deterministically from their sequence number, so
 * the in-memory store, the JPA adapter and the hand-written SQL all see exactly the same tickets.
 *
 * <p>Shape of ticket {@code n}: created within the year before {@link #NOW}; 55 % closed (1 hour to 30 days after
 * creation), 25 % open, 20 % in progress; 90 % assigned to one of {@value #AGENTS} agents; a project (and its
 * customer: project {@code p} belongs to customer {@code p mod 300}, so each of the 300 customers owns three or
 * four projects, 0.3 or 0.4 % of the tickets); up to two tags; half the open ones carry a follow-up date within 20
 * days of today, so about a quarter of the open tickets are overdue; 5 % hidden from customers. Each ticket is
 * stored at version 0 with one history entry, its creation.
 */
public final class Dataset {
    /** The fixed "now" of every benchmark, so overdue counts and report periods do not drift. */
    public static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    /** The tenant every ticket of the data set belongs to. */
    public static final TenantId TENANT = TenantId.DEFAULT;
    /** How many projects the directory knows. */
    public static final int PROJECTS = 1000;
    /** How many agents tickets are assigned to. */
    public static final int AGENTS = 50;
    /** The workflow of every desk: seed 000's OPEN, IN_PROGRESS, CLOSED. */
    public static final Workflow WORKFLOW = Workflows.standard();
    /** The zone the desk takes "today" in: UTC, the zone of {@link #NOW}'s clock. */
    public static final ZoneId ZONE = ZoneOffset.UTC;
    /** The dashboard a support agent opens: everything visible, open tickets newest first, 25 a page. */
    public static final DashboardFilter FILTER = DashboardFilter.cleared();
    /** The order of the dashboard's table. */
    public static final Sort SORT = Sort.NEWEST_FIRST;
    /** The dashboard table's page. */
    public static final PageRequest PAGE = PageRequest.first(25);
    /** The customer whose user opens the portal's dashboard: one of the 100 customers owning four projects. */
    public static final CustomerId CUSTOMER = CustomerId.of("C0079");
    /** The report the benchmarks ask for: the last 30 days. */
    public static final ReportPeriod PERIOD = ReportPeriod.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));

    private static final String[] TAGS = {"billing", "install", "warranty", "inverter", "panel", "meter", "grid"};
    private static final long YEAR_SECONDS = Duration.ofDays(365).getSeconds();
    private static final long MONTH_SECONDS = Duration.ofDays(30).getSeconds();

    private Dataset() {
    }

    /** @return a clock stopped at {@link #NOW} in UTC, never null */
    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /**
     * The host directory: projects {@code P0000…}, each with a customer and one assigned Sales user
     * ({@code sales-<project mod 20>}), five teams of ten agents, and the staff users with their roles (the
     * {@value #AGENTS} agents in Operations, the 20 Sales users, the Admin), so tickets can be assigned to agents.
     *
     * @return a new directory, never null
     */
    public static InMemoryDirectory directory() {
        InMemoryDirectory directory = new InMemoryDirectory();
        for (int p = 0; p < PROJECTS; p++) {
            directory.project(project(p), customer(p), UserId.of("sales-" + p % 20));
        }
        for (int t = 0; t < 5; t++) {
            UserId[] members = new UserId[AGENTS / 5];
            for (int m = 0; m < members.length; m++) {
                members[m] = agent(t + 5 * m);
            }
            directory.team(TeamId.of("team-" + t), members);
        }
        for (int a = 0; a < AGENTS; a++) {
            directory.user(Actor.of(agent(a).value(), Role.OPERATIONS));
        }
        for (int s = 0; s < 20; s++) {
            directory.user(Actor.of("sales-" + s, Role.SALES));
        }
        return directory.user(admin());
    }

    /**
     * Starts a desk builder configured like every benchmark's desk (workflow, directory, zone, fixed clock); the
     * caller adds the storage.
     *
     * @return the builder, never null
     */
    public static TicketDeskBuilder desk() {
        return TicketDesk.builder().workflow(WORKFLOW).directory(directory()).zone(ZONE).clock(clock());
    }

    /** @return an Operations user: may view and work on every ticket; never null */
    public static Actor operations() {
        return Actor.of("agent-0", Role.OPERATIONS);
    }

    /**
     * A user of {@link #CUSTOMER}: the desk confines them to that customer's tickets not hidden from customers and
     * blanks the desk's internal fields (by default team, tags and follow-up date) in what they read.
     *
     * @return the customer's user, never null
     */
    public static Actor customer() {
        return Actor.customer("portal-user", CUSTOMER);
    }

    /** @return an Admin, the only role that reopens; never null */
    public static Actor admin() {
        return Actor.of("admin", Role.ADMIN);
    }

    /** @return a Sales user, limited to the 50 projects assigned to them; never null */
    public static Actor sales() {
        return Actor.of("sales-7", Role.SALES);
    }

    /**
     * The command a benchmark creates tickets with: a title, a description, a project (so the customer is
     * resolved from the directory), an assignee and a tag.
     *
     * @param i any number, to vary the project
     * @return the command, never null
     */
    private static CreateTicket newTicket(long i) {
        int p = (int) (i % PROJECTS);
        return CreateTicket.titled("Inverter shows error " + i).description("Customer called: display shows E" + i)
                .project(project(p)).assignee(agent(p % AGENTS)).tags(TAGS[p % TAGS.length]).build();
    }

    /**
     * The first commands of {@link #newTicket(long)}, for benchmarks that create tickets round-robin from them.
     *
     * @param count how many
     * @return the commands, never null
     */
    public static CreateTicket[] newTickets(int count) {
        CreateTicket[] commands = new CreateTicket[count];
        for (int i = 0; i < count; i++) {
            commands[i] = newTicket(i);
        }
        return commands;
    }

    /**
     * The creation a desk would decide for a resolved command (its customer filled in), written out by hand for the
     * hand-written JDBC baseline, which must not run the desk: the ticket at version 0 in the initial status of
     * {@link #WORKFLOW}, and its {@code Created} event.
     *
     * @param id the new ticket's identity, never null
     * @param number its number, never null
     * @param command the resolved command, never null
     * @param actor the creator, never null
     * @param at when, never null
     * @return the change inserting the ticket, never null
     */
    public static Change created(TicketId id, TicketNumber number, CreateTicket command, UserId actor, Instant at) {
        Ticket t = StoredTicket.builder().tenant(TENANT).id(id).number(number).title(command.title())
                .description(command.description().orElse(null)).status(WORKFLOW.initial())
                .priority(command.priority().or(WORKFLOW::defaultPriority).orElse(null))
                .category(command.category().orElse(null)).project(command.project().orElse(null))
                .customer(command.customer().orElse(null)).assignee(command.assignee().orElse(null))
                .team(command.team().orElse(null)).tags(command.tags()).dueAt(command.dueAt().orElse(null))
                .createdAt(at).createdBy(actor).lastActivityAt(at).workflow(WORKFLOW.ref()).version(0).build();
        TicketEvent.Occurrence creation = new TicketEvent.Occurrence(UUID.randomUUID(), TENANT, id, number, 0, at,
                actor, t.customer(), t.hiddenFromCustomer());
        return new Change(t, new TicketEvent.Created(creation, WORKFLOW.initial().name(), t.project(), t.customer()));
    }

    /**
     * Generates ticket {@code n} of the data set as a store receives it: the ticket at version 0 and the event of
     * its creation, whose entry is the ticket's one history entry; the same n always gives the same change.
     *
     * @param n the sequence number, from 1
     * @return the change inserting the ticket, never null
     */
    public static Change stored(long n) {
        Ticket t = ticket(n);
        // The entry's id derives from n too, so every load writes identical rows.
        TicketEvent.Occurrence creation = new TicketEvent.Occurrence(new UUID(0x7432L, n), t.tenant(), t.id(),
                t.number(), 0, t.createdAt(), t.createdBy(), t.customer(), t.hiddenFromCustomer());
        return new Change(t, new TicketEvent.Created(creation, WORKFLOW.initial().name(), t.project(), t.customer()));
    }

    /**
     * Generates ticket {@code n} of the data set; the same n always gives the same ticket.
     *
     * @param n the sequence number, from 1
     * @return the ticket, version 0, never null
     */
    public static Ticket ticket(long n) {
        SplittableRandom r = new SplittableRandom(n * 0x9E3779B97F4A7C15L);
        Instant created = NOW.minusSeconds(1 + r.nextLong(YEAR_SECONDS)).minusMillis(r.nextInt(1000));
        int p = r.nextInt(PROJECTS);
        UserId creator = UserId.of("sales-" + p % 20);
        double roll = r.nextDouble();
        Status status = WORKFLOW.status(roll < 0.55 ? "CLOSED" : roll < 0.80 ? "OPEN" : "IN_PROGRESS").orElseThrow();
        int agent = r.nextInt(10) == 0 ? -1 : r.nextInt(AGENTS);
        Optional<UserId> assignee = agent < 0 ? Optional.empty() : Optional.of(agent(agent));
        StoredTicket b = StoredTicket.builder().tenant(TENANT).id(new TicketId(new UUID(0x7431L, n)))
                .number(TicketNumberFormat.DEFAULT.format(n)).title("Ticket " + n + " about panel " + p)
                .status(status).project(project(p)).customer(customer(p)).assignee(assignee.orElse(null))
                .team(agent < 0 ? null : TeamId.of("team-" + agent % 5))
                .createdAt(created).createdBy(creator).lastActivityAt(created).workflow(WORKFLOW.ref()).version(0);
        int tags = r.nextInt(3);
        b.tags(tags == 0 ? List.of() : tags == 1 ? List.of(TAGS[p % TAGS.length])
                : List.of(TAGS[p % TAGS.length], TAGS[(p + 3) % TAGS.length]));
        if (status.isClosed()) {
            Instant closed = min(created.plusSeconds(3600 + r.nextLong(MONTH_SECONDS)), NOW);
            b.closedAt(closed).closedBy(assignee.orElse(creator)).lastActivityAt(closed);
        } else if (r.nextBoolean()) {
            b.followUpDate(LocalDate.ofInstant(NOW, ZoneOffset.UTC).plusDays(r.nextInt(41) - 20L));
        }
        // Drawn last, so every other field is what the generator gave before tickets could be hidden.
        b.hiddenFromCustomer(r.nextInt(20) == 0);
        return b.build();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static ProjectId project(int p) {
        return ProjectId.of(String.format("P%04d", p));
    }

    private static CustomerId customer(int p) {
        return CustomerId.of(String.format("C%04d", p % 300));
    }

    private static UserId agent(int a) {
        return UserId.of("agent-" + a);
    }
}
