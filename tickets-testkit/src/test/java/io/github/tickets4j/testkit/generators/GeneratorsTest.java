package io.github.tickets4j.testkit.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import io.github.tickets4j.testkit.fixtures.Actors;
import io.github.tickets4j.testkit.fixtures.DeskFixture;
import io.github.tickets4j.testkit.fixtures.FixtureTicket;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** The generators make what they promise, on every preset workflow, as the desk judges it. */
class GeneratorsTest {
    private static final List<Workflow> PRESETS = List.of(Workflows.standard(), Workflows.crmSupport(),
            Workflows.ecommerce(), Workflows.helpdesk(), Workflows.ispBilling());
    private static final LocalDate TODAY = LocalDate.ofInstant(DeskFixture.START, ZoneOffset.UTC);

    @Property(tries = 200)
    void validCreationsAreAccepted(@ForAll("validCreations") Tuple2<Workflow, CreateTicket> given) {
        DeskFixture fixture = fixture(given.get1());
        Ticket created = fixture.desk().create(Actors.operations(), given.get2());
        assertEquals(given.get2().title(), created.title());
        assertEquals(created, fixture.stored(created));
    }

    @Property(tries = 200)
    void invalidCreationsAreRefusedNamingTheFieldAndConsumeNoNumber(
            @ForAll("invalidCreations") Tuple2<Workflow, Invalid<CreateTicket>> given) {
        DeskFixture fixture = fixture(given.get1());
        TicketDesk desk = fixture.desk();
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> desk.create(Actors.operations(), given.get2().command()));
        assertNamed(given.get2().field(), e);
        assertEquals(0, desk.count(Actors.admin(), TicketQuery.all()));
        assertEquals(List.of(), fixture.events().events());
        Ticket next = desk.create(Actors.operations(), plain(given.get1(), "Next"));
        assertEquals("RE00000001", next.number().value(), "the refused creation consumed no number");
    }

    @Property(tries = 200)
    void invalidCommandsAreRefusedNamingTheFieldAndChangeNothing(
            @ForAll("invalidCommands") Tuple2<Workflow, Invalid<TicketCommand>> given) {
        DeskFixture fixture = fixture(given.get1());
        Ticket ticket = fixture.desk().create(Actors.admin(), plain(given.get1(), "Target"));
        fixture.events().clear();
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> fixture.desk().execute(Actors.admin(), ticket.number(), given.get2().command()));
        assertNamed(given.get2().field(), e);
        assertEquals(ticket, fixture.stored(ticket));
        assertEquals(1, fixture.history(ticket).size(), "only the creation's entry");
        assertEquals(List.of(), fixture.events().events());
    }

    @Property(tries = 150)
    void everyActionOnATicketInAnyStateRecordsOneEntryOrChangesNothing(
            @ForAll("chains") Tuple2<Workflow, Tuple2<FixtureTicket, List<Action>>> given) {
        DeskFixture fixture = fixture(given.get1());
        Ticket ticket = fixture.insert(given.get2().get1());
        for (Action action : given.get2().get2()) {
            Ticket before = fixture.stored(ticket);
            List<TimelineEntry> history = fixture.history(ticket);
            fixture.events().clear();
            try {
                Ticket after = fixture.desk().execute(action.actor(), ticket.number(), action.command());
                List<TicketEvent> events = fixture.events().events();
                assertEquals(1, events.size(), action + " published one event");
                assertEquals(before.version() + 1, after.version(), action + " counted one version");
                List<TimelineEntry> now = fixture.history(ticket);
                assertEquals(history, now.subList(1, now.size()), action + " rewrote no entry");
                assertEquals(events.get(0).timelineEntry(), now.get(0), action + " appended its event's entry");
                assertEquals(after.version(), now.get(0).sequence());
            } catch (TicketsException refused) {
                assertEquals(before, fixture.stored(ticket), action + " was refused");
                assertEquals(history, fixture.history(ticket), action + " was refused");
                assertEquals(List.of(), fixture.events().events(), action + " was refused");
            }
        }
    }

    @Example
    void invalidCreationsNameEveryFieldIncludingTargetsThatDoNotExist() {
        Set<String> fields = CreateTicketArbitraries.invalid(Workflows.ecommerce()).sampleStream().limit(2000)
                .map(Invalid::field).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("title", "description", "project", "customer", "team", "assignee",
                "workflow", "priority", "category", "tags")), fields);
    }

    @Example
    void validCommandsIncludeEveryKindOfCommand() {
        Set<String> kinds = CommandArbitraries.valid(Workflows.ispBilling(), TODAY).sampleStream().limit(3000)
                .map(c -> c.getClass().getSimpleName()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> every = Arrays.stream(TicketCommand.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(every, kinds);
    }

    @Example
    void invalidCommandsNameEveryFieldIncludingTargetsThatDoNotExist() {
        Set<String> fields = CommandArbitraries.invalid(Workflows.ispBilling(), TODAY).sampleStream().limit(2000)
                .map(Invalid::field).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("note", "followUpDate", "dueAt", "to", "reason", "assignee", "team",
                "customer", "project", "tag", "priority", "category", "score")), fields);
    }

    @Provide
    Arbitrary<Tuple2<Workflow, CreateTicket>> validCreations() {
        return Arbitraries.of(PRESETS).flatMap(w -> CreateTicketArbitraries.valid(w).map(c -> Tuple.of(w, c)));
    }

    @Provide
    Arbitrary<Tuple2<Workflow, Invalid<CreateTicket>>> invalidCreations() {
        return Arbitraries.of(PRESETS).flatMap(w -> CreateTicketArbitraries.invalid(w).map(c -> Tuple.of(w, c)));
    }

    @Provide
    Arbitrary<Tuple2<Workflow, Invalid<TicketCommand>>> invalidCommands() {
        return Arbitraries.of(PRESETS).flatMap(w -> CommandArbitraries.invalid(w, TODAY).map(c -> Tuple.of(w, c)));
    }

    @Provide
    Arbitrary<Tuple2<Workflow, Tuple2<FixtureTicket, List<Action>>>> chains() {
        return Arbitraries.of(PRESETS).flatMap(w -> TicketArbitraries.any(w).flatMap(t -> ActionChains.over(w,
                TODAY).map(a -> Tuple.of(w,
                Tuple.of(t, a)))));
    }

    /** A creation every preset accepts: its first priority and category where it has them. */
    private static CreateTicket plain(Workflow workflow, String title) {
        return CreateTicket.titled(title).priority(workflow.priorities().stream().findFirst().orElse(null))
                .category(workflow.categories().stream().findFirst().orElse("General")).build();
    }

    private static DeskFixture fixture(Workflow workflow) {
        return DeskFixture.builder().workflow(workflow).zone(ZoneOffset.UTC).build();
    }

    private static void assertNamed(String field, ValidationFailedException e) {
        assertTrue(e.violations().stream().map(Violation::field).anyMatch(field::equals),
                "expected a violation of " + field + " but got " + e.violations());
    }
}
