package io.github.tickets4j.core.query;

import static io.github.tickets4j.core.query.Crm.ANN;
import static io.github.tickets4j.core.query.Crm.CAT;
import static io.github.tickets4j.core.query.Crm.NORTH;
import static io.github.tickets4j.core.query.Crm.OLGA;
import static io.github.tickets4j.core.query.Crm.SOUTH;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.PickUp;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.workflow.Workflows;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The named views of seed 003 on its helpdesk workflow. Two coordinators who may view every ticket: Sam, whose
 * assigned projects are Solar and Hydro and who has no team, and Olga, who has no project and is in team North
 * with Ann.
 *
 * <pre>
 * #  project  creator  assignee  team   status
 * 1  SOLAR    olga     -         -      NEW
 * 2  WIND     sam      -         -      NEW
 * 3  WIND     olga     sam       -      NEW
 * 4  ORPHAN   ann      ann       -      NEW
 * 5  ORPHAN   cat      cat       NORTH  NEW
 * 6  HYDRO    olga     cat       SOUTH  CLOSED
 * 7  WIND     cat      olga      -      CLOSED
 * 8  ORPHAN   cat      -         SOUTH  NEW
 * </pre>
 */
class NamedViewsTest {
    private static final Actor SAM = Actor.of("sam", Role.OPERATIONS);

    private final Crm crm = coordinatedBySam(Crm.of(Workflows.helpdesk()));
    private final Ticket v1 = create(OLGA, CreateTicket.titled("Roster not loading").project(Crm.SOLAR));
    private final Ticket v2 = create(SAM, CreateTicket.titled("Shift swap").project(Crm.WIND));
    private final Ticket v3 = create(OLGA, CreateTicket.titled("Payroll export").project(Crm.WIND).assignee(SAM.id()));
    private final Ticket v4 = create(ANN, CreateTicket.titled("Leave request").project(Crm.ORPHAN)
            .assignee(ANN.id()));
    private final Ticket v5 = create(CAT, CreateTicket.titled("Clock-in device").project(Crm.ORPHAN)
            .assignee(CAT.id()).team(NORTH));
    private final Ticket v6 = crm.run(OLGA, create(OLGA, CreateTicket.titled("Overtime rule").project(Crm.HYDRO)
            .assignee(CAT.id()).team(SOUTH)), new Close());
    private final Ticket v7 = crm.run(OLGA, create(CAT, CreateTicket.titled("Badge reprint").project(Crm.WIND)
            .assignee(OLGA.id())), new Close());
    private final Ticket v8 = create(CAT, CreateTicket.titled("Site access").project(Crm.ORPHAN).team(SOUTH));

    /** Here Sam coordinates (Operations), so tickets of any project may be assigned to him. */
    private static Crm coordinatedBySam(Crm crm) {
        crm.directory().user(SAM);
        return crm;
    }

    @Test
    void myTicketsHoldsTicketsOfMyProjectsAndThoseICreatedOrHold() {
        assertView(SAM, NamedView.MY_TICKETS, v1, v2, v3, v6);
        assertView(OLGA, NamedView.MY_TICKETS, v1, v3, v6, v7);
    }

    @Test
    void unassignedHoldsEveryTicketNobodyHoldsWhateverItsStatus() {
        assertView(SAM, NamedView.UNASSIGNED, v1, v2, v8);
    }

    @Test
    void allHoldsEveryTicketTheActorMayView() {
        assertView(SAM, NamedView.ALL, v1, v2, v3, v4, v5, v6, v7, v8);
    }

    @Test
    void myClosedHoldsOnlyTheClosedTicketsOfMyTickets() {
        assertView(SAM, NamedView.MY_CLOSED, v6);
        assertView(OLGA, NamedView.MY_CLOSED, v6, v7);
    }

    @Test
    void assignedToMeHoldsOnlyTicketsIHold() {
        assertView(SAM, NamedView.ASSIGNED_TO_ME, v3);
        assertView(OLGA, NamedView.ASSIGNED_TO_ME, v7);
    }

    @Test
    void createdByMeHoldsOnlyTicketsICreated() {
        assertView(SAM, NamedView.CREATED_BY_ME, v2);
        assertView(OLGA, NamedView.CREATED_BY_ME, v1, v3, v6);
    }

    @Test
    void myTeamHoldsTicketsOfMyTeamsAndTicketsHeldByTeamMates() {
        // 5 belongs to North; 4 and 7 are held by Ann and Olga, who are in North.
        assertView(OLGA, NamedView.MY_TEAM, v4, v5, v7);
        assertView(CAT, NamedView.MY_TEAM, v5, v6, v8);
    }

    @Test
    void myTeamIsEmptyForSomeoneInNoTeam() {
        assertView(SAM, NamedView.MY_TEAM);
    }

    @Test
    void pickingUpMovesATicketFromUnassignedToAssignedToMe() {
        crm.run(SAM, v1, new PickUp());
        assertView(SAM, NamedView.UNASSIGNED, v2, v8);
        assertView(SAM, NamedView.ASSIGNED_TO_ME, v1, v3);
    }

    @Test
    void aTicketReopenedByItsCreatorLeavesMyClosed() {
        crm.run(OLGA, v6, new Reopen());
        assertView(OLGA, NamedView.MY_CLOSED, v7);
        assertView(OLGA, NamedView.MY_TICKETS, v1, v3, v6, v7);
    }

    @Test
    void viewsArePagedAndSortedLikeSearches() {
        Page<TicketSummary> page = crm.desk().view(SAM, NamedView.ALL, Sort.descending(SortField.NUMBER),
                new PageRequest(1, 3));
        assertEquals(Crm.numbers(v5, v4, v3), Crm.numbers(page));
        assertEquals(8, page.total());
    }

    private Ticket create(Actor by, CreateTicket.Builder command) {
        return crm.create(by, command);
    }

    private void assertView(Actor actor, NamedView view, Ticket... expected) {
        List<TicketNumber> listed = Crm.numbers(crm.desk().view(actor, view, Sort.ascending(SortField.NUMBER),
                PageRequest.first(100)));
        assertEquals(Crm.numbers(expected), listed, view.name());
    }
}
