package io.github.tickets4j.core.query;

import static io.github.tickets4j.core.query.Crm.OLGA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A search, count or dashboard that asks for a status or priority none of the desk's workflows has is refused with
 * the valid names, instead of answering 0 for a name that is only misspelt.
 */
class UnknownNamesTest {
    private final Crm crm = Crm.of(Workflows.crmSupport());

    @Test
    void aSearchForAStatusNoWorkflowHasIsRefusedListingTheValidStatuses() {
        crm.create("Printer jammed", Crm.SOLAR);
        ValidationFailedException refused = assertThrows(ValidationFailedException.class, () -> crm.desk()
                .search(OLGA, TicketQuery.builder().statuses("OPEN", "DONE").build(), Sort.NEWEST_FIRST,
                        PageRequest.first(10)));
        assertEquals(List.of(new Violation("statuses", "[DONE] is not a status of this desk's workflows; valid: "
                + "[UNASSIGNED, OPEN, IN_PROGRESS, WAITING_ON_CUSTOMER, WAITING_ON_THIRD_PARTY, RESOLVED, CLOSED]")),
                refused.violations());
    }

    @Test
    void aCountOfUnknownStatusesAndPrioritiesNamesBothInOneRefusal() {
        ValidationFailedException refused = assertThrows(ValidationFailedException.class, () -> crm.desk()
                .count(OLGA, TicketQuery.builder().statuses("Done", "Gone").priorities("panic").build()));
        assertEquals(List.of(
                new Violation("priorities", "[PANIC] is not a priority of this desk's workflows; valid: "
                        + "[LOW, MEDIUM, HIGH, URGENT]"),
                new Violation("statuses", "[DONE, GONE] are not statuses of this desk's workflows; valid: "
                        + "[UNASSIGNED, OPEN, IN_PROGRESS, WAITING_ON_CUSTOMER, WAITING_ON_THIRD_PARTY, RESOLVED, "
                        + "CLOSED]")), refused.violations());
    }

    @Test
    void aPriorityOnADeskWhoseWorkflowsHaveNoneIsRefused() {
        ValidationFailedException refused = assertThrows(ValidationFailedException.class, () -> Crm.standard()
                .desk().count(OLGA, TicketQuery.builder().priorities("HIGH").build()));
        assertEquals(List.of(new Violation("priorities",
                "[HIGH] is not a priority of this desk's workflows; they have none")), refused.violations());
    }

    @Test
    void aDashboardFilteredByAStatusNoWorkflowHasIsRefused() {
        ValidationFailedException refused = assertThrows(ValidationFailedException.class, () -> crm.desk()
                .dashboard(OLGA, DashboardFilter.statuses("IN_PROGRES"), Sort.NEWEST_FIRST, PageRequest.first(5)));
        assertEquals("statuses", refused.violations().get(0).field());
        assertEquals(1, refused.violations().size());
    }

    @Test
    void aNameOfAnyOfTheDesksWorkflowsIsAnswered() {
        InMemoryDirectory directory = new InMemoryDirectory().project(Crm.SOLAR, Crm.SUN, OLGA.id()).user(OLGA);
        TicketDesk desk = TicketDesk.builder().inMemory().directory(directory).zone(ZoneId.of("Europe/Berlin"))
                .workflow(Workflows.standard()).workflows(Workflows.ispBilling()).build();
        desk.create(OLGA, CreateTicket.titled("Line down").project(Crm.SOLAR).workflow("isp-billing").build());
        assertEquals(1, desk.count(OLGA, TicketQuery.builder().statuses(Workflows.IspBilling.NEW)
                .priorities(Workflows.IspBilling.MINOR).build()));
        assertEquals(0, desk.count(OLGA, TicketQuery.builder().statuses(Workflows.Standard.IN_PROGRESS).build()));
        assertEquals(0, desk.dashboard(OLGA, DashboardFilter.statuses(Workflows.IspBilling.RESOLVED),
                Sort.NEWEST_FIRST, PageRequest.first(5)).openTickets().total());
    }
}
