package io.github.tickets4j.jpa;

import static io.github.tickets4j.core.ticket.TenantId.DEFAULT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.SortField;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.EventPublisher;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.stats.Aggregates;
import io.github.tickets4j.core.stats.Dashboard;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TimelineEntry;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Two tenants in the same tables, numbered alike (every tenant numbers from 1): every lookup, query, count,
 * aggregate, history read, write and rebuild through the JPA store stays inside its tenant.
 */
abstract class TenantIsolationBehaviour extends DatabaseTestBase {
    private static final TenantId ACME = TenantId.of("acme");
    private static final long SEED = 20_260_411L;
    private static final Actor ADA = Actor.of("ada", Role.ADMIN);

    /** 40 random tickets in each tenant, numbered 1 to 40 in both. */
    private List<Ticket> twoTenants() {
        List<Ticket> all = new ArrayList<>(Samples.tickets(DEFAULT, new Random(SEED), 40));
        all.addAll(Samples.tickets(ACME, new Random(SEED + 1), 40));
        insertAll(all);
        return all;
    }

    @Test
    void eachTenantFindsItsOwnTicketByNumberAndNoneOfTheOthersById() {
        List<Ticket> all = twoTenants();
        Ticket ours = all.get(0);
        Ticket theirs = all.get(40);
        assertEquals(ours.number(), theirs.number());

        assertEquals(ours, store.findByNumber(DEFAULT, ours.number()).orElseThrow());
        assertEquals(theirs, store.findByNumber(ACME, ours.number()).orElseThrow());
        assertEquals(theirs, store.findById(ACME, theirs.id()).orElseThrow());
        assertTrue(store.findById(ACME, ours.id()).isEmpty());
        assertTrue(store.findById(DEFAULT, theirs.id()).isEmpty());
        assertTrue(store.findByNumber(TenantId.of("nobody"), ours.number()).isEmpty());
    }

    @Test
    void queriesCountsAndAggregatesOfATenantAgreeWithTheReferenceOverItsTicketsOnly() {
        List<Ticket> all = twoTenants();
        Random r = new Random(SEED + 2);
        for (int i = 0; i < 12; i++) {
            TicketCriteria random = Samples.criteria(r);
            for (TenantId tenant : List.of(DEFAULT, ACME)) {
                TicketCriteria c = Samples.criteria(tenant, random.query(), random.scopes());
                Sort sort = new Sort(Samples.pick(r, List.of(SortField.values())), r.nextBoolean());
                PageRequest page = new PageRequest(0, 1 + r.nextInt(30));
                String where = tenant + " " + c;
                assertEquals(Aggregates.find(all, c, sort, page), store.find(c, sort, page), where);
                assertEquals(Aggregates.count(all, c), store.count(c), where);
                for (Dimension d : List.of(Dimension.STATUS, Dimension.STATUS_CATEGORY, Dimension.TAG,
                        Dimension.ASSIGNEE)) {
                    assertEquals(Aggregates.countBy(all, c, d), store.countBy(c, d), () -> d + " " + where);
                }
                assertEquals(Aggregates.resolutionBy(all, c, Dimension.PRIORITY),
                        store.resolutionBy(c, Dimension.PRIORITY), where);
                assertEquals(Aggregates.createdPerDay(all, c, ZoneId.of("Europe/Berlin")),
                        store.createdPerDay(c, ZoneId.of("Europe/Berlin")), where);
            }
        }
        assertEquals(0, store.count(Samples.criteria(TenantId.of("nobody"), Samples.all().query(),
                Samples.all().scopes())));
    }

    @Test
    void theDashboardOfEachTenantCountsItsOwnTicketsFromItsOwnRollup() {
        TicketDesk desk = desk(storage, EventPublisher.none());
        Actor acmeAdmin = ADA.inTenant(ACME);
        for (int i = 0; i < 3; i++) {
            desk.create(ADA, CreateTicket.titled("Ours " + i).project(Samples.P1).build());
        }
        TicketNumber closed = desk.create(acmeAdmin, CreateTicket.titled("Theirs").project(Samples.P1).build())
                .number();
        desk.execute(acmeAdmin, closed, new Close("Done"));

        Dashboard ours = desk.dashboard(ADA, DashboardFilter.cleared(), Sort.NEWEST_FIRST, PageRequest.first(10));
        Dashboard theirs = desk.dashboard(acmeAdmin, DashboardFilter.cleared(), Sort.NEWEST_FIRST,
                PageRequest.first(10));
        assertEquals(List.of(3L, 1L), List.of(ours.total(), theirs.total()));
        assertEquals(List.of(0L, 1L), List.of(ours.count("CLOSED"), theirs.count("CLOSED")));
        assertEquals(2, database().queryLong("select count(distinct tenant_id) from t4j_status_count"
                + " where stripe = -1"), "a lock row per tenant");
    }

    @Test
    void aTicketsHistoryIsReadInItsTenantOnly() {
        TicketDesk desk = desk(gapless(), EventPublisher.none());
        Ticket ours = desk.create(ADA, CreateTicket.titled("Ours").project(Samples.P1).build());
        Ticket theirs = desk.create(ADA.inTenant(ACME), CreateTicket.titled("Theirs").project(Samples.P1).build());
        desk.execute(ADA.inTenant(ACME), theirs.number(), new AddFollowUp("Theirs only"));
        assertEquals(ours.number(), theirs.number());

        assertEquals(List.of(2, 1), List.of(store.history(ACME, theirs.id(), HistoryQuery.newest(10)).size(),
                store.history(DEFAULT, ours.id(), HistoryQuery.newest(10)).size()));
        assertEquals(List.of(), store.history(DEFAULT, theirs.id(), HistoryQuery.newest(10)));
        assertEquals(List.of(), store.history(ACME, ours.id(), HistoryQuery.newest(10)));
        assertEquals(List.of("Theirs only"), desk.history(ADA.inTenant(ACME), theirs.number(),
                HistoryQuery.newest(10)).entries().stream().flatMap(e -> e.detail().stream()).toList());
        assertEquals(List.of(0L), desk.history(ADA, theirs.number(), HistoryQuery.newest(10)).entries().stream()
                .map(TimelineEntry::sequence).toList(), "the same number in the default tenant: its creation only");
    }

    @Test
    void aChangeOrDeletionClaimingAnotherTenantFindsNoTicketAndChangesNothing() {
        List<Ticket> all = twoTenants();
        Ticket ours = all.get(0);
        Ticket claimed = StoredTicket.from(ours).tenant(ACME).build();

        assertThrows(TicketNotFoundException.class, () -> store.update(Samples.change(claimed, b -> b.title("x"))));
        assertThrows(TicketNotFoundException.class, () -> store.delete(claimed));
        assertEquals(ours, store.findById(DEFAULT, ours.id()).orElseThrow());
        assertEquals(all.get(40), store.findByNumber(ACME, ours.number()).orElseThrow());
        assertEquals(80, rows("t4j_ticket"));
    }

    @Test
    void rebuildingOneTenantsDerivedDataLeavesTheOthersAsItWasAndRebuildingAllFixesEveryTenant() {
        List<Ticket> all = twoTenants();
        // A retention job purges and an import rewrites around the adapter, in both tenants.
        database().execute(List.of("update t4j_status_count set ticket_count = ticket_count + 7 where stripe = 0",
                "update t4j_ticket set search_text = ''"));
        TicketCriteria acmeAll = Samples.criteria(ACME, Samples.all().query(), Samples.all().scopes());

        assertEquals(40, storage.rebuildDerivedData(ACME));
        assertEquals(40, store.count(acmeAll));
        assertEquals(Aggregates.countBy(all, acmeAll, Dimension.STATUS), store.countBy(acmeAll, Dimension.STATUS));
        assertTrue(store.count(Samples.all()) > 40, "the default tenant's rollup is still off");
        assertEquals(0, storage.rebuildDerivedData(ACME), "nothing left to fix in acme");

        assertEquals(40, storage.rebuildDerivedData(), "the default tenant's search texts");
        assertEquals(List.of(40L, 40L), Stream.of(Samples.all(), acmeAll).map(store::count).toList());
        Map<String, Long> byStatus = Aggregates.countBy(all, Samples.all(), Dimension.STATUS);
        assertEquals(byStatus, store.countBy(Samples.all(), Dimension.STATUS));
    }
}
