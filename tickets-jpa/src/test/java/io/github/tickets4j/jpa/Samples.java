package io.github.tickets4j.jpa;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.Rating;
import io.github.tickets4j.core.ticket.Submitter;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketEvent.Occurrence;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Varied tickets and criteria for comparing the store with the core's reference calculation. Values are drawn
 * from small pools so filters, groups and ties actually meet; texts hold LIKE wildcards and the escape character.
 */
final class Samples {
    static final Workflow WORKFLOW = Workflows.ispBilling();
    static final Instant BASE = Instant.parse("2026-03-15T00:00:00Z");
    static final Instant NOW = BASE.plus(Duration.ofDays(20)).plusMillis(345);
    static final ProjectId P1 = ProjectId.of("P-1");
    static final ProjectId P2 = ProjectId.of("P-2");
    static final ProjectId P3 = ProjectId.of("P-3");
    static final CustomerId C1 = CustomerId.of("C-1");
    static final CustomerId C2 = CustomerId.of("C-2");
    static final TeamId T1 = TeamId.of("T-1");
    static final TeamId T2 = TeamId.of("T-2");
    static final UserId SAM = UserId.of("sam");
    static final UserId KIM = UserId.of("kim");
    static final UserId LEE = UserId.of("lee");
    static final UserId ADA = UserId.of("ada");

    private static final List<String> PRIORITIES = List.of("MINOR", "MAJOR", "CRITICAL", "LEGACY");
    private static final List<String> CATEGORIES = List.of("Question", "Problem", "problem", "Incident");
    private static final List<String> TAGS = List.of("billing", "vip", "café", "two words");
    private static final List<String> TITLES = List.of("Solar panel not generating power", "Discount 50% off",
            "snake_case name", "Wow! Great", "Router offline", "Invoice 50 percent wrong");
    private static final List<String> TEXTS = List.of("50%", "%", "_", "e_c", "!", "wow!", "SOLAR", "router",
            "RE00000007", "re00000003", "inverter", "percent");
    private static final List<ProjectId> PROJECTS = List.of(P1, P2, P3);
    private static final List<CustomerId> CUSTOMERS = List.of(C1, C2);
    /** Contacts of the first tickets, each of which is about one with a chance of one in four. */
    private static final List<ContactId> CONTACTS = List.of(ContactId.of("K-1"), ContactId.of("K-2"),
            ContactId.of("K-3"), ContactId.of("K-5"), ContactId.of("K-8"), ContactId.of("K-13"));
    private static final List<TeamId> TEAMS = List.of(T1, T2);
    private static final List<UserId> USERS = List.of(SAM, KIM, LEE, ADA);

    private Samples() {
    }

    /**
     * The host directory of the desk tests: sam (Sales) works on P-1 and P-2, kim on P-2; kim and lee are
     * Operations, ada and root Admins, so each may be assigned.
     */
    static InMemoryDirectory directory() {
        return new InMemoryDirectory().project(P1, C1, SAM).project(P2, C2, SAM, KIM).project(P3, null)
                .team(T1, SAM, KIM).team(T2, LEE)
                .user(Actor.of("sam", Role.SALES), Actor.of("kim", Role.OPERATIONS), Actor.of("lee", Role.OPERATIONS),
                        Actor.of("ada", Role.ADMIN), Actor.of("root", Role.ADMIN));
    }

    /** The creation of a ticket built by hand (version 0), as the store receives it. */
    static Change creation(Ticket ticket) {
        Occurrence occurrence = new Occurrence(UUID.randomUUID(), ticket.tenant(), ticket.id(), ticket.number(), 0,
                ticket.createdAt(), ticket.createdBy(), ticket.customer(), ticket.hiddenFromCustomer());
        return new Change(ticket, new TicketEvent.Created(occurrence, ticket.status().name(), ticket.project(),
                ticket.customer()));
    }

    /**
     * A change made by hand: the ticket as {@code edit} leaves it, one version up, with a category-changed entry
     * (the store writes whatever state it is given; the entry only has to be there).
     */
    static Change change(Ticket ticket, UnaryOperator<StoredTicket> edit) {
        Ticket next = edit.apply(StoredTicket.from(ticket)).version(ticket.version() + 1).build();
        Occurrence occurrence = new Occurrence(UUID.randomUUID(), next.tenant(), next.id(), next.number(),
                next.version(), next.lastActivityAt(), next.createdBy(), next.customer(), next.hiddenFromCustomer());
        return new Change(next, new TicketEvent.CategoryChanged(occurrence, ticket.category(), next.category()));
    }

    /** Tickets of the default tenant numbered 1 to {@code count}. */
    static List<Ticket> tickets(Random r, int count) {
        return tickets(TenantId.DEFAULT, r, count);
    }

    /** Tickets of a tenant numbered 1 to {@code count}. */
    static List<Ticket> tickets(TenantId tenant, Random r, int count) {
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            tickets.add(ticket(tenant, r, i));
        }
        return tickets;
    }

    /** A ticket of the default tenant. */
    static Ticket ticket(Random r, int sequence) {
        return ticket(TenantId.DEFAULT, r, sequence);
    }

    static Ticket ticket(TenantId tenant, Random r, int sequence) {
        Status status = pick(r, WORKFLOW.statuses());
        // Odd minutes from mid-March to April 9: Europe and Lord Howe change their clocks in between.
        Instant created = BASE.plus(Duration.ofMinutes(r.nextInt(25 * 24 * 60))).plusMillis(r.nextInt(1000));
        boolean closed = status.isClosed();
        long seconds = r.nextBoolean() ? 3600L * (1 + r.nextInt(3)) : r.nextInt(400_000);
        Instant closedAt = closed ? created.plusSeconds(seconds).plusMillis(r.nextInt(1000)) : null;
        Set<String> tags = new TreeSet<>();
        TAGS.forEach(t -> {
            if (r.nextInt(3) == 0) {
                tags.add(t);
            }
        });
        StoredTicket built = StoredTicket.builder().tenant(tenant).id(TicketId.random())
                .number(TicketNumberFormat.DEFAULT.format(sequence))
                .title(pick(r, TITLES)).description(r.nextBoolean() ? null : "About the " + pick(r, TITLES))
                .status(status).priority(maybe(r, PRIORITIES)).category(maybe(r, CATEGORIES))
                .project(maybe(r, PROJECTS)).customer(maybe(r, CUSTOMERS))
                .contact(r.nextInt(4) == 0 ? ContactId.of("K-" + sequence) : null)
                .submitter(r.nextInt(5) == 0 ? Submitter.of(null, "x" + sequence + "@example.com", null) : null)
                .assignee(maybe(r, USERS)).team(maybe(r, TEAMS)).tags(tags).hiddenFromCustomer(r.nextInt(6) == 0)
                .dueAt(r.nextInt(3) == 0 ? BASE.plus(Duration.ofMinutes(r.nextInt(30 * 24 * 60))) : null)
                .followUpDate(!closed && r.nextBoolean()
                        ? LocalDate.ofInstant(BASE, ZoneOffset.UTC).plusDays(r.nextInt(30)) : null)
                .createdAt(created).createdBy(pick(r, USERS))
                .closedAt(closedAt).closedBy(closed ? pick(r, USERS) : null)
                .lastActivityAt(closed ? closedAt : created.plusSeconds(r.nextInt(3) * 600L))
                .workflow(WORKFLOW.ref()).version(0);
        return resolvedAndRated(built, status, sequence, created).build();
    }

    /**
     * A resolved or closed ticket gets its resolution and, every other time, a rating of it: score, comment (or
     * none) and rater vary. Drawn from a random of the ticket's own, so the draws of {@code r}, and with them every
     * other ticket, stay as they were before ratings existed.
     */
    private static StoredTicket resolvedAndRated(StoredTicket ticket, Status status, int sequence, Instant created) {
        StatusCategory category = status.category();
        if (category != StatusCategory.RESOLVED && category != StatusCategory.CLOSED) {
            return ticket;
        }
        Random r = new Random(created.toEpochMilli() * 31 + sequence);
        Instant resolved = created.plus(Duration.ofMinutes(1 + r.nextInt(3 * 24 * 60)));
        ticket.resolvedAt(resolved);
        if (r.nextBoolean()) {
            ticket.rating(new Rating(Rating.MIN + r.nextInt(Rating.MAX), r.nextInt(3) == 0 ? Optional.empty()
                    : Optional.of(pick(r, TITLES)), resolved.plus(Duration.ofMinutes(r.nextInt(5 * 24 * 60)))
                            .plusMillis(r.nextInt(1000)), pick(r, USERS)));
        }
        return ticket;
    }

    /**
     * Criteria combining a random part of every filter with random scopes of every kind, some naming some of the
     * tickets.
     */
    static TicketCriteria criteria(Random r, List<Ticket> tickets) {
        TicketQuery.Builder q = TicketQuery.builder();
        if (r.nextInt(4) == 0) {
            q.statuses(some(r, WORKFLOW.statuses().stream().map(Status::name).toList()).toArray(String[]::new));
        }
        if (r.nextInt(5) == 0) {
            q.statusCategories(some(r, List.of(StatusCategory.values())).toArray(StatusCategory[]::new));
        }
        q.overdueOnly(r.nextInt(6) == 0);
        if (r.nextInt(5) == 0) {
            q.projects(some(r, PROJECTS).toArray(ProjectId[]::new));
        }
        if (r.nextInt(6) == 0) {
            q.customers(some(r, CUSTOMERS).toArray(CustomerId[]::new));
        }
        if (r.nextInt(5) == 0) {
            q.assignees(some(r, USERS).toArray(UserId[]::new));
        }
        q.unassignedOnly(r.nextInt(8) == 0);
        if (r.nextInt(6) == 0) {
            q.creators(some(r, USERS).toArray(UserId[]::new));
        }
        if (r.nextInt(6) == 0) {
            q.teams(some(r, TEAMS).toArray(TeamId[]::new));
        }
        if (r.nextInt(5) == 0) {
            q.priorities(some(r, PRIORITIES).toArray(String[]::new));
        }
        if (r.nextInt(5) == 0) {
            q.categories(some(r, List.of("PROBLEM", "question", "Incident", "none")).toArray(String[]::new));
        }
        if (r.nextInt(5) == 0) {
            q.tags(some(r, TAGS).toArray(String[]::new));
        }
        if (r.nextInt(4) == 0) {
            q.createdBetween(r.nextBoolean() ? null : instant(r), r.nextBoolean() ? null : instant(r));
        }
        if (r.nextInt(5) == 0) {
            q.closedBetween(r.nextBoolean() ? null : instant(r), r.nextBoolean() ? null : instant(r));
        }
        if (r.nextInt(4) == 0) {
            q.text(pick(r, TEXTS));
        }
        if (r.nextInt(5) == 0) {
            q.ratedBetween(r.nextBoolean() ? null : instant(r), r.nextBoolean() ? null : instant(r));
        }
        List<ViewableTickets> scopes = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            scopes.add(scope(r, tickets));
        }
        return criteria(q.build(), scopes);
    }

    /** Criteria combining a random part of every filter with random scopes that never name a ticket. */
    static TicketCriteria criteria(Random r) {
        return criteria(r, List.of());
    }

    /**
     * Every kind of scope: all tickets, the public side, or a restricted scope whose sets (each possibly empty)
     * name projects, teams, assignees, involved users, customers, contacts and some of the tickets.
     */
    private static ViewableTickets scope(Random r, List<Ticket> tickets) {
        return switch (r.nextInt(6)) {
            case 0 -> ViewableTickets.all();
            case 1 -> ViewableTickets.publicSide();
            default -> new ViewableTickets.Restricted(Set.copyOf(some(r, PROJECTS)), Set.copyOf(some(r, TEAMS)),
                    Set.copyOf(some(r, USERS)), Set.copyOf(some(r, USERS)), Set.copyOf(some(r, CUSTOMERS)),
                    Set.copyOf(some(r, CONTACTS)), Set.copyOf(some(r, tickets.stream().map(Ticket::id).toList())));
        };
    }

    /** Criteria of the default tenant as the desk would make them at {@link #NOW}, for the ISP workflow. */
    static TicketCriteria criteria(TicketQuery query, List<ViewableTickets> scopes) {
        return criteria(TenantId.DEFAULT, query, scopes);
    }

    /** Criteria of a tenant as the desk would make them at {@link #NOW}, for the ISP workflow. */
    static TicketCriteria criteria(TenantId tenant, TicketQuery query, List<ViewableTickets> scopes) {
        return new TicketCriteria(tenant, query, scopes, LocalDate.ofInstant(NOW, ZoneOffset.UTC), NOW,
                query.text().flatMap(TicketNumberFormat.DEFAULT::parse),
                WORKFLOW.statuses().stream().map(Status::name).toList(), WORKFLOW.priorities());
    }

    static TicketCriteria all() {
        return criteria(TicketQuery.all(), List.of(ViewableTickets.all()));
    }

    private static Instant instant(Random r) {
        return BASE.plus(Duration.ofMinutes(r.nextInt(25 * 24 * 60)));
    }

    static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static <T> T maybe(Random r, List<T> values) {
        return r.nextInt(values.size() + 1) == 0 ? null : pick(r, values);
    }

    /** A random subset, usually small, possibly empty. */
    private static <T> List<T> some(Random r, List<T> values) {
        List<T> chosen = new ArrayList<>();
        for (T v : values) {
            if (r.nextInt(3) == 0) {
                chosen.add(v);
            }
        }
        return chosen;
    }
}
