package io.github.tickets4j.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.workflow.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Sorting and paging of random tickets on {@link Crm#TRIAGE}, with many ties: each neighbour pair is in the asked
 * order of the field, and equal keys are in ascending number order whatever the direction; pages put together give
 * back the whole list.
 */
class SortingPropertyTest {
    private static final List<String> PRIORITIES = Crm.TRIAGE.priorities();

    /** One ticket: its priority (null for none), its status step, hours since the previous one, touched later. */
    record Spec(String priority, int step, int gapHours, boolean touched) {
    }

    @Property(tries = 120)
    void neighboursAreInFieldOrderAndTiesInAscendingNumberOrder(@ForAll("tickets") @Size(max = 12) List<Spec> specs,
            @ForAll SortField field, @ForAll boolean ascending) {
        Crm crm = build(specs);
        List<TicketSummary> listed = crm.desk().search(Crm.OLGA, TicketQuery.all(), new Sort(field, ascending),
                PageRequest.first(PageRequest.MAX_SIZE)).items();
        assertEquals(specs.size(), listed.size());
        for (int i = 1; i < listed.size(); i++) {
            TicketSummary a = listed.get(i - 1);
            TicketSummary b = listed.get(i);
            int byField = Long.signum(key(field, b) - key(field, a)) * (ascending ? 1 : -1);
            assertTrue(byField > 0 || byField == 0 && a.number().compareTo(b.number()) < 0,
                    field + (ascending ? " asc: " : " desc: ") + a.number() + " before " + b.number());
        }
    }

    @Property(tries = 80)
    void pagesPutTogetherGiveTheWholeListAndThePageAfterTheLastIsEmpty(
            @ForAll("tickets") @Size(max = 12) List<Spec> specs, @ForAll SortField field,
            @ForAll @IntRange(min = 1, max = 5) int size) {
        Crm crm = build(specs);
        Sort sort = Sort.descending(field);
        List<TicketNumber> whole = crm.search(Crm.OLGA, TicketQuery.all(), sort);
        List<TicketNumber> joined = new ArrayList<>();
        int pages = (int) page(crm, sort, 0, size).totalPages();
        for (int i = 0; i < pages; i++) {
            Page<TicketSummary> page = page(crm, sort, i, size);
            assertTrue(page.items().size() == size || i == pages - 1, "only the last page may be short");
            joined.addAll(Crm.numbers(page));
        }
        assertEquals(whole, joined);
        Page<TicketSummary> after = page(crm, sort, pages, size);
        assertEquals(List.of(), after.items());
        assertEquals(specs.size(), after.total());
    }

    private static Page<TicketSummary> page(Crm crm, Sort sort, int index, int size) {
        return crm.desk().search(Crm.OLGA, TicketQuery.all(), sort, new PageRequest(index, size));
    }

    private static long key(SortField field, TicketSummary t) {
        return switch (field) {
            case CREATED_AT -> t.createdAt().toEpochMilli();
            case NUMBER -> t.number().sequence();
            case STATUS -> Crm.TRIAGE.statuses().stream().map(Status::name).toList().indexOf(t.status().name());
            case PRIORITY -> t.priority().map(PRIORITIES::indexOf).orElse(-1);
            case LAST_ACTIVITY -> t.lastActivityAt().toEpochMilli();
        };
    }

    private static Crm build(List<Spec> specs) {
        Crm crm = Crm.of(Crm.TRIAGE);
        List<Ticket> created = new ArrayList<>();
        for (Spec spec : specs) {
            crm.later(Duration.ofHours(spec.gapHours()));
            Ticket ticket = crm.create(Crm.OLGA, CreateTicket.titled("Ticket").priority(spec.priority()));
            switch (spec.step()) {
                case 1 -> crm.run(Crm.OLGA, ticket, new ChangeStatus("IN_PROGRESS"));
                case 2 -> crm.run(Crm.OLGA, ticket, new ChangeStatus("IN_PROGRESS"), new ChangeStatus("WAITING"));
                case 3 -> crm.run(Crm.OLGA, ticket, new Close());
                default -> { }
            }
            created.add(ticket);
        }
        crm.later(Duration.ofHours(1));
        for (int i = 0; i < specs.size(); i++) {
            if (specs.get(i).touched()) {
                // Admin, because only Admin may add a follow-up to a closed ticket.
                crm.run(Crm.ADA, created.get(i), new AddFollowUp("Touched"));
            }
        }
        return crm;
    }

    @Provide
    Arbitrary<List<Spec>> tickets() {
        return Combinators.combine(Arbitraries.of(PRIORITIES).injectNull(0.3), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 1), Arbitraries.of(true, false)).as(Spec::new).list();
    }
}
