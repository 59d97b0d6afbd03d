package io.github.tickets4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.stats.Aggregates;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.stats.ReportPeriod;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.testkit.fixtures.Actors;
import io.github.tickets4j.testkit.fixtures.DeskFixture;
import io.github.tickets4j.testkit.fixtures.FixtureTicket;
import io.github.tickets4j.testkit.fixtures.TicketFixture;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The store contract's tenant rules, S25 to S28 of {@link ContractRule}: two tenants hold tickets with the very same
 * numbers (every tenant numbers from 1) and some the other lacks, and nothing one tenant reads, counts, aggregates or
 * writes ever reaches the other's. Part of {@link TicketStoreContract}; hosts extend that class, never this.
 */
abstract class StoreTenantRules extends StoreHistoryRules {
    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId GLOBEX = TenantId.of("globex");
    /** A tenant without tickets. */
    private static final TenantId INITECH = TenantId.of("initech");
    private static final int ACME_SIZE = 30;
    private static final int GLOBEX_SIZE = 20;

    @Test
    void store_S25_lookupsByIdNumberAndHistoryFindOnlyTheTenantsOwnTicket() {
        List<SampleTickets> tenants = twoTenants();
        for (SampleTickets data : tenants) {
            TenantId own = data.tenant();
            TenantId other = otherOf(tenants, data).tenant();
            List<Ticket> others = otherOf(tenants, data).load();
            for (FixtureTicket made : data.made()) {
                Ticket ticket = made.ticket();
                String what = ticket.number() + " of " + own;
                assertEquals(Optional.of(ticket.id()), tx(() -> store().findByNumber(own, ticket.number()))
                        .map(Ticket::id), what + " by number: the tenant's own ticket");
                assertEquals(Optional.of(ticket.id()), tx(() -> store().findById(own, ticket.id())).map(Ticket::id),
                        what + " by id");
                assertEquals(Optional.empty(), tx(() -> store().findById(other, ticket.id())),
                        what + " by id in " + other);
                assertEquals(ids(made.history()), ids(tx(() -> DeskFixture.wholeHistory(store(), own,
                        ticket.id()))), "the history of " + what);
                assertEquals(List.of(), tx(() -> store().history(other, ticket.id(),
                        HistoryQuery.newest(HistoryQuery.MAX_LIMIT))), "the history of " + what + " read in " + other);
                boolean shared = others.stream().anyMatch(t -> t.number().equals(ticket.number()));
                if (!shared) {
                    assertEquals(Optional.empty(), tx(() -> store().findByNumber(other, ticket.number())),
                            what + " by number in " + other + ", which has no such number");
                }
            }
        }
        assertEquals(Optional.empty(), tx(() -> store().findByNumber(INITECH, tenants.get(0).load().get(0)
                .number())), "a tenant without tickets");
    }

    @Test
    void store_S26_queriesCountsAndAggregatesStayInTheirTenant() {
        List<SampleTickets> tenants = twoTenants();
        List<Ticket> everything = new ArrayList<>();
        tenants.forEach(t -> everything.addAll(t.load()));
        TicketNumber acmeOnly = TicketNumberFormat.DEFAULT.format(ACME_SIZE);
        for (SampleTickets data : tenants) {
            Ticket shared = data.load().get(2);
            assertEquals(2, everything.stream().filter(t -> t.number().equals(shared.number())).count(),
                    "both tenants must hold " + shared.number());
            List<TicketQuery> queries = List.of(TicketQuery.all(),
                    TicketQuery.builder().statusCategories(StatusCategory.CLOSED).build(),
                    TicketQuery.builder().text("router").build(),
                    TicketQuery.builder().text(shared.number().value()).build(),
                    TicketQuery.builder().text(shared.number().value().toLowerCase(Locale.ROOT)).build(),
                    TicketQuery.builder().text(acmeOnly.value()).build());
            for (TicketQuery query : queries) {
                assertSameAggregates(everything, data.criteria(query), query + " in " + data.tenant());
            }
            assertTrue(Aggregates.count(everything, data.criteria(TicketQuery.all())) < everything.size(),
                    "the other tenant must hold tickets");
            assertTrue(Aggregates.resolution(everything, data.criteria(TicketQuery.all())).count() > 0,
                    data.tenant() + " must hold closed tickets");
            TicketCriteria byNumber = data.criteria(TicketQuery.builder().text(shared.number().value()).build());
            assertEquals(List.of(shared.id()), tx(() -> store().find(byNumber, BY_NUMBER, EVERYTHING)).items()
                    .stream().map(TicketSummary::id).toList(), "free text " + shared.number() + " in " + data.tenant());
        }
        TicketCriteria none = SampleTickets.criteria(INITECH, TicketQuery.all(), tenants.get(0).fixture().clock()
                .instant());
        assertSameAggregates(everything, none, "a tenant without tickets");
    }

    @Test
    void store_S27_writesTouchOnlyTheTenantsOwnTicketOfANumber() {
        FixtureTicket acme = ticket(1).tenant(ACME).followUps(1).build();
        FixtureTicket globex = ticket(1).tenant(GLOBEX).titled("Globex's first").followUps(1).build();
        FixtureTicket acmeSecond = ticket(2).tenant(ACME).build();
        insert(acme);
        insert(globex);
        insert(acmeSecond);
        assertEquals(globex.ticket(), tx(() -> store().findByNumber(GLOBEX, globex.ticket().number())).orElseThrow(),
                "the same number inserts in another tenant");
        Change twice = ticket(1).tenant(ACME).titled("Acme's first again").build().creation();
        assertThrows(TicketsException.class, () -> run(() -> store().insert(twice)), "the same number twice");
        assertEquals(Optional.empty(), tx(() -> store().findById(ACME, twice.ticket().id())), "the refused ticket");
        List<TimelineEntry> globexHistory = history(globex.ticket());

        FixtureTicket tagged = TicketFixture.in(WORKFLOW).continuing(acme).then(new TicketCommand.AddTag("vip"))
                .build();
        run(() -> store().update(tagged.updates().get(tagged.updates().size() - 1)));
        assertEquals(tagged.ticket(), tx(() -> store().findByNumber(ACME, acme.ticket().number())).orElseThrow());
        assertEquals(globex.ticket(), tx(() -> store().findById(GLOBEX, globex.ticket().id())).orElseThrow(),
                "an update in another tenant changes nothing here");
        assertEquals(globexHistory, history(globex.ticket()), "an update in another tenant appends nothing here");

        run(() -> store().delete(globex.ticket()));
        assertEquals(Optional.empty(), tx(() -> store().findByNumber(GLOBEX, globex.ticket().number())));
        assertEquals(tagged.ticket(), tx(() -> store().findByNumber(ACME, acme.ticket().number())).orElseThrow(),
                "a delete in another tenant leaves this tenant's ticket of the number");
        assertEquals(ids(tagged.history()), ids(history(tagged.ticket())), "and its history");
        assertEquals(2, tx(() -> store().count(criteria(ACME))));
        assertEquals(0, tx(() -> store().count(criteria(GLOBEX))));
    }

    @Test
    void store_S28_overTheStoreAnActorNeverReachesAnotherTenantsTicket() {
        List<FixtureTicket> made = List.of(ticket(1).tenant(ACME).followUps(2).build(),
                ticket(2).tenant(ACME).status("CLOSED").build(), ticket(3).tenant(ACME).build(),
                ticket(1).tenant(GLOBEX).titled("Globex's first").followUps(1).build(),
                ticket(2).tenant(GLOBEX).titled("Globex's second").status("CLOSED").build());
        made.forEach(this::insert);
        DeskFixture tested = desk();
        DeskFixture reference = DeskFixture.builder().workflow(WORKFLOW).zone(SampleTickets.ZONE).build();
        made.forEach(reference::insert);
        TicketDesk desk = tested.desk();
        Actor globex = Actors.admin().inTenant(GLOBEX);
        TicketNumber acmeOnly = made.get(2).ticket().number();
        TicketNumber missing = TicketNumberFormat.DEFAULT.format(99);
        Map<String, Function<TicketNumber, Executable>> calls = Map.of(
                "a command", n -> () -> desk.execute(globex, n, new TicketCommand.AddFollowUp("Hello")),
                "a delete", n -> () -> desk.delete(globex, n),
                "a history read", n -> () -> desk.history(globex, n, HistoryQuery.newest(10)));
        calls.forEach((what, call) -> {
            TicketNotFoundException absent = assertThrows(TicketNotFoundException.class, call.apply(missing), what);
            TicketNotFoundException elsewhere = assertThrows(TicketNotFoundException.class, call.apply(acmeOnly),
                    what + " on a number only another tenant has");
            assertEquals(absent.getMessage().replace(missing.value(), "<number>"),
                    elsewhere.getMessage().replace(acmeOnly.value(), "<number>"), what + ": the same words");
        });
        Ticket acmeFirst = made.get(0).ticket();
        Ticket changed = desk.execute(globex, acmeFirst.number(), new TicketCommand.AddTag("vip"));
        assertEquals(made.get(3).ticket().id(), changed.id(), "a shared number is the actor's own tenant's ticket");
        assertEquals(acmeFirst, stored(acmeFirst), "the other tenant's ticket of the number is untouched");
        reference.desk().execute(globex, acmeFirst.number(), new TicketCommand.AddTag("vip"));
        LocalDate today = desk.today(globex);
        for (TenantId tenant : List.of(ACME, GLOBEX, INITECH)) {
            Actor admin = Actors.admin().inTenant(tenant);
            assertEquals(reference.desk().count(admin, TicketQuery.all()), desk.count(admin, TicketQuery.all()),
                    "count in " + tenant);
            assertEquals(reference.desk().search(admin, TicketQuery.builder().text(acmeOnly.value()).build(),
                    Sort.NEWEST_FIRST, PageRequest.first(10)), desk.search(admin, TicketQuery.builder()
                    .text(acmeOnly.value()).build(), Sort.NEWEST_FIRST, PageRequest.first(10)),
                    "search for " + acmeOnly + " in " + tenant);
            assertEquals(reference.desk().dashboard(admin, DashboardFilter.cleared(), Sort.NEWEST_FIRST,
                    PageRequest.first(10)), desk.dashboard(admin, DashboardFilter.cleared(), Sort.NEWEST_FIRST,
                    PageRequest.first(10)), "dashboard in " + tenant);
            ReportPeriod period = ReportPeriod.of(today.minusDays(7), today);
            assertEquals(reference.desk().report(admin, period), desk.report(admin, period), "report in " + tenant);
        }
        assertNotEquals(0, desk.count(globex, TicketQuery.all()), "the data must hold tickets of the actor's tenant");
    }

    /** Acme's and Globex's sample tickets in the storage: numbers 1 to 20 in both, 21 to 30 in Acme's only. */
    private List<SampleTickets> twoTenants() {
        return List.of(SampleTickets.create(storage(), ACME_SIZE, ACME, 1L),
                SampleTickets.create(storage(), GLOBEX_SIZE, GLOBEX, 2L));
    }

    private static SampleTickets otherOf(List<SampleTickets> tenants, SampleTickets one) {
        return tenants.get(0) == one ? tenants.get(1) : tenants.get(0);
    }

    /** Compares find, count, and every count, resolution and day aggregate with the reference over all tickets. */
    private void assertSameAggregates(List<Ticket> tickets, TicketCriteria criteria, String what) {
        assertEquals(Aggregates.find(tickets, criteria, BY_NUMBER, EVERYTHING).items(),
                tx(() -> store().find(criteria, BY_NUMBER, EVERYTHING)).items(), "find " + what);
        assertEquals(Aggregates.count(tickets, criteria), tx(() -> store().count(criteria)), "count " + what);
        for (Dimension dimension : Dimension.values()) {
            assertEquals(Aggregates.countBy(tickets, criteria, dimension),
                    tx(() -> store().countBy(criteria, dimension)), "count by " + dimension + " " + what);
            assertEquals(Aggregates.resolutionBy(tickets, criteria, dimension),
                    tx(() -> store().resolutionBy(criteria, dimension)), "resolution by " + dimension + " " + what);
        }
        assertEquals(Aggregates.resolution(tickets, criteria), tx(() -> store().resolution(criteria)),
                "resolution " + what);
        ZoneId zone = SampleTickets.ZONE;
        assertEquals(Aggregates.createdPerDay(tickets, criteria, zone), tx(() -> store().createdPerDay(criteria, zone)),
                "per day " + what);
    }

    private static TicketCriteria criteria(TenantId tenant) {
        return SampleTickets.criteria(tenant, TicketQuery.all(), DeskFixture.START);
    }

    private static List<Object> ids(List<TimelineEntry> entries) {
        return entries.stream().map(TimelineEntry::id).map(Object.class::cast).toList();
    }
}
