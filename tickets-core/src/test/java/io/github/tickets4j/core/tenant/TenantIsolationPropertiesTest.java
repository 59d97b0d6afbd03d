package io.github.tickets4j.core.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.NamedView;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.SortField;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.TicketSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random work in three tenants (creations, follow-ups, closings, deletions, and calls naming numbers the tenant does
 * not have) never lets one tenant read, count or change another's ticket, and each tenant's numbers run 1, 2, 3… in
 * its own series.
 */
class TenantIsolationPropertiesTest {
    private static final List<TenantId> TENANTS = List.of(TenantId.of("acme"), TenantId.of("globex"),
            TenantId.of("initech"));

    /** One step: what, in which tenant, on which number (1 to 6, whether the tenant has it or not). */
    record Step(String kind, int tenant, int number) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.of("create", "create", "followUp", "close", "delete"),
                Arbitraries.integers().between(0, TENANTS.size() - 1), Arbitraries.integers().between(1, 6))
                .as(Step::new).list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 100)
    void noReadCountOrChangeCrossesATenant(@ForAll("steps") List<Step> steps) {
        List<TicketEvent> events = new ArrayList<>();
        TicketDesk desk = TicketDesk.builder().inMemory().directory(new InMemoryDirectory()).zone(ZoneOffset.UTC)
                .clock(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC)).events(events::add)
                .build();
        // The model: each tenant's live tickets by sequence, and how many numbers it has issued.
        Map<TenantId, TreeMap<Long, String>> live = new HashMap<>();
        Map<TenantId, Long> issued = new HashMap<>();
        TENANTS.forEach(t -> live.put(t, new TreeMap<>()));
        for (Step step : steps) {
            TenantId tenant = TENANTS.get(step.tenant());
            Actor ada = admin(tenant);
            TicketNumber number = TicketNumberFormat.DEFAULT.format(step.number());
            boolean known = live.get(tenant).containsKey((long) step.number());
            int eventsBefore = events.size();
            try {
                switch (step.kind()) {
                    case "create" -> {
                        String title = tenant + " ticket " + (issued.getOrDefault(tenant, 0L) + 1);
                        Ticket created = desk.create(ada, CreateTicket.titled(title).build());
                        long sequence = issued.merge(tenant, 1L, Long::sum);
                        assertEquals(TicketNumberFormat.DEFAULT.format(sequence), created.number());
                        live.get(tenant).put(sequence, title);
                    }
                    case "followUp" -> desk.execute(ada, number, new AddFollowUp("Checked"));
                    case "close" -> desk.execute(ada, number, new Close());
                    default -> {
                        desk.delete(ada, number);
                        live.get(tenant).remove((long) step.number());
                    }
                }
                assertTrue(known || step.kind().equals("create"), "a number the tenant lacks was acted on");
            } catch (TicketNotFoundException e) {
                assertTrue(!known, "the tenant's own ticket " + number + " was not found");
            } catch (io.github.tickets4j.core.TransitionNotAllowedException | io.github.tickets4j.core
                    .RuleViolationException e) {
                // Closing a closed ticket: refused, and that is the tenant's own business.
                assertTrue(known);
            }
            events.subList(eventsBefore, events.size())
                    .forEach(e -> assertEquals(tenant, e.occurrence().tenant(), "an event left its tenant"));
            assertEveryReadStaysInItsTenant(desk, live);
        }
    }

    private static void assertEveryReadStaysInItsTenant(TicketDesk desk, Map<TenantId, TreeMap<Long, String>> live) {
        for (TenantId tenant : TENANTS) {
            Actor ada = admin(tenant);
            TreeMap<Long, String> own = live.get(tenant);
            assertEquals(own.size(), desk.count(ada, TicketQuery.all()));
            // One instant for all: ties are broken by number, so the list runs in the tenant's issue order.
            List<TicketSummary> listed = desk.view(ada, NamedView.ALL, Sort.ascending(SortField.CREATED_AT),
                    PageRequest.first(100)).items();
            assertEquals(new ArrayList<>(own.values()), listed.stream().map(TicketSummary::title).toList());
            assertEquals(own.size(), desk.dashboard(ada, DashboardFilter.cleared(), Sort.NEWEST_FIRST,
                    PageRequest.first(1)).total());
            for (long sequence = 1; sequence <= 6; sequence++) {
                TicketNumber number = TicketNumberFormat.DEFAULT.format(sequence);
                String title = own.get(sequence);
                assertEquals(title, desk.find(ada, number).map(Ticket::title).orElse(null));
                if (title != null) {
                    assertTrue(desk.history(ada, number, HistoryQuery.newest(50)).entries().size() >= 1);
                }
            }
        }
    }

    private static Actor admin(TenantId tenant) {
        return Actor.of("ada", Role.ADMIN).inTenant(tenant).inZone(ZoneId.of("UTC"));
    }
}
