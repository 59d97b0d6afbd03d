package io.github.tickets4j.core.query;

import static io.github.tickets4j.core.query.SortAndPageTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.StatusCategory;
import org.junit.jupiter.api.Test;

/** Bad query input is refused with a {@link io.github.tickets4j.core.ValidationFailedException} naming the field. */
class TicketQueryInputTest {
    private final SixTickets x = new SixTickets();

    @Test
    void malformedStatusAndPriorityNamesAreRefused() {
        assertRefused("statuses", () -> TicketQuery.builder().statuses("in-progress").build());
        assertRefused("priorities", () -> TicketQuery.builder().priorities("").build());
        assertRefused("statuses", () -> DashboardFilter.statuses("closed!"));
    }

    @Test
    void nullFilterValuesAreRefusedNamingTheFilter() {
        assertRefused("statuses", () -> TicketQuery.builder().statuses((String) null).build());
        assertRefused("statusCategories", () -> TicketQuery.builder().statusCategories((StatusCategory) null).build());
        assertRefused("projects", () -> TicketQuery.builder().projects((ProjectId) null).build());
        assertRefused("assignees", () -> TicketQuery.builder().assignees(Crm.ANN.id(), null).build());
        assertRefused("creators", () -> TicketQuery.builder().creators((UserId) null).build());
        assertRefused("categories", () -> TicketQuery.builder().categories((String) null).build());
        assertRefused("tags", () -> TicketQuery.builder().tags("billing", null).build());
    }

    @Test
    void aMissingActorOrQueryIsRefusedNamingIt() {
        assertRefused("actor", () -> x.crm.desk().search(null, TicketQuery.all(), Sort.NEWEST_FIRST,
                PageRequest.first(10)));
        assertRefused("query", () -> x.crm.desk().count(Crm.OLGA, null));
    }

    @Test
    void blankTextIsNoFilter() {
        assertEquals(6, x.crm.desk().count(Crm.OLGA, TicketQuery.builder().text("   ").build()));
    }
}
