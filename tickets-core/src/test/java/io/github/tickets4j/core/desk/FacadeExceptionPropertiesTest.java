package io.github.tickets4j.core.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Affiliation;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.query.HistoryPage;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.NamedView;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.SortField;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.stats.ReportPeriod;
import io.github.tickets4j.core.support.MutableClock;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.DirectChanges;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.Submitter;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.AddTag;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeCategory;
import io.github.tickets4j.core.ticket.TicketCommand.ChangePriority;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeTeam;
import io.github.tickets4j.core.ticket.TicketCommand.ClearCategory;
import io.github.tickets4j.core.ticket.TicketCommand.ClearDueDate;
import io.github.tickets4j.core.ticket.TicketCommand.ClearFollowUpDate;
import io.github.tickets4j.core.ticket.TicketCommand.ClearTeam;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.LinkCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.PickUp;
import io.github.tickets4j.core.ticket.TicketCommand.Rate;
import io.github.tickets4j.core.ticket.TicketCommand.RemoveTag;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketCommand.SetDueDate;
import io.github.tickets4j.core.ticket.TicketCommand.SetFollowUpDate;
import io.github.tickets4j.core.ticket.TicketCommand.SetHiddenFromCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.Unassign;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.WorkflowRef;
import io.github.tickets4j.core.workflow.Workflows;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.function.Executable;

/**
 * No raw JDK exception escapes the facade, for any input or any stored state. Random desks (default workflow, further
 * workflows and versions, zone, number format, numbers already issued) hold random tickets written straight into
 * their storage that the desk's configuration does not expect (a workflow or version it was not given, a status its
 * workflow lacks or files under another category, priorities, categories, projects, customers, teams and assignees
 * nobody knows, dates at the ends of time); random actors (no roles, unknown roles, unknown users, odd zones) then
 * call every public method of {@link TicketDesk} with random input built by the public factories a host calls
 * (nulls everywhere, blank, huge and control-character text, unknown names, numbers out of range, dates and instants
 * at the extremes, null elements in collections). Every call either succeeds or throws a {@link TicketsException};
 * a refused call, and every read, changes nothing: the same tickets at the same versions with the same histories, no
 * event, no number drawn.
 */
class FacadeExceptionPropertiesTest {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    /** Building a validator is slow and it holds no state, so every desk shares one. */
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static final ProjectId P1 = ProjectId.of("P-1");
    static final ProjectId P2 = ProjectId.of("P-2");
    /** A project without a customer. */
    static final ProjectId P3 = ProjectId.of("P-3");
    /** A project the directory does not know. */
    static final ProjectId P_GONE = ProjectId.of("P-404");
    static final CustomerId C1 = CustomerId.of("C-1");
    static final CustomerId C2 = CustomerId.of("C-2");
    /** A customer without a project. */
    static final CustomerId C3 = CustomerId.of("C-3");
    static final CustomerId C_GONE = CustomerId.of("C-404");
    static final TeamId T1 = TeamId.of("field");
    static final TeamId T2 = TeamId.of("empty-team");
    static final TeamId T_GONE = TeamId.of("gone-team");
    static final ContactId K1 = ContactId.of("K-1");

    static final Actor SAM = Actor.of("sam", Role.SALES);
    static final Actor SID = Actor.of("sid", Role.SALES);
    static final Actor OLA = Actor.of("ola", Role.OPERATIONS);
    static final Actor ADA = Actor.of("ada", Role.ADMIN);
    static final Actor FAY = Actor.of("fay", Role.FINANCE);
    static final Actor MIA = Actor.of("mia", Role.MANAGEMENT);
    /** A user without roles: the default policy allows them nothing. */
    static final Actor NOBODY = new Actor(UserId.of("nobody"), Set.of());
    /** A user holding only a role the policy does not know. */
    static final Actor GHOST = new Actor(UserId.of("ghost"), Set.of(Role.of("GHOST")));
    /** Sales and finance at once, assigned to project P-2. */
    static final Actor MAX = new Actor(UserId.of("max"), Set.of(Role.SALES, Role.FINANCE));
    /** An operations user the directory does not know. */
    static final Actor STRANGER = Actor.of("stranger", Role.OPERATIONS);
    static final List<Actor> ACTORS = List.of(SAM, SID, OLA, ADA, FAY, MIA, NOBODY, GHOST, MAX, STRANGER);
    /** A customer's user of C-1, one bound to contact K-1, and a guest holding a pass to a ticket nobody stored. */
    static final List<Actor> OUTSIDERS = List.of(Actor.customer("cleo", C1), Actor.customer("kim", C1).asContact(K1),
            new Actor(TenantId.DEFAULT, UserId.of("gus"), Set.of(Role.GUEST), Optional.empty(),
                    new Affiliation.Guest(TicketId.random(), UUID.randomUUID())));
    /** A user id nobody knows. */
    static final UserId GONE = UserId.of("gone");
    static final List<ZoneId> ODD_ZONES = List.of(ZoneId.of("+18:00"), ZoneId.of("-18:00"),
            ZoneId.of("Pacific/Kiritimati"), ZoneId.of("Etc/GMT+12"), ZoneId.of("America/St_Johns"), ZoneOffset.UTC);

    /** Shared by every desk: it is thread-safe and never changed after this. */
    static final InMemoryDirectory DIRECTORY = new InMemoryDirectory()
            .project(P1, C1, SAM.id()).project(P2, C2, SID.id(), MAX.id()).project(P3, null, SAM.id(), SID.id())
            .customer(C3).team(T1, OLA.id(), SAM.id()).team(T2)
            .user(SAM, SID, OLA, ADA, FAY, MIA, NOBODY, GHOST, MAX);

    static final Workflow FIELD_1 = field(1);
    static final Workflow FIELD_2 = field(2);
    /** The possible defaults of a desk; any of the others may be given besides. */
    static final List<Workflow> DEFAULTS = List.of(Workflows.standard(), Workflows.crmSupport(),
            Workflows.ecommerce(), Workflows.helpdesk(), Workflows.ispBilling(), FIELD_2);
    static final List<Workflow> ALL = concat(DEFAULTS, List.of(FIELD_1));
    /** Workflows tickets may record that a desk is never given. */
    static final List<WorkflowRef> UNKNOWN_REFS = List.of(new WorkflowRef("ghost-flow", 1),
            new WorkflowRef("standard", 7), new WorkflowRef("field", 3));

    static final List<String> STATUS_NAMES = nameList(ALL.stream().flatMap(w -> w.statuses().stream()
            .map(Status::name)), "LIMBO", "in progress", " closed ");
    static final List<String> PRIORITY_NAMES = nameList(ALL.stream().flatMap(w -> w.priorities().stream()),
            "BOGUS", "urgent ", "Critical");
    static final List<String> CATEGORY_NAMES = nameList(ALL.stream().flatMap(w -> w.categories().stream()),
            "Unknown type", " problem ", "Billing");
    static final List<String> TAGS = List.of("billing", "VIP", " Urgent ", "with space", "t".repeat(50));

    // ------------------------------------------------------------------------------------------------------------
    // The property
    // ------------------------------------------------------------------------------------------------------------

    @Property(tries = 600, shrinking = ShrinkingMode.BOUNDED)
    void everyCallSucceedsOrThrowsATicketsExceptionAndARefusedCallChangesNothing(
            @ForAll("desks") DeskSpec desk, @ForAll("storedStates") List<Stored> stored,
            @ForAll("calls") List<Call> calls) {
        World world = new World(desk, stored);
        for (Call call : calls) {
            world.clock.advance(Duration.ofMinutes(7));
            Snapshot before = world.snapshot();
            Object result;
            try {
                result = call.run().apply(world);
            } catch (TicketsException refused) {
                Statistics.label("outcome").collect(call.kind(), refused.getClass().getSimpleName());
                assertEquals(before, world.snapshot(), "refused " + call + " changed something: " + refused);
                continue;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError escaped) {
                throw new AssertionError(call + " escaped the facade as " + escaped, escaped);
            }
            Statistics.label("outcome").collect(call.kind(), "done");
            if (call.reads()) {
                assertEquals(before, world.snapshot(), call + " only reads, yet changed something");
            } else if (result instanceof Ticket t && !world.numbers.contains(t.number())) {
                world.numbers.add(t.number());
            }
        }
        // Guards against generators that drift into refusing everything at the first check.
        Statistics.label("outcome").coverage(c -> {
            for (String kind : List.of("create", "execute", "history", "search", "dashboard", "report", "delete")) {
                c.check(kind, "done").count((Integer n) -> assertTrue(n > 0, kind + " never succeeded"));
            }
            c.check("execute", "WorkflowMismatchException").count((Integer n) -> assertTrue(n > 0,
                    "no stored ticket mismatched its workflow"));
            c.check("execute", "AccessDeniedException").count((Integer n) -> assertTrue(n > 0,
                    "no command was denied"));
        });
    }

    // ------------------------------------------------------------------------------------------------------------
    // The escapes the property found, one example each
    // ------------------------------------------------------------------------------------------------------------

    @Example
    void anActorGivenTheSameRoleTwiceHoldsItOnce() {
        // Was IllegalArgumentException "duplicate element: SALES" from Set.of.
        assertEquals(Actor.of("sam", Role.SALES), Actor.of("sam", Role.SALES, Role.SALES));
        assertEquals(Set.of(Role.SALES, Role.ADMIN), Actor.of("ada", Role.ADMIN, Role.SALES, Role.ADMIN).roles());
    }

    @Example
    void anActorOfANullRoleOrANullRoleArrayIsRefusedNamingRoles() {
        // Were NullPointerExceptions from Set.of.
        assertNamed("roles", () -> Actor.of("sam", Role.SALES, null));
        assertNamed("roles", () -> Actor.of("sam", (Role[]) null));
    }

    @Example
    void aDashboardFilterOfNullStatusesOrANullStatusIsRefusedNamingStatuses() {
        // Were NullPointerExceptions from statuses.stream() and Set.copyOf.
        assertNamed("statuses", () -> new DashboardFilter(null, false));
        assertNamed("statuses", () -> DashboardFilter.statuses((String[]) null));
        assertNamed("statuses", () -> DashboardFilter.statuses("OPEN", null));
        assertEquals(Set.of("OPEN"), DashboardFilter.statuses("open", "OPEN").statuses(), "a name twice is one");
    }

    @Example
    void aSortWithoutAFieldIsRefusedNamingField() {
        // Was NullPointerException "field" from Objects.requireNonNull.
        assertNamed("field", () -> new Sort(null, true));
        assertNamed("field", () -> Sort.ascending(null));
        assertNamed("field", () -> Sort.descending(null));
    }

    @Example
    void aQueryFilterGivenANullArrayIsRefusedNamingTheFilter() {
        // Were NullPointerExceptions from Arrays.asList in every varargs setter of the builder.
        Map<String, Function<TicketQuery.Builder, TicketQuery.Builder>> setters = new LinkedHashMap<>();
        setters.put("statuses", b -> b.statuses((String[]) null));
        setters.put("statusCategories", b -> b.statusCategories((StatusCategory[]) null));
        setters.put("projects", b -> b.projects((ProjectId[]) null));
        setters.put("customers", b -> b.customers((CustomerId[]) null));
        setters.put("assignees", b -> b.assignees((UserId[]) null));
        setters.put("creators", b -> b.creators((UserId[]) null));
        setters.put("teams", b -> b.teams((TeamId[]) null));
        setters.put("priorities", b -> b.priorities((String[]) null));
        setters.put("categories", b -> b.categories((String[]) null));
        setters.put("tags", b -> b.tags((String[]) null));
        setters.forEach((field, setter) -> assertNamed(field, () -> setter.apply(TicketQuery.builder()).build()));
    }

    @Example
    void aCreationGivenANullTagArrayIsRefusedNamingTagsAndChangesNothing() {
        // Was NullPointerException from Arrays.asList in CreateTicket.Builder.tags.
        TestDesk t = TestDesk.standard();
        ValidationFailedException refused = t.assertRefused(ValidationFailedException.class,
                () -> t.desk.create(TestDesk.SAM, CreateTicket.titled("Fine").project(TestDesk.P100)
                        .tags((String[]) null).build()));
        assertEquals(List.of("tags"), refused.violations().stream().map(Violation::field).toList());
        t.assertNextNumberIs(1);
    }

    @Example
    void aTicketIdWithoutAValueIsRefusedNamingTicketId() {
        // Was NullPointerException "value" from Objects.requireNonNull.
        assertNamed("ticketId", () -> new TicketId(null));
    }

    @Example
    void aReportPeriodEndingOnTheLastDayALocalDateHoldsIsRefusedNamingTo() {
        // desk.report counts up to the start of the day after the period: for LocalDate.MAX that was a
        // DateTimeException ("Invalid value for Year") from the report, after the period had been accepted.
        assertNamed("to", () -> ReportPeriod.of(LocalDate.MAX.minusDays(3), LocalDate.MAX));
        TestDesk t = TestDesk.standard();
        LocalDate last = LocalDate.MAX.minusDays(1);
        assertEquals(List.of(last.minusDays(1), last), List.copyOf(t.desk.report(TestDesk.ADA,
                ReportPeriod.of(last.minusDays(1), last)).createdPerDay().keySet()), "the day before still reports");
    }

    private static void assertNamed(String field, Executable call) {
        ValidationFailedException e = assertThrows(ValidationFailedException.class, call);
        assertEquals(List.of(field), e.violations().stream().map(Violation::field).toList(), e.getMessage());
    }

    // ------------------------------------------------------------------------------------------------------------
    // The world of one try: a desk over in-memory storage holding tickets written straight into its store
    // ------------------------------------------------------------------------------------------------------------

    /** How the desk of one try is configured. */
    record DeskSpec(Workflow standard, List<Workflow> others, ZoneId zone, TicketNumberFormat format,
            long lastIssued) {
        @Override
        public String toString() {
            return "desk " + standard.ref() + " + " + others.stream().map(Workflow::ref).toList() + " in " + zone
                    + ", " + format + " after " + lastIssued;
        }
    }

    /**
     * A ticket as another desk, an older version of the host or a hand-edited database may have left it; inserted
     * straight into the store, with {@code followUps} notes appended straight to its history.
     */
    record Stored(WorkflowRef workflow, Status status, Optional<String> priority, Optional<String> category,
            Optional<ProjectId> project, Optional<CustomerId> customer, Optional<UserId> assignee,
            Optional<TeamId> team, UserId creator, Set<String> tags, Optional<Instant> dueAt,
            Optional<LocalDate> followUpDate, Instant createdAt, Instant closedAt, boolean hiddenFromCustomer, int followUps) {
        Stored withStatus(Status value) {
            return new Stored(workflow, value, priority, category, project, customer, assignee, team, creator, tags,
                    dueAt, followUpDate, createdAt, closedAt, hiddenFromCustomer, followUps);
        }
    }

    /** Everything a refusal or a read must leave as it was. */
    record Snapshot(Map<TicketNumber, Ticket> tickets, Map<TicketNumber, List<TimelineEntry>> histories,
            int events, long numbersDrawn) {
    }

    /** One try's desk, storage, clock, events and the numbers of the tickets it holds (deleted ones included). */
    static final class World {
        final MutableClock clock = new MutableClock(START, ZoneOffset.UTC);
        final List<TicketEvent> events = new ArrayList<>();
        final AtomicLong numbersDrawn = new AtomicLong();
        final InMemoryStorage storage;
        final TicketStore store;
        final TicketDesk desk;
        final TicketNumberFormat format;
        final List<TicketNumber> numbers = new ArrayList<>();

        World(DeskSpec spec, List<Stored> stored) {
            storage = new InMemoryStorage(spec.lastIssued());
            store = storage.tickets();
            format = spec.format();
            TicketStorage counted = new TicketStorage() {
                private final NumberSequence numbered = (tenant, maximum) -> {
                    long next = storage.numbers().next(tenant, maximum);
                    numbersDrawn.incrementAndGet();
                    return next;
                };

                @Override
                public TicketStore tickets() {
                    return store;
                }

                @Override
                public GuestPasses guestPasses() {
                    return storage.guestPasses();
                }

                @Override
                public NumberSequence numbers() {
                    return numbered;
                }

                @Override
                public Transactions transactions() {
                    return storage.transactions();
                }
            };
            desk = TicketDesk.builder().workflow(spec.standard()).workflows(spec.others().toArray(Workflow[]::new))
                    .storage(counted).directory(DIRECTORY).clock(clock).zone(spec.zone())
                    .numberFormat(spec.format()).events(events::add).validator(VALIDATOR).build();
            for (int i = 0; i < stored.size(); i++) {
                insert(stored.get(i), storedNumber(spec, i));
            }
        }

        /**
         * Tickets numbered before the desk's sequence continued carry its prefix, some with fewer digits; with no
         * numbers issued before, they carry another prefix. Either way no number the desk issues collides.
         */
        private static TicketNumber storedNumber(DeskSpec spec, int index) {
            TicketNumberFormat f = spec.format();
            if (spec.lastIssued() > index) {
                return new TicketNumber(f.prefix(), index + 1, index % 2 == 1 && f.width() > 4 ? 4 : f.width());
            }
            return new TicketNumber("OLD", index + 1, 6);
        }

        private void insert(Stored s, TicketNumber number) {
            boolean closed = s.status().isClosed();
            Ticket ticket = StoredTicket.builder().tenant(TenantId.DEFAULT).id(TicketId.random()).number(number).title("Stored " + number)
                    .description("Written by " + s.workflow()).status(s.status()).priority(s.priority().orElse(null))
                    .category(s.category().orElse(null)).project(s.project().orElse(null))
                    .customer(s.customer().orElse(null)).contact(K1).assignee(s.assignee().orElse(null))
                    .team(s.team().orElse(null)).tags(s.tags()).hiddenFromCustomer(s.hiddenFromCustomer()).dueAt(s.dueAt().orElse(null))
                    .followUpDate(s.followUpDate().orElse(null)).createdAt(s.createdAt()).createdBy(s.creator())
                    .closedAt(closed ? s.closedAt() : null).closedBy(closed ? s.creator() : null)
                    .resolvedAt(closed ? s.closedAt() : null).lastActivityAt(s.createdAt()).workflow(s.workflow())
                    .version(0).build();
            TicketEvent created = new TicketEvent.Created(new TicketEvent.Occurrence(UUID.randomUUID(), ticket.tenant(), ticket.id(),
                    number, 0, s.createdAt(), s.creator(), ticket.customer(), ticket.hiddenFromCustomer()),
                    s.status().name(), ticket.project(), ticket.customer());
            storage.transactions().inTransaction(() -> {
                store.insert(new Change(ticket, created));
                Ticket current = ticket;
                for (int i = 0; i < s.followUps(); i++) {
                    Change note = DirectChanges.followUp(current, "Stored note " + i,
                            i % 2 == 0 ? Audience.INTERNAL : Audience.PUBLIC, s.creator(), s.createdAt());
                    store.update(note);
                    current = note.ticket();
                }
                return null;
            });
            numbers.add(number);
        }

        /** The number of a ticket the desk holds or held, or a number nobody issued when it holds none. */
        TicketNumber known(int index) {
            return numbers.isEmpty() ? TicketNumberFormat.DEFAULT.format(4242) : numbers.get(index % numbers.size());
        }

        Snapshot snapshot() {
            Map<TicketNumber, Ticket> tickets = new LinkedHashMap<>();
            Map<TicketNumber, List<TimelineEntry>> histories = new LinkedHashMap<>();
            for (TicketSummary s : desk.search(ADA, TicketQuery.all(), Sort.ascending(SortField.NUMBER),
                    PageRequest.first(PageRequest.MAX_SIZE)).items()) {
                Ticket t = store.findByNumber(TenantId.DEFAULT, s.number()).orElseThrow();
                tickets.put(s.number(), t);
                histories.put(s.number(), store.history(TenantId.DEFAULT, t.id(), HistoryQuery.newest(HistoryQuery.MAX_LIMIT)));
            }
            return new Snapshot(tickets, histories, events.size(), numbersDrawn.get());
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Desks and stored states
    // ------------------------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<DeskSpec> desks() {
        Arbitrary<TicketNumberFormat> formats = Arbitraries.of(TicketNumberFormat.DEFAULT,
                TicketNumberFormat.of("T", 1), TicketNumberFormat.of("XYZ", 3));
        // Half the desks are given every other workflow, so that most stored tickets get to be decided.
        Arbitrary<Set<Workflow>> given = Arbitraries.oneOf(Arbitraries.subsetOf(ALL),
                Arbitraries.just(Set.copyOf(ALL)));
        return Combinators.combine(Arbitraries.of(DEFAULTS), given, Arbitraries.of(ODD_ZONES),
                formats, Arbitraries.integers().between(0, 2)).as((standard, others, zone, format, issued) -> {
                    // A default older than another version of its own name is a configuration error, not input.
                    List<Workflow> rest = others.stream().filter(w -> w != standard && !(w.name()
                            .equals(standard.name()) && w.version() > standard.version())).toList();
                    long last = List.of(0L, 5L, format.maximum() - 1).get(issued);
                    return new DeskSpec(standard, rest, zone, format, last);
                });
    }

    @Provide
    Arbitrary<List<Stored>> storedStates() {
        Arbitrary<WorkflowRef> refs = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(ALL).map(Workflow::ref)), Tuple.of(1, Arbitraries.of(UNKNOWN_REFS)));
        Arbitrary<Status> odd = Combinators.combine(Arbitraries.of(STATUS_NAMES), Arbitraries.of(StatusCategory.class))
                .as(Status::of);
        Arbitrary<Status> any = Arbitraries.of(ALL).flatMap(w -> Arbitraries.of(w.statuses()));
        Arbitrary<UserId> users = Arbitraries.of(concat(ACTORS.stream().map(Actor::id).toList(), List.of(GONE)));
        Arbitrary<Instant> instants = Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH, START,
                START.minus(Duration.ofDays(400)), START.plus(Duration.ofDays(3)));
        Arbitrary<Set<String>> tags = Arbitraries.oneOf(Arbitraries.subsetOf(TAGS),
                Arbitraries.of(Ticket.MAX_TAGS, Ticket.MAX_TAGS + 5).map(n -> IntStream.range(0, n)
                        .mapToObj(i -> "tag" + i).collect(Collectors.toSet())));
        @SuppressWarnings({"unchecked", "rawtypes"})
        // The status is a placeholder here: it is drawn below, knowing the ticket's workflow.
        List<Arbitrary<Object>> parts = (List) List.of(refs, Arbitraries.just(Status.of("OPEN", StatusCategory.OPEN)),
                maybe(Arbitraries.of(PRIORITY_NAMES)), maybe(Arbitraries.of(CATEGORY_NAMES)),
                maybe(Arbitraries.of(P1, P2, P3, P_GONE)), maybe(Arbitraries.of(C1, C2, C3, C_GONE)), maybe(users),
                maybe(Arbitraries.of(T1, T2, T_GONE)), users, tags, maybe(instants),
                maybe(Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 9))),
                instants, instants, Arbitraries.of(true, false), Arbitraries.integers().between(0, 3));
        // Mostly a status of the ticket's own workflow, so commands get to be decided; else any status in any category.
        Arbitrary<Stored> one = Combinators.combine(parts).as(FacadeExceptionPropertiesTest::stored).flatMap(s -> {
            Arbitrary<Status> own = ALL.stream().filter(w -> w.ref().equals(s.workflow())).findFirst()
                    .map(w -> Arbitraries.of(w.statuses())).orElse(any);
            return Arbitraries.frequencyOf(Tuple.of(5, own), Tuple.of(1, any), Tuple.of(1, odd))
                    .map(status -> s.withStatus(status));
        });
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.<Stored>of())),
                Tuple.of(6, one.list().ofMinSize(1).ofMaxSize(4)));
    }

    @SuppressWarnings("unchecked")
    private static Stored stored(List<Object> v) {
        return new Stored((WorkflowRef) v.get(0), (Status) v.get(1), (Optional<String>) v.get(2),
                (Optional<String>) v.get(3), (Optional<ProjectId>) v.get(4), (Optional<CustomerId>) v.get(5),
                (Optional<UserId>) v.get(6), (Optional<TeamId>) v.get(7), (UserId) v.get(8), (Set<String>) v.get(9),
                (Optional<Instant>) v.get(10), (Optional<LocalDate>) v.get(11), (Instant) v.get(12),
                (Instant) v.get(13), (Boolean) v.get(14), (Integer) v.get(15));
    }

    private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> values) {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.<T>empty())),
                Tuple.of(2, values.map(Optional::of)));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Calls: every public method of the desk, with arguments built by the host's factories inside the call
    // ------------------------------------------------------------------------------------------------------------

    /**
     * One call to the facade, arguments included: they are built when the call runs, so a factory refusing its
     * input is a refusal of the call.
     *
     * @param kind the method, for the statistics
     * @param text the call as a host would write it, for the report
     * @param reads whether the call only reads (then it must change nothing even when it succeeds)
     * @param run the call
     */
    record Call(String kind, String text, boolean reads, Function<World, Object> run) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** A value a host passes, described as the host would write it; made when the call runs. */
    record Gen<T>(String text, Function<World, T> make) {
        static <T> Gen<T> of(String text, T value) {
            return new Gen<>(text, w -> value);
        }

        static <T> Gen<T> lazy(String text, Supplier<T> value) {
            return new Gen<>(text, w -> value.get());
        }

        T in(World w) {
            return make.apply(w);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    @Provide
    Arbitrary<List<Call>> calls() {
        Arbitrary<Call> create = Combinators.combine(actors(), creations()).as((a, c) -> write("create",
                "create(" + a + ", " + c + ")", w -> w.desk.create(a.in(w), c.in(w))));
        Arbitrary<Call> execute = Combinators.combine(actors(), numbers(), commands()).as((a, n, c) -> write(
                "execute", "execute(" + a + ", " + n + ", " + c + ")", w -> w.desk.execute(a.in(w), n.in(w), c.in(w))));
        // Staff who see every ticket, on a ticket the desk holds, with a well-formed command: the ticket's stored
        // state and workflow get to decide.
        Arbitrary<Call> decide = Combinators.combine(Arbitraries.of(ADA, OLA, FAY, MAX), Arbitraries.of(ODD_ZONES)
                .injectNull(0.5), Arbitraries.integers().between(0, 20), wellFormedCommands()).as((a, z, i, c) ->
                        write("execute", "execute(" + describe(a) + (z == null ? "" : ".inZone(" + z + ")")
                                + ", ticket#" + i + ", " + c + ")", w -> w.desk.execute(z == null ? a : a.inZone(z),
                                        w.known(i), c.in(w))));
        Arbitrary<Call> delete = Combinators.combine(actors(), numbers()).as((a, n) -> write("delete",
                "delete(" + a + ", " + n + ")", w -> {
                    w.desk.delete(a.in(w), n.in(w));
                    return null;
                }));
        Arbitrary<Call> find = Combinators.combine(actors(), numbers()).as((a, n) -> read("find",
                "find(" + a + ", " + n + ")", w -> w.desk.find(a.in(w), n.in(w))));
        Arbitrary<Call> history = Combinators.combine(actors(), numbers(), historyQueries()).as((a, n, q) -> read(
                "history", "history(" + a + ", " + n + ", " + q + ")",
                w -> {
                    HistoryPage page = w.desk.history(a.in(w), n.in(w), q.in(w));
                    // Hosts read follow-ups from the entries; the second page continues where the first ended.
                    page.entries().forEach(TimelineEntry::followUp);
                    return page.next().isPresent() ? w.desk.history(a.in(w), n.in(w), page.next().get()) : page;
                }));
        Arbitrary<Call> search = Combinators.combine(actors(), queries(), sorts(), pages()).as((a, q, s, p) -> read(
                "search", "search(" + a + ", " + q + ", " + s + ", " + p + ")",
                w -> w.desk.search(a.in(w), q.in(w), s.in(w), p.in(w))));
        Arbitrary<Call> count = Combinators.combine(actors(), queries()).as((a, q) -> read("count",
                "count(" + a + ", " + q + ")", w -> w.desk.count(a.in(w), q.in(w))));
        Arbitrary<Call> view = Combinators.combine(actors(), views(), sorts(), pages()).as((a, v, s, p) -> read(
                "view", "view(" + a + ", " + v + ", " + s + ", " + p + ")",
                w -> w.desk.view(a.in(w), v.in(w), s.in(w), p.in(w))));
        Arbitrary<Call> dashboard = Combinators.combine(actors(), filters(), sorts(), pages()).as((a, f, s, p) -> read(
                "dashboard", "dashboard(" + a + ", " + f + ", " + s + ", " + p + ")",
                w -> w.desk.dashboard(a.in(w), f.in(w), s.in(w), p.in(w))));
        Arbitrary<Call> report = Combinators.combine(actors(), periods()).as((a, p) -> read("report",
                "report(" + a + ", " + p + ")", w -> w.desk.report(a.in(w), p.in(w))));
        Arbitrary<Call> number = Arbitraries.oneOf(texts(), typedNumbers()).map(t -> read("number",
                "number(" + t + ")", w -> w.desk.number(t.in(w))));
        Arbitrary<Call> today = actors().map(a -> read("today", "today(" + a + ")", w -> w.desk.today(a.in(w))));
        Arbitrary<Call> workflow = Arbitraries.just(read("workflow", "workflow()", w -> w.desk.workflow()));
        return Arbitraries.frequencyOf(Tuple.of(3, create), Tuple.of(5, execute), Tuple.of(5, decide),
                Tuple.of(2, delete),
                Tuple.of(1, find), Tuple.of(2, history), Tuple.of(2, search), Tuple.of(1, count), Tuple.of(1, view),
                Tuple.of(2, dashboard), Tuple.of(2, report), Tuple.of(1, number), Tuple.of(1, today),
                Tuple.of(1, workflow), Tuple.of(2, factories())).list().ofMinSize(1).ofMaxSize(10);
    }

    private static Call write(String kind, String text, Function<World, Object> run) {
        return new Call(kind, text, false, run);
    }

    private static Call read(String kind, String text, Function<World, Object> run) {
        return new Call(kind, text, true, run);
    }

    /** Factories a host calls on their own, beyond those building the desk's arguments. */
    private Arbitrary<Call> factories() {
        Arbitrary<Call> formats = Combinators.combine(texts(), ints(), longs(), texts()).as((p, width, seq, t) ->
                read("factory", "TicketNumberFormat.of(" + p + ", " + width + ") then format(" + seq + "), parse("
                        + t + "), require(" + t + ")", w -> {
                            TicketNumberFormat f = TicketNumberFormat.of(p.in(w), width);
                            f.parse(t.in(w));
                            f.maximum();
                            f.format(seq);
                            return f.require(t.in(w));
                        }));
        Arbitrary<Call> numbers = Combinators.combine(texts(), longs(), ints()).as((p, seq, width) -> read("factory",
                "new TicketNumber(" + p + ", " + seq + ", " + width + ").value()",
                w -> new TicketNumber(p.in(w), seq, width).value()));
        Arbitrary<Call> refs = Combinators.combine(texts(), ints()).as((id, version) -> read("factory",
                "new WorkflowRef(" + id + ", " + version + ")", w -> new WorkflowRef(id.in(w), version)));
        Arbitrary<Call> ids = Arbitraries.of(
                read("factory", "new TicketId(null)", w -> new TicketId(null)),
                read("factory", "TicketId.random()", w -> TicketId.random()),
                read("factory", "Submitter.of(null, null, null)", w -> Submitter.of(null, null, null)),
                read("factory", "new Submitter(null, null, null)", w -> new Submitter(null, null, null)));
        Arbitrary<Call> others = Arbitraries.oneOf(historyQueries(), sorts(), pages(), filters(), periods(), queries(),
                creations(), commands(), actors(), numbers()).map(g -> read("factory", String.valueOf(g), g::in));
        return Arbitraries.oneOf(formats, numbers, refs, ids, others);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Arguments
    // ------------------------------------------------------------------------------------------------------------

    private Arbitrary<Gen<Actor>> actors() {
        // Admin and operations see every ticket, so their calls get furthest: they come twice as often.
        Arbitrary<Gen<Actor>> known = Arbitraries.of(concat(concat(ACTORS, List.of(ADA, OLA)), OUTSIDERS))
                .map(a -> Gen.of(describe(a), a));
        Arbitrary<Gen<Actor>> zoned = Combinators.combine(Arbitraries.of(ACTORS), Arbitraries.of(ODD_ZONES))
                .as((a, z) -> Gen.of(describe(a) + ".inZone(" + z + ")", a.inZone(z)));
        Arbitrary<Gen<Actor>> built = Arbitraries.of(
                Gen.lazy("Actor.of(\"sam\", SALES, SALES)", () -> Actor.of("sam", Role.SALES, Role.SALES)),
                Gen.lazy("Actor.of(\"sam\", (Role) null)", () -> Actor.of("sam", (Role) null)),
                Gen.lazy("Actor.of(\"sam\", (Role[]) null)", () -> Actor.of("sam", (Role[]) null)),
                Gen.lazy("Actor.of(null, ADMIN)", () -> Actor.of(null, Role.ADMIN)),
                Gen.lazy("new Actor(sam, null)", () -> new Actor(UserId.of("sam"), null)),
                Gen.lazy("new Actor(sam, {SALES, null})", () -> new Actor(UserId.of("sam"),
                        new HashSet<>(Arrays.asList(Role.SALES, null)))),
                Gen.lazy("new Actor(null, {})", () -> new Actor(null, Set.of())),
                Gen.lazy("new Actor(ola, {OPERATIONS}, null, staff)", () -> new Actor(TenantId.DEFAULT, OLA.id(),
                        OLA.roles(), null, Affiliation.Staff.INSTANCE)),
                Gen.lazy("new Actor(ola, {OPERATIONS}, empty, null)", () -> new Actor(TenantId.DEFAULT, OLA.id(),
                        OLA.roles(), Optional.empty(), null)),
                Gen.lazy("OLA.inZone(null)", () -> OLA.inZone(null)),
                Gen.lazy("Actor.customer(\"cleo\", null)", () -> Actor.customer("cleo", null)),
                Gen.lazy("Actor.customer(\"cleo\", C1, (Role[]) null)", () -> Actor.customer("cleo", C1,
                        (Role[]) null)),
                Gen.lazy("Actor.customer(\"cleo\", C1).asContact(null)", () -> Actor.customer("cleo", C1)
                        .asContact(null)),
                Gen.lazy("SAM.asContact(K1)", () -> SAM.asContact(K1)),
                Gen.lazy("Actor.of(\"ada\", Role.of(\" admin \"))", () -> Actor.of("ada", Role.of(" admin "))));
        Arbitrary<Gen<Actor>> named = texts().map(t -> new Gen<>("Actor.of(" + t + ", OPERATIONS)",
                w -> Actor.of(t.in(w), Role.OPERATIONS)));
        Arbitrary<Gen<Actor>> roled = texts().map(t -> new Gen<>("Actor.of(\"ola\", Role.of(" + t + "))",
                w -> Actor.of("ola", Role.of(t.in(w)))));
        return Arbitraries.frequencyOf(Tuple.of(16, known), Tuple.of(6, zoned), Tuple.of(1, nothing()),
                Tuple.of(1, built), Tuple.of(1, named), Tuple.of(1, roled));
    }

    private static String describe(Actor a) {
        return a.id() + new java.util.TreeSet<>(a.roles().stream().map(Role::name).toList()).toString();
    }

    private Arbitrary<Gen<TicketNumber>> numbers() {
        Arbitrary<Gen<TicketNumber>> held = Arbitraries.integers().between(0, 20).map(i -> new Gen<>("ticket#" + i,
                w -> w.known(i)));
        Arbitrary<Gen<TicketNumber>> typed = Arbitraries.oneOf(texts(), typedNumbers()).map(t -> new Gen<>(
                "desk.number(" + t + ")", w -> w.desk.number(t.in(w))));
        Arbitrary<Gen<TicketNumber>> formatted = longs().map(s -> new Gen<>("format.format(" + s + ")",
                w -> w.format.format(s)));
        Arbitrary<Gen<TicketNumber>> built = Combinators.combine(texts(), longs(), ints()).as((p, s, width) ->
                new Gen<>("new TicketNumber(" + p + ", " + s + ", " + width + ")",
                        w -> new TicketNumber(p.in(w), s, width)));
        return Arbitraries.frequencyOf(Tuple.of(20, held), Tuple.of(1, nothing()), Tuple.of(1, typed),
                Tuple.of(1, formatted), Tuple.of(1, built));
    }

    /** Well-formed commands most of the time, so they reach the ticket's workflow and state; else wild ones. */
    /** A held ticket's number as a person may type it: any case, blanks around, leading zeros left out. */
    private Arbitrary<Gen<String>> typedNumbers() {
        return Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as((i, lower, shortened) -> new Gen<>("typed ticket#" + i, w -> {
                    TicketNumber n = w.known(i);
                    String text = shortened ? n.prefix() + n.sequence() : n.value();
                    return " " + (lower ? text.toLowerCase(java.util.Locale.ROOT) : text) + "\t";
                }));
    }

    private Arbitrary<Gen<TicketCommand>> commands() {
        return Arbitraries.frequencyOf(Tuple.of(3, wellFormedCommands()), Tuple.of(1, wildCommands()));
    }

    /** Every kind of command with values that pass the input rules unless the ticket or its workflow rule them out. */
    private Arbitrary<Gen<TicketCommand>> wellFormedCommands() {
        LocalDate today = LocalDate.ofInstant(START, ZoneOffset.UTC);
        Arbitrary<String> reasons = Arbitraries.of("Because").injectNull(0.5);
        List<Arbitrary<TicketCommand>> kinds = List.of(
                Combinators.combine(Arbitraries.integers().between(2, 30), Arbitraries.of(true, false)).as(
                        (days, shown) -> followUp(new AddFollowUp("Called", today.plusDays(days)), shown)),
                Combinators.combine(Arbitraries.of(STATUS_NAMES), reasons).as(ChangeStatus::new),
                reasons.map(Close::new), reasons.map(Reopen::new),
                Arbitraries.of(concat(ACTORS.stream().map(Actor::id).toList(), List.of(GONE))).map(Assign::new),
                Arbitraries.just(new PickUp()), reasons.map(Unassign::new),
                Arbitraries.of(PRIORITY_NAMES).map(ChangePriority::new),
                Arbitraries.of(START.plus(Duration.ofDays(2)), START.minus(Duration.ofDays(2))).map(SetDueDate::new),
                Arbitraries.just(new ClearDueDate()),
                Arbitraries.just(new SetFollowUpDate(today.plusDays(9))), Arbitraries.just(new ClearFollowUpDate()),
                Arbitraries.of(TAGS).map(AddTag::new), Arbitraries.of(TAGS).map(RemoveTag::new),
                Combinators.combine(Arbitraries.of(C1, C2, C3, C_GONE), Arbitraries.of(P1, P2, P3, P_GONE)
                        .injectNull(0.3)).as((c, p) -> new LinkCustomer(c).withProject(p).withContact(K1)),
                Arbitraries.of(T1, T2, T_GONE).map(ChangeTeam::new), Arbitraries.just(new ClearTeam()),
                Arbitraries.of(CATEGORY_NAMES).map(ChangeCategory::new), Arbitraries.just(new ClearCategory()),
                Arbitraries.of(true, false).map(SetHiddenFromCustomer::new),
                Combinators.combine(Arbitraries.integers().between(1, 5), reasons)
                        .as((score, comment) -> new Rate(score, Optional.ofNullable(comment))));
        return Arbitraries.oneOf(kinds).map(c -> Gen.of("new " + c, c));
    }

    private static TicketCommand followUp(AddFollowUp note, boolean visibleToCustomer) {
        return visibleToCustomer ? note.visibleToCustomer() : note;
    }

    /** Every kind of command built from any values a host may pass to its constructors, null and extreme ones. */
    private Arbitrary<Gen<TicketCommand>> wildCommands() {
        Arbitrary<Gen<String>> reasons = texts();
        List<Arbitrary<Gen<TicketCommand>>> kinds = List.of(
                Combinators.combine(texts(), Arbitraries.of(true, false)).as((n, shown) -> command(
                        "AddFollowUp(" + n + ")" + (shown ? ".visibleToCustomer()" : ""),
                        w -> followUp(new AddFollowUp(n.in(w)), shown))),
                Combinators.combine(texts(), dates(), Arbitraries.of(true, false)).as((n, d, shown) -> command(
                        "AddFollowUp(" + n + ", " + d + ")" + (shown ? ".visibleToCustomer()" : ""),
                        w -> followUp(new AddFollowUp(n.in(w), d.in(w)), shown))),
                Combinators.combine(texts(), optional(dates()), visibilities()).as((n, d, v) -> command(
                        "AddFollowUp(" + n + ", " + d + ", " + v + ")",
                        w -> new AddFollowUp(n.in(w), d.in(w), v.in(w)))),
                Combinators.combine(names(STATUS_NAMES), reasons).as((s, r) -> command(
                        "ChangeStatus(" + s + ", " + r + ")", w -> new ChangeStatus(s.in(w), r.in(w)))),
                reasons.map(r -> command("Close(" + r + ")", w -> new Close(r.in(w)))),
                reasons.map(r -> command("Reopen(" + r + ")", w -> new Reopen(r.in(w)))),
                Combinators.combine(userIds(), reasons).as((u, r) -> command("Assign(" + u + ", " + r + ")",
                        w -> new Assign(u.in(w), r.in(w)))),
                Arbitraries.just(command("PickUp()", w -> new PickUp())),
                reasons.map(r -> command("Unassign(" + r + ")", w -> new Unassign(r.in(w)))),
                Combinators.combine(names(PRIORITY_NAMES), reasons).as((p, r) -> command(
                        "ChangePriority(" + p + ", " + r + ")", w -> new ChangePriority(p.in(w), r.in(w)))),
                instants().map(d -> command("SetDueDate(" + d + ")", w -> new SetDueDate(d.in(w)))),
                Arbitraries.just(command("ClearDueDate()", w -> new ClearDueDate())),
                dates().map(d -> command("SetFollowUpDate(" + d + ")", w -> new SetFollowUpDate(d.in(w)))),
                Arbitraries.just(command("ClearFollowUpDate()", w -> new ClearFollowUpDate())),
                tags().map(t -> command("AddTag(" + t + ")", w -> new AddTag(t.in(w)))),
                tags().map(t -> command("RemoveTag(" + t + ")", w -> new RemoveTag(t.in(w)))),
                Combinators.combine(customerIds(), projectIds(), contactIds()).as((c, p, k) -> command(
                        "LinkCustomer(" + c + ").withProject(" + p + ").withContact(" + k + ")",
                        w -> new LinkCustomer(c.in(w)).withProject(p.in(w)).withContact(k.in(w)))),
                Combinators.combine(customerIds(), optional(projectIds()), optional(contactIds())).as((c, p, k) ->
                        command("LinkCustomer(" + c + ", " + p + ", " + k + ")",
                                w -> new LinkCustomer(c.in(w), p.in(w), k.in(w)))),
                teamIds().map(t -> command("ChangeTeam(" + t + ")", w -> new ChangeTeam(t.in(w)))),
                Arbitraries.just(command("ClearTeam()", w -> new ClearTeam())),
                names(CATEGORY_NAMES).map(c -> command("ChangeCategory(" + c + ")",
                        w -> new ChangeCategory(c.in(w)))),
                Arbitraries.just(command("ClearCategory()", w -> new ClearCategory())),
                Arbitraries.of(true, false).map(h -> command("SetHiddenFromCustomer(" + h + ")", w -> new SetHiddenFromCustomer(h))),
                Combinators.combine(Arbitraries.integers(), optional(texts())).as((score, c) -> command(
                        "Rate(" + score + ", " + c + ")", w -> new Rate(score, c.in(w)))),
                nothing());
        return Arbitraries.oneOf(kinds);
    }

    private static Gen<TicketCommand> command(String text, Function<World, TicketCommand> make) {
        return new Gen<>("new " + text, make);
    }

    /** A creation built with the builder's setters in any order, with the canonical constructor, or null. */
    private Arbitrary<Gen<CreateTicket>> creations() {
        List<Arbitrary<Setter<CreateTicket.Builder>>> setters = List.of(
                texts().map(t -> setter("description(" + t + ")", (b, w) -> b.description(t.in(w)))),
                projectIds().map(p -> setter("project(" + p + ")", (b, w) -> b.project(p.in(w)))),
                customerIds().map(c -> setter("customer(" + c + ")", (b, w) -> b.customer(c.in(w)))),
                contactIds().map(c -> setter("contact(" + c + ")", (b, w) -> b.contact(c.in(w)))),
                Combinators.combine(texts(), texts(), texts()).as((n, e, c) -> setter(
                        "submitter(Submitter.of(" + n + ", " + e + ", " + c + "))",
                        (b, w) -> b.submitter(Submitter.of(n.in(w), e.in(w), c.in(w))))),
                Arbitraries.just(setter("submitter(new Submitter(null, null, null))",
                        (b, w) -> b.submitter(new Submitter(null, null, null)))),
                names(PRIORITY_NAMES).map(p -> setter("priority(" + p + ")", (b, w) -> b.priority(p.in(w)))),
                names(CATEGORY_NAMES).map(c -> setter("category(" + c + ")", (b, w) -> b.category(c.in(w)))),
                userIds().map(u -> setter("assignee(" + u + ")", (b, w) -> b.assignee(u.in(w)))),
                teamIds().map(t -> setter("team(" + t + ")", (b, w) -> b.team(t.in(w)))),
                varargs(tags(), String[]::new).map(t -> setter("tags(" + t + ")", (b, w) -> b.tags(t.in(w)))),
                Arbitraries.just(setter("tags(25 tags)", (b, w) -> b.tags(IntStream.range(0, 25)
                        .mapToObj(i -> "tag" + i).toArray(String[]::new)))),
                instants().map(d -> setter("dueAt(" + d + ")", (b, w) -> b.dueAt(d.in(w)))),
                Arbitraries.of(true, false).map(h -> setter("hidden(" + h + ")", (b, w) -> b.hiddenFromCustomer(h))),
                names(ALL.stream().map(Workflow::name).distinct().toList()).map(n -> setter("workflow(" + n + ")",
                        (b, w) -> b.workflow(n.in(w)))));
        Arbitrary<Gen<CreateTicket>> built = Combinators.combine(texts(), Arbitraries.oneOf(setters).list()
                .ofMaxSize(4), Arbitraries.of(true, false)).as((title, set, copy) -> new Gen<>(
                        "CreateTicket.titled(" + title + ")" + set.stream().map(s -> "." + s).collect(
                                Collectors.joining()) + (copy ? ".build().toBuilder()" : "") + ".build()",
                        w -> {
                            CreateTicket.Builder b = CreateTicket.titled(title.in(w));
                            set.forEach(s -> s.apply().accept(b, w));
                            return copy ? b.build().toBuilder().build() : b.build();
                        }));
        Arbitrary<Gen<CreateTicket>> canonical = Combinators.combine(texts(), Arbitraries.of(true, false))
                .as((title, hidden) -> new Gen<>("new CreateTicket(" + title + ", null × 11, " + hidden + ", null)",
                        w -> new CreateTicket(title.in(w), null, null, null, null, null, null, null, null, null, null,
                                null, hidden, null)));
        Arbitrary<Gen<CreateTicket>> nullTags = Arbitraries.just(Gen.lazy("CreateTicket.titled(\"Fine\")"
                + ".tags(\"ok\", null).build()", () -> CreateTicket.titled("Fine").tags("ok", null).build()));
        return Arbitraries.frequencyOf(Tuple.of(8, built), Tuple.of(1, canonical), Tuple.of(1, nullTags),
                Tuple.of(1, nothing()));
    }

    /** One setter of a builder, described as the host would call it. */
    record Setter<B>(String text, BiConsumer<B, World> apply) {
        @Override
        public String toString() {
            return text;
        }
    }

    private static <B> Setter<B> setter(String text, BiConsumer<B, World> apply) {
        return new Setter<>(text, apply);
    }

    private Arbitrary<Gen<TicketQuery>> queries() {
        List<Arbitrary<Setter<TicketQuery.Builder>>> setters = List.of(
                varargs(names(STATUS_NAMES), String[]::new).map(s -> setter("statuses(" + s + ")",
                        (b, w) -> b.statuses(s.in(w)))),
                varargs(Arbitraries.of(StatusCategory.class).map(c -> Gen.of(c.name(), c)), StatusCategory[]::new)
                        .map(c -> setter("statusCategories(" + c + ")", (b, w) -> b.statusCategories(c.in(w)))),
                Arbitraries.of(true, false).map(o -> setter("overdueOnly(" + o + ")", (b, w) -> b.overdueOnly(o))),
                varargs(projectIds(), ProjectId[]::new).map(p -> setter("projects(" + p + ")",
                        (b, w) -> b.projects(p.in(w)))),
                varargs(customerIds(), CustomerId[]::new).map(c -> setter("customers(" + c + ")",
                        (b, w) -> b.customers(c.in(w)))),
                varargs(userIds(), UserId[]::new).map(u -> setter("assignees(" + u + ")",
                        (b, w) -> b.assignees(u.in(w)))),
                Arbitraries.of(true, false).map(o -> setter("unassignedOnly(" + o + ")",
                        (b, w) -> b.unassignedOnly(o))),
                varargs(userIds(), UserId[]::new).map(u -> setter("creators(" + u + ")",
                        (b, w) -> b.creators(u.in(w)))),
                varargs(teamIds(), TeamId[]::new).map(t -> setter("teams(" + t + ")", (b, w) -> b.teams(t.in(w)))),
                varargs(names(PRIORITY_NAMES), String[]::new).map(p -> setter("priorities(" + p + ")",
                        (b, w) -> b.priorities(p.in(w)))),
                varargs(names(CATEGORY_NAMES), String[]::new).map(c -> setter("categories(" + c + ")",
                        (b, w) -> b.categories(c.in(w)))),
                varargs(tags(), String[]::new).map(t -> setter("tags(" + t + ")", (b, w) -> b.tags(t.in(w)))),
                Combinators.combine(instants(), instants()).as((f, t) -> setter("createdBetween(" + f + ", " + t + ")",
                        (b, w) -> b.createdBetween(f.in(w), t.in(w)))),
                Combinators.combine(instants(), instants()).as((f, t) -> setter("closedBetween(" + f + ", " + t + ")",
                        (b, w) -> b.closedBetween(f.in(w), t.in(w)))),
                texts().map(t -> setter("text(" + t + ")", (b, w) -> b.text(t.in(w)))));
        Arbitrary<Gen<TicketQuery>> built = Combinators.combine(Arbitraries.oneOf(setters).list().ofMaxSize(5),
                Arbitraries.of(true, false)).as((set, copy) -> new Gen<>("TicketQuery.builder()" + set.stream()
                        .map(s -> "." + s).collect(Collectors.joining()) + (copy ? ".build().toBuilder()" : "")
                        + ".build()", w -> {
                            TicketQuery.Builder b = TicketQuery.builder();
                            set.forEach(s -> s.apply().accept(b, w));
                            return copy ? b.build().toBuilder().build() : b.build();
                        }));
        Arbitrary<Gen<TicketQuery>> canonical = Arbitraries.integers().between(0, 10).map(hole -> Gen.lazy(
                "new TicketQuery(...) with set #" + hole + " null", () -> canonicalQuery(hole)));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Gen.lazy("TicketQuery.all()",
                TicketQuery::all))), Tuple.of(6, built), Tuple.of(1, canonical), Tuple.of(1, nothing()));
    }

    /** The canonical constructor with one of its sets null, or holding null, and the optionals null. */
    private static TicketQuery canonicalQuery(int hole) {
        List<Set<Object>> sets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sets.add(i == hole ? null : i == (hole + 3) % 10 ? new HashSet<>(Arrays.asList((Object) null))
                    : Set.of());
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        TicketQuery q = new TicketQuery((Set) sets.get(0), (Set) sets.get(1), false, (Set) sets.get(2),
                (Set) sets.get(3), (Set) sets.get(4), false, (Set) sets.get(5), (Set) sets.get(6), (Set) sets.get(7),
                (Set) sets.get(8), (Set) sets.get(9), null, null, null, null, null, null, null);
        return q;
    }

    private Arbitrary<Gen<Sort>> sorts() {
        Arbitrary<SortField> fields = Arbitraries.of(SortField.class).injectNull(0.2);
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Gen.of("Sort.NEWEST_FIRST", Sort.NEWEST_FIRST))),
                Tuple.of(3, fields.map(f -> Gen.lazy("Sort.ascending(" + f + ")", () -> Sort.ascending(f)))),
                Tuple.of(3, fields.map(f -> Gen.lazy("Sort.descending(" + f + ")", () -> Sort.descending(f)))),
                Tuple.of(1, Combinators.combine(fields, Arbitraries.of(true, false)).as((f, up) -> Gen.lazy(
                        "new Sort(" + f + ", " + up + ")", () -> new Sort(f, up)))),
                Tuple.of(1, nothing()));
    }

    private Arbitrary<Gen<PageRequest>> pages() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(1, 30).map(n -> Gen.lazy("PageRequest.first(" + n + ")",
                        () -> PageRequest.first(n)))),
                Tuple.of(2, ints().map(n -> Gen.lazy("PageRequest.first(" + n + ")", () -> PageRequest.first(n)))),
                Tuple.of(2, Combinators.combine(ints(), ints()).as((p, s) -> Gen.lazy("new PageRequest(" + p + ", "
                        + s + ")", () -> new PageRequest(p, s)))),
                Tuple.of(1, nothing()));
    }

    private Arbitrary<Gen<NamedView>> views() {
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(NamedView.class).map(v -> Gen.of("NamedView." + v, v))),
                Tuple.of(1, nothing()));
    }

    private Arbitrary<Gen<DashboardFilter>> filters() {
        Arbitrary<Gen<Set<String>>> sets = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Gen.<Set<String>>of("null", null))),
                Tuple.of(4, names(STATUS_NAMES).list().ofMaxSize(3).map(list -> new Gen<>("Set" + list,
                        w -> new HashSet<>(list.stream().map(g -> g.in(w)).toList())))));
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Gen.lazy("DashboardFilter.cleared()", DashboardFilter::cleared))),
                Tuple.of(1, Arbitraries.just(Gen.lazy("DashboardFilter.overdue()", DashboardFilter::overdue))),
                Tuple.of(3, varargs(names(STATUS_NAMES), String[]::new).map(s -> new Gen<>(
                        "DashboardFilter.statuses(" + s + ")", w -> DashboardFilter.statuses(s.in(w))))),
                Tuple.of(2, Combinators.combine(sets, Arbitraries.of(true, false)).as((s, o) -> new Gen<>(
                        "new DashboardFilter(" + s + ", " + o + ")", w -> new DashboardFilter(s.in(w), o)))),
                Tuple.of(1, nothing()));
    }

    private Arbitrary<Gen<ReportPeriod>> periods() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Combinators.combine(dates(), dates()).as((f, t) -> new Gen<>("ReportPeriod.of(" + f
                        + ", " + t + ")", w -> ReportPeriod.of(f.in(w), t.in(w))))),
                Tuple.of(2, Combinators.combine(dates(), Arbitraries.integers().between(0, 40)).as((f, days) ->
                        new Gen<>("ReportPeriod.of(" + f + ", +" + days + " days)", w -> {
                            LocalDate from = f.in(w);
                            // The sum itself must not overflow: that would be this test's exception, not the desk's.
                            LocalDate to = from == null || from.isAfter(LocalDate.MAX.minusDays(days)) ? from
                                    : from.plusDays(days);
                            return ReportPeriod.of(from, to);
                        }))),
                Tuple.of(1, nothing()));
    }

    private Arbitrary<Gen<HistoryQuery>> historyQueries() {
        Arbitrary<TimelineAction> actions = Arbitraries.of(TimelineAction.class).injectNull(0.1);
        List<Arbitrary<Setter<HistoryQuery[]>>> steps = List.of(
                actions.list().ofMaxSize(3).map(a -> setter("only(" + a + ")",
                        (q, w) -> q[0] = q[0].only(a.toArray(TimelineAction[]::new)))),
                Arbitraries.just(setter("only((TimelineAction[]) null)",
                        (q, w) -> q[0] = q[0].only((TimelineAction[]) null))),
                Arbitraries.just(setter("publicOnly()", (q, w) -> q[0] = q[0].publicOnly())),
                longs().map(s -> setter("before(" + s + ")", (q, w) -> q[0] = q[0].before(s))),
                ints().map(n -> setter("limit(" + n + ")", (q, w) -> q[0] = q[0].limit(n))));
        Arbitrary<Gen<HistoryQuery>> chained = Combinators.combine(ints(), Arbitraries.oneOf(steps).list()
                .ofMaxSize(3)).as((n, chain) -> new Gen<>("HistoryQuery.newest(" + n + ")" + chain.stream()
                        .map(s -> "." + s).collect(Collectors.joining()), w -> {
                            HistoryQuery[] q = {HistoryQuery.newest(n)};
                            chain.forEach(s -> s.apply().accept(q, w));
                            return q[0];
                        }));
        Arbitrary<Gen<HistoryQuery>> canonical = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2), ints(), longs())
                .as((a, v, b, limit, before) -> Gen.lazy("new HistoryQuery(actions#" + a + ", visibilities#" + v
                        + ", before#" + b + "(" + before + "), " + limit + ")", () -> new HistoryQuery(
                                a == 0 ? null : a == 1 ? Set.of() : a == 2 ? nullHolding()
                                        : Set.of(TimelineAction.CREATED, TimelineAction.FOLLOW_UP_ADDED),
                                v == 0 ? null : v == 1 ? Set.of() : v == 2 ? nullHolding() : Set.of(Audience.PUBLIC),
                                b == 0 ? null : b == 1 ? Optional.empty() : Optional.of(before), limit)));
        return Arbitraries.frequencyOf(Tuple.of(6, chained), Tuple.of(2, canonical), Tuple.of(1, nothing()));
    }

    private static <T> Set<T> nullHolding() {
        return new HashSet<>(Arrays.asList((T) null));
    }

    private Arbitrary<Gen<UserId>> userIds() {
        return ids("UserId.of", UserId::of, concat(ACTORS.stream().map(Actor::id).toList(), List.of(GONE)));
    }

    private Arbitrary<Gen<ProjectId>> projectIds() {
        return ids("ProjectId.of", ProjectId::of, List.of(P1, P2, P3, P_GONE));
    }

    private Arbitrary<Gen<CustomerId>> customerIds() {
        return ids("CustomerId.of", CustomerId::of, List.of(C1, C2, C3, C_GONE));
    }

    private Arbitrary<Gen<TeamId>> teamIds() {
        return ids("TeamId.of", TeamId::of, List.of(T1, T2, T_GONE));
    }

    private Arbitrary<Gen<ContactId>> contactIds() {
        return ids("ContactId.of", ContactId::of, List.of(K1, ContactId.of("K-404")));
    }

    /** A known id, null, or one made by the id's factory from any text. */
    private <T> Arbitrary<Gen<T>> ids(String factory, Function<String, T> make, List<T> known) {
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(known).map(id -> Gen.of(id.toString(), id))),
                Tuple.of(1, nothing()),
                Tuple.of(1, texts().map(t -> new Gen<>(factory + "(" + t + ")", w -> make.apply(t.in(w))))));
    }

    /** Names a workflow may know, as declared or in another case, or any text. */
    private Arbitrary<Gen<String>> names(List<String> known) {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(known).map(FacadeExceptionPropertiesTest::text)),
                Tuple.of(1, texts()));
    }

    private Arbitrary<Gen<String>> tags() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(TAGS).map(FacadeExceptionPropertiesTest::text)),
                Tuple.of(1, texts()));
    }

    private Arbitrary<Gen<Audience>> visibilities() {
        return Arbitraries.of(Audience.class).injectNull(0.3).map(v -> Gen.of(String.valueOf(v), v));
    }

    /**
     * Text: fine text most of the time, so calls get past the first check and reach the deeper ones; else null,
     * blank, control characters, unpaired surrogates, huge text, names nobody knows, or any characters at all.
     */
    private Arbitrary<Gen<String>> texts() {
        Arbitrary<String> fine = Arbitraries.of("Printer on fire", "Call back tomorrow", "Router offline",
                "İstanbul ß ς office", "\ud83d\ude42 emoji", "tab\tbreak\nend", "a@b.example", "RE00000001");
        Arbitrary<String> bad = Arbitraries.of("", " ", "\t \n", "\u00a0\u2003", "a\u0000b", "x\u0007y",
                "line\u0085next", "\u202e rtl", "\ud800", "'; drop table tickets; --", "%_\\", "NO_SUCH",
                "in progress", "-1", "0", "re1", " re00000002 ", "T1", "XYZ001", "OLD000001", "x".repeat(41),
                "x".repeat(61), "x".repeat(201), "not an e-mail");
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(24);
        Arbitrary<String> huge = Arbitraries.of(2_001, 10_001, 20_001, 100_000).map("y"::repeat);
        return Arbitraries.frequencyOf(Tuple.of(10, fine), Tuple.of(5, bad), Tuple.of(2, any), Tuple.of(1, huge))
                .injectNull(0.05).map(FacadeExceptionPropertiesTest::text);
    }

    private static Gen<String> text(String value) {
        return Gen.of(quote(value), value);
    }

    /** Mostly small, else the edges of the ranges the factories accept, or any int. */
    private Arbitrary<Integer> ints() {
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.integers().between(0, 30)),
                Tuple.of(2, Arbitraries.of(Integer.MIN_VALUE, -1, 0, 1, 18, 19, 499, 500, 501, 1000, 1001,
                        Integer.MAX_VALUE)), Tuple.of(1, Arbitraries.integers()));
    }

    private Arbitrary<Long> longs() {
        return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.longs().between(0, 30)),
                Tuple.of(2, Arbitraries.of(Long.MIN_VALUE, -1L, 0L, 1L, 9L, 999L, 99_999_999L, 100_000_000L,
                        999_999_999_999_999_999L, Long.MAX_VALUE)), Tuple.of(1, Arbitraries.longs()));
    }

    private Arbitrary<Gen<Instant>> instants() {
        Arbitrary<Instant> near = Arbitraries.integers().between(-400, 400).map(h -> START.plus(Duration.ofHours(h)));
        Arbitrary<Instant> edges = Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH, START.plusNanos(1),
                START.minusNanos(1), Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"));
        Arbitrary<Instant> any = Arbitraries.longs().between(Instant.MIN.getEpochSecond(),
                Instant.MAX.getEpochSecond()).map(Instant::ofEpochSecond);
        return Arbitraries.frequencyOf(Tuple.of(4, near), Tuple.of(3, edges), Tuple.of(1, any)).injectNull(0.05)
                .map(i -> Gen.of(String.valueOf(i), i));
    }

    private Arbitrary<Gen<LocalDate>> dates() {
        LocalDate today = LocalDate.ofInstant(START, ZoneOffset.UTC);
        Arbitrary<LocalDate> near = Arbitraries.integers().between(-40, 40).map(today::plusDays);
        Arbitrary<LocalDate> edges = Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.MAX.minusDays(1),
                LocalDate.MIN.plusDays(1), today.minusDays(1), today, today.plusDays(1), LocalDate.of(1, 1, 1),
                LocalDate.of(9999, 12, 31));
        Arbitrary<LocalDate> any = Arbitraries.longs().between(LocalDate.MIN.toEpochDay(),
                LocalDate.MAX.toEpochDay()).map(LocalDate::ofEpochDay);
        return Arbitraries.frequencyOf(Tuple.of(4, near), Tuple.of(3, edges), Tuple.of(1, any)).injectNull(0.05)
                .map(d -> Gen.of(String.valueOf(d), d));
    }

    /** Null, empty, or a value: an optional as a careless host may pass it. */
    private static <T> Arbitrary<Gen<Optional<T>>> optional(Arbitrary<Gen<T>> values) {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Gen.<Optional<T>>of("null", null))),
                Tuple.of(2, Arbitraries.just(Gen.of("Optional.empty()", Optional.<T>empty()))),
                Tuple.of(5, values.map(v -> new Gen<>("Optional.ofNullable(" + v + ")",
                        w -> Optional.ofNullable(v.in(w))))));
    }

    /** A null array, or an array of up to four values, any of them null. */
    private static <T> Arbitrary<Gen<T[]>> varargs(Arbitrary<Gen<T>> element, IntFunction<T[]> array) {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Gen.<T[]>of("(null array)", null))),
                Tuple.of(6, element.list().ofMaxSize(4).map(list -> new Gen<>(list.toString(),
                        w -> list.stream().map(g -> g.in(w)).toArray(array)))));
    }

    private static <T> Arbitrary<Gen<T>> nothing() {
        return Arbitraries.just(Gen.of("null", null));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------------------------

    /** Text as Java source, control and other invisible characters escaped, long text cut short. */
    static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder("\"");
        String shown = value.length() > 30 ? value.substring(0, 30) : value;
        for (char c : shown.toCharArray()) {
            if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || Character.isSurrogate(c) || Character.getType(c)
                    == Character.FORMAT) {
                s.append(String.format("\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        s.append('"');
        return value.length() > 30 ? s + "…(" + value.length() + " chars)" : s.toString();
    }

    private static Workflow field(int version) {
        Workflow.Builder b = Workflow.builder("field").version(version)
                .status("OPEN", StatusCategory.OPEN)
                .status("PENDING", version == 1 ? StatusCategory.ACTIVE : StatusCategory.CLOSED)
                .status("DONE", StatusCategory.CLOSED).status("ARCHIVED", StatusCategory.CLOSED).initial("OPEN")
                .transition("HOLD", "OPEN", "PENDING").transition("FINISH", "PENDING", "DONE")
                .transition("ARCHIVE", "DONE", "ARCHIVED").transition("REVIVE", "ARCHIVED", "OPEN")
                .priorities("LOW", "HIGH");
        return (version == 1 ? b.transition("FINISH", "OPEN", "DONE").categories("Repair", "Install") : b).build();
    }

    private static List<String> nameList(java.util.stream.Stream<String> declared, String... more) {
        Set<String> all = new LinkedHashSet<>(declared.toList());
        all.addAll(List.of(more));
        return List.copyOf(all);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
