package io.github.tickets4j.core.query;

import static io.github.tickets4j.core.query.SixTickets.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.workflow.StatusCategory;
import org.junit.jupiter.api.Test;

/** Each filter of {@link TicketQuery} on its own, and several together, over {@link SixTickets}. */
class TicketQueryFilterTest {
    private final SixTickets x = new SixTickets();

    @Test
    void noFilterFindsEveryTicket() {
        assertFinds(TicketQuery.all(), x.t1, x.t2, x.t3, x.t4, x.t5, x.t6);
    }

    @Test
    void statusesMatchAnyOfTheNamedStatusesInAnyCase() {
        assertFinds(TicketQuery.builder().statuses("open").build(), x.t2, x.t5);
        assertFinds(TicketQuery.builder().statuses("Open", "WAITING").build(), x.t2, x.t4, x.t5);
    }

    @Test
    void statusCategoriesMatchEveryStatusOfThoseCategories() {
        assertFinds(TicketQuery.builder().statusCategories(StatusCategory.ACTIVE, StatusCategory.WAITING).build(),
                x.t1, x.t4);
        assertFinds(TicketQuery.builder().statusCategories(StatusCategory.CLOSED).build(), x.t3, x.t6);
    }

    @Test
    void overdueOnlyKeepsOpenTicketsWhoseDeadlinePassedButNotTodaysFollowUpsOrClosedTickets() {
        // 1 has a follow-up date of today, 3 is closed with a passed deadline, 5's deadline passed while open.
        assertFinds(TicketQuery.builder().overdueOnly(true).build(), x.t5);
    }

    @Test
    void projectsMatchAnyOfTheProjects() {
        assertFinds(TicketQuery.builder().projects(Crm.SOLAR, Crm.WIND).build(), x.t1, x.t2, x.t5);
    }

    @Test
    void customersMatchTheCustomerTakenFromTheProject() {
        assertFinds(TicketQuery.builder().customers(Crm.SUN).build(), x.t1, x.t5);
        assertFinds(TicketQuery.builder().customers(Crm.RIVER, Crm.BREEZE).build(), x.t2, x.t3);
    }

    @Test
    void assigneesMatchAnyOfTheUsers() {
        assertFinds(TicketQuery.builder().assignees(Crm.ANN.id()).build(), x.t1, x.t6);
        assertFinds(TicketQuery.builder().assignees(Crm.ANN.id(), Crm.CAT.id()).build(), x.t1, x.t3, x.t6);
    }

    @Test
    void unassignedOnlyKeepsTicketsNobodyHolds() {
        assertFinds(TicketQuery.builder().unassignedOnly(true).build(), x.t2, x.t5);
    }

    @Test
    void creatorsMatchWhoCreatedTheTicket() {
        assertFinds(TicketQuery.builder().creators(Crm.SAM.id()).build(), x.t3, x.t5);
        assertFinds(TicketQuery.builder().creators(Crm.ADA.id()).build(), x.t4);
    }

    @Test
    void teamsMatchAnyOfTheTeams() {
        assertFinds(TicketQuery.builder().teams(Crm.NORTH).build(), x.t1, x.t4);
        assertFinds(TicketQuery.builder().teams(Crm.SOUTH, Crm.NORTH).build(), x.t1, x.t3, x.t4, x.t5);
    }

    @Test
    void prioritiesMatchAnyOfTheNamedPrioritiesInAnyCase() {
        assertFinds(TicketQuery.builder().priorities("low").build(), x.t2, x.t6);
        assertFinds(TicketQuery.builder().priorities("High", "URGENT").build(), x.t1, x.t4);
    }

    @Test
    void categoriesMatchIgnoringCase() {
        assertFinds(TicketQuery.builder().categories("EQUIPMENT").build(), x.t1, x.t5);
        assertFinds(TicketQuery.builder().categories(" billing ", "question").build(), x.t3, x.t6);
    }

    @Test
    void tagsMatchTicketsCarryingAnyOfThemInAnyCase() {
        assertFinds(TicketQuery.builder().tags("BILLING").build(), x.t2, x.t3);
        assertFinds(TicketQuery.builder().tags("invoice", "storm").build(), x.t3, x.t5);
    }

    @Test
    void createdBetweenIncludesTheStartAndExcludesTheEnd() {
        assertFinds(TicketQuery.builder().createdBetween(at(10), at(12)).build(), x.t2, x.t3);
        assertFinds(TicketQuery.builder().createdBetween(at(13), null).build(), x.t5, x.t6);
        assertFinds(TicketQuery.builder().createdBetween(null, at(10)).build(), x.t1);
    }

    @Test
    void closedBetweenIncludesTheStartExcludesTheEndAndNeverMatchesOpenTickets() {
        assertFinds(TicketQuery.builder().closedBetween(at(16), at(17)).build(), x.t3);
        assertFinds(TicketQuery.builder().closedBetween(at(16), null).build(), x.t3, x.t6);
        assertFinds(TicketQuery.builder().closedBetween(null, at(23)).build(), x.t3, x.t6);
    }

    @Test
    void filtersCombineWithAnd() {
        TicketQuery query = TicketQuery.builder().projects(Crm.SOLAR, Crm.HYDRO)
                .statusCategories(StatusCategory.OPEN, StatusCategory.ACTIVE).tags("billing", "storm").build();
        assertFinds(query, x.t5);
        assertFinds(query.toBuilder().unassignedOnly(true).overdueOnly(true).build(), x.t5);
        assertFinds(query.toBuilder().teams(Crm.NORTH).build());
    }

    private void assertFinds(TicketQuery query, Ticket... expected) {
        Actor everyone = Crm.OLGA;
        assertEquals(Crm.numbers(expected), x.crm.search(everyone, query), "search");
        assertEquals(expected.length, x.crm.desk().count(everyone, query), "count");
    }
}
