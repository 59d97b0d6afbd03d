package io.github.tickets4j.samples.workflows;

import static io.github.tickets4j.samples.workflows.HelpdeskCoordinator.CLEO;
import static io.github.tickets4j.samples.workflows.HelpdeskCoordinator.COLE;
import static io.github.tickets4j.samples.workflows.HelpdeskCoordinator.OPAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.query.NamedView;
import io.github.tickets4j.core.query.StageCounts;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.workflow.Workflows.Helpdesk;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Seed 003's coordinator story: the stage bar of each view, before and after the creator reopens. */
class HelpdeskCoordinatorTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final HelpdeskCoordinator.Outcome story = new HelpdeskCoordinator().run(ScenarioOutput.into(printed));
    private final TicketDesk desk = story.desk();
    private final ScenarioOutput out = ScenarioOutput.of(printed);

    @Test
    void coordinatorCountsTheTicketsOfTheCustomersTheyLookAfterAndNoOthers() {
        Map<NamedView, StageCounts> before = story.coordinatorBefore();
        assertEquals(List.of(2L, 0L, 0L, 1L, 0L), stages(before.get(NamedView.MY_TICKETS)));
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L), stages(before.get(NamedView.UNASSIGNED)));
        assertEquals(List.of(2L, 0L, 0L, 1L, 0L), stages(before.get(NamedView.ALL)));
        assertEquals(List.of(0L, 0L, 0L, 1L, 0L), stages(before.get(NamedView.MY_CLOSED)));
        assertEquals(3, before.get(NamedView.ALL).all());
        // INITECH's ticket exists, but is not the coordinator's to count.
        assertEquals(4, desk.count(OPAL, TicketQuery.all()));
        assertTrue(desk.find(COLE, story.onboarding()).isEmpty());
        assertTrue(desk.find(OPAL, story.onboarding()).isPresent());
        out.section("Stage bar as cole (coordinator of ACME and GLOBEX)").hasLineEndingWith(
                "view        NEW  SCHEDULED  IN_PROGRESS  CLOSED  REOPENED  All");
        out.section("Stage bar as cole (coordinator of ACME and GLOBEX)").hasLineEndingWith(
                "MY_TICKETS  2    0          0            1       0         3");
    }

    @Test
    void customersUserCountsOnlyTheirCustomersTickets() {
        Map<NamedView, StageCounts> before = story.customerBefore();
        assertEquals(List.of(1L, 0L, 0L, 1L, 0L), stages(before.get(NamedView.ALL)));
        assertEquals(List.of(1L, 0L, 0L, 0L, 0L), stages(before.get(NamedView.UNASSIGNED)));
        assertEquals(1, before.get(NamedView.MY_CLOSED).all());
        assertTrue(desk.find(CLEO, story.roster()).isEmpty(), "GLOBEX's ticket");
        out.section("Stage bar as cleo (customer ACME)").hasLineEndingWith(
                "ALL         1    0          0            1       0         2");
    }

    @Test
    void onlyTheCreatorReopensAndTheTicketMovesFromClosedToReopenedInEveryBar() {
        out.refuses("gus    RE00000001 tries to reopen another customer's ticket",
                "TicketNotFoundException): Ticket RE00000001 does not exist");
        out.refuses("cal    RE00000001 tries to reopen a ticket of their customer they did not create",
                "only the ticket's creator may take transition REOPEN");
        Ticket export = desk.find(COLE, story.export()).orElseThrow();
        assertEquals(Helpdesk.REOPENED, export.status().name());
        assertEquals(CLEO.id(), export.createdBy());
        assertEquals(Optional.empty(), export.closedBy());

        assertEquals(List.of(2L, 0L, 0L, 0L, 1L), stages(now(COLE, NamedView.MY_TICKETS)));
        assertEquals(List.of(2L, 0L, 0L, 0L, 1L), stages(now(COLE, NamedView.ALL)));
        assertEquals(0, now(COLE, NamedView.MY_CLOSED).all());
        assertEquals(story.coordinatorBefore().get(NamedView.UNASSIGNED), now(COLE, NamedView.UNASSIGNED));
        assertEquals(List.of(1L, 0L, 0L, 0L, 1L), stages(now(CLEO, NamedView.ALL)));
        assertEquals(0, now(CLEO, NamedView.MY_CLOSED).all());
        out.section("Stage bar as cole after the reopening").hasLineEndingWith(
                "MY_CLOSED   0    0          0            0       0         0");
    }

    private StageCounts now(Actor who, NamedView view) {
        return desk.stageCounts(who, view);
    }

    /** The counts of NEW, SCHEDULED, IN_PROGRESS, CLOSED and REOPENED, checking the bar's order on the way. */
    private static List<Long> stages(StageCounts counts) {
        assertEquals(List.of(Helpdesk.NEW, Helpdesk.SCHEDULED, Helpdesk.IN_PROGRESS, Helpdesk.CLOSED,
                Helpdesk.REOPENED), List.copyOf(counts.byStatus().keySet()));
        return List.copyOf(counts.byStatus().values());
    }
}
