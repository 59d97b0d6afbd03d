package io.github.tickets4j.core.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TransitionNotAllowedException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.WorkflowMismatchException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.stats.Dashboard;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeCategory;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.WorkflowRef;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every ticket records the workflow and version it was created under and is decided with exactly that one: a desk
 * with several ticket types decides each with its own, a new version of a workflow leaves the tickets of the old
 * one alone, and a ticket the desk's workflows do not fit is refused with {@link WorkflowMismatchException}.
 */
class WorkflowPerTicketTest {
    private static final Actor OLA = Actor.of("ola", Role.OPERATIONS);
    private final InMemoryStorage storage = new InMemoryStorage();

    /**
     * Version 1 of "field": OPEN, then PENDING (work in hand, ACTIVE), DONE; a ticket may close straight from OPEN.
     * Version 2 counts PENDING as WAITING and no longer closes from OPEN.
     */
    private static Workflow field(int version) {
        Workflow.Builder b = Workflow.builder("field").version(version)
                .status("OPEN", StatusCategory.OPEN)
                .status("PENDING", version == 1 ? StatusCategory.ACTIVE : StatusCategory.WAITING)
                .status("DONE", StatusCategory.CLOSED).initial("OPEN")
                .transition("HOLD", "OPEN", "PENDING").transition("FINISH", "PENDING", "DONE");
        return (version == 1 ? b.transition("FINISH", "OPEN", "DONE") : b).build();
    }

    private TicketDesk desk(Workflow standard, Workflow... others) {
        return TicketDesk.builder().storage(storage).directory(new InMemoryDirectory()).zone(ZoneOffset.UTC)
                .workflow(standard).workflows(others).build();
    }

    @Test
    void eachTicketRecordsItsWorkflowAndVersion() {
        TicketDesk desk = desk(field(2), Workflows.ispBilling());
        assertEquals(new WorkflowRef("field", 2), desk.create(OLA, CreateTicket.titled("Default").build()).workflow());
        assertEquals(new WorkflowRef("isp-billing", 1), desk.create(OLA, CreateTicket.titled("Typed")
                .workflow("isp-billing").build()).workflow());
    }

    @Test
    void aDeskWithTwoWorkflowsDecidesEachTicketWithItsOwn() {
        TicketDesk desk = desk(Workflows.standard(), Workflows.ispBilling());
        Ticket standard = desk.create(OLA, CreateTicket.titled("Panel").build());
        Ticket isp = desk.create(OLA, CreateTicket.titled("Router").workflow("isp-billing").category("problem")
                .build());
        assertEquals("OPEN", standard.status().name());
        assertEquals("NEW", isp.status().name());
        assertEquals(Optional.of("MINOR"), isp.priority(), "the isp workflow's default priority");
        assertEquals(Optional.of("Problem"), isp.category());

        assertEquals("WORK_IN_PROGRESS", desk.execute(OLA, isp.number(), new ChangeStatus("work in progress"))
                .status().name());
        assertEquals("IN_PROGRESS", desk.execute(OLA, standard.number(), new ChangeStatus("IN_PROGRESS")).status()
                .name());
        assertEquals("to", assertThrows(ValidationFailedException.class, () -> desk.execute(OLA, standard.number(),
                new ChangeStatus("WAITING_ON_AGENT"))).violations().get(0).field());
        assertEquals("to", assertThrows(ValidationFailedException.class, () -> desk.execute(OLA, isp.number(),
                new ChangeStatus("IN_PROGRESS"))).violations().get(0).field());
        assertEquals(Optional.of("Lead"), desk.execute(OLA, isp.number(), new ChangeCategory("lead"))
                .category());
    }

    @Test
    void aCreationNamingAWorkflowTheDeskLacksIsRefusedNamingTheWorkflow() {
        TicketDesk desk = desk(Workflows.standard(), Workflows.ispBilling());
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> desk.create(OLA, CreateTicket.titled("Typo").workflow("isp-biling").build()));
        assertEquals("workflow", e.violations().get(0).field());
        assertTrue(e.getMessage().contains("[standard, isp-billing]"), e.getMessage());
    }

    @Test
    void afterVersion2ChangedAStatusCategoryVersion1TicketsAreStillDecidedAndCountedByVersion1() {
        Ticket old = desk(field(1)).create(OLA, CreateTicket.titled("Created under v1").build());
        TicketDesk desk = desk(field(2), field(1));
        Ticket young = desk.create(OLA, CreateTicket.titled("Created under v2").build());
        assertEquals(new WorkflowRef("field", 1), old.workflow());
        assertEquals(new WorkflowRef("field", 2), young.workflow());

        assertThrows(TransitionNotAllowedException.class, () -> desk.execute(OLA, young.number(), new Close()));
        Ticket oldPending = desk.execute(OLA, old.number(), new ChangeStatus("PENDING"));
        Ticket youngPending = desk.execute(OLA, young.number(), new ChangeStatus("PENDING"));
        assertEquals(StatusCategory.ACTIVE, oldPending.status().category());
        assertEquals(StatusCategory.WAITING, youngPending.status().category());

        assertEquals(List.of(old.number()), find(desk, StatusCategory.ACTIVE));
        assertEquals(List.of(young.number()), find(desk, StatusCategory.WAITING));
        Dashboard board = desk.dashboard(OLA, DashboardFilter.cleared(), Sort.NEWEST_FIRST, PageRequest.first(10));
        assertEquals(2, board.count("PENDING"));
        assertEquals(1, board.byCategory().get(StatusCategory.ACTIVE));
        assertEquals(1, board.byCategory().get(StatusCategory.WAITING));

        assertEquals("DONE", desk.execute(OLA, old.number(), new ChangeStatus("DONE")).status().name());
    }

    @Test
    void aTicketOfAWorkflowVersionTheDeskLacksIsRefusedNamingTicketStatusAndWorkflow() {
        Ticket old = desk(field(1)).create(OLA, CreateTicket.titled("Created under v1").build());
        TicketDesk upgraded = desk(field(2));
        WorkflowMismatchException e = assertThrows(WorkflowMismatchException.class,
                () -> upgraded.execute(OLA, old.number(), new ChangeStatus("PENDING")));
        assertNames(e, old.number(), "OPEN", "field v1");
        assertEquals(0, upgraded.find(OLA, old.number()).orElseThrow().version(), "nothing changed");
        assertEquals(1, upgraded.history(OLA, old.number(), HistoryQuery.newest(5)).entries().size());
    }

    @Test
    void aTicketInAStatusItsWorkflowLacksIsRefusedNamingTicketStatusAndWorkflow() {
        TicketDesk first = desk(field(1));
        Ticket ticket = first.create(OLA, CreateTicket.titled("Pending").build());
        first.execute(OLA, ticket.number(), new ChangeStatus("PENDING"));
        // The host changed version 1 without raising the version: PENDING is gone.
        Workflow rewritten = Workflow.builder("field").status("OPEN", StatusCategory.OPEN)
                .status("DONE", StatusCategory.CLOSED).initial("OPEN").transition("FINISH", "OPEN", "DONE").build();
        TicketDesk desk = desk(rewritten);
        for (var command : List.of(new Close(), new ChangeStatus("DONE"), new ChangeStatus("OPEN"))) {
            WorkflowMismatchException e = assertThrows(WorkflowMismatchException.class,
                    () -> desk.execute(OLA, ticket.number(), command));
            assertNames(e, ticket.number(), "PENDING", "field v1");
        }
        assertEquals(1, desk.find(OLA, ticket.number()).orElseThrow().version(), "nothing changed");
    }

    private static void assertNames(WorkflowMismatchException e, TicketNumber number, String status,
            String workflow) {
        assertEquals(number.value(), e.ticket());
        for (String part : List.of(number.value(), status, workflow)) {
            assertTrue(e.getMessage().contains(part), e.getMessage() + " names " + part);
        }
    }

    private static List<TicketNumber> find(TicketDesk desk, StatusCategory category) {
        return desk.search(OLA, TicketQuery.builder().statusCategories(category).build(), Sort.NEWEST_FIRST,
                PageRequest.first(10)).items().stream().map(TicketSummary::number).toList();
    }
}
