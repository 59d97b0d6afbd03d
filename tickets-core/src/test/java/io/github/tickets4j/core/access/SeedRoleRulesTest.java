package io.github.tickets4j.core.access;

import static io.github.tickets4j.core.workflow.DeskFixture.ADMIN;
import static io.github.tickets4j.core.workflow.DeskFixture.FINANCE;
import static io.github.tickets4j.core.workflow.DeskFixture.MANAGEMENT;
import static io.github.tickets4j.core.workflow.DeskFixture.OPERATIONS;
import static io.github.tickets4j.core.workflow.DeskFixture.OTHER_PROJECT;
import static io.github.tickets4j.core.workflow.DeskFixture.OWN_PROJECT;
import static io.github.tickets4j.core.workflow.DeskFixture.SALES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.AddTag;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.DeskFixture;
import io.github.tickets4j.core.workflow.Workflows;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed-000 rules people ask about most, one named case each (the full matrix is {@link SeedMatrixTest}). */
class SeedRoleRulesTest {
    private final DeskFixture f = DeskFixture.with(Workflows.standard());

    @Test
    void salesCannotFollowUpOnAClosedTicketOfTheirOwnProject() {
        Ticket closed = f.run(SALES, f.open(SALES, OWN_PROJECT), new Close());
        AccessDeniedException denied = f.refuses(AccessDeniedException.class, SALES, closed,
                new AddFollowUp("One more thing"));
        assertEquals(Permission.MODIFY_CLOSED, denied.permission());
    }

    @Test
    void adminFollowsUpOnAClosedTicketWhichStaysClosed() {
        Ticket closed = f.run(SALES, f.open(SALES, OWN_PROJECT), new Close());
        Ticket after = f.run(ADMIN, closed, new AddFollowUp("Customer confirmed by phone"));
        assertEquals("CLOSED", after.status().name());
        assertEquals(1, f.history(after).stream().filter(e -> e.followUp().isPresent()).count());
        assertEquals(closed.closedAt(), after.closedAt());
    }

    @Test
    void aClosedTicketCanBeViewedButNotModifiedExceptByAdmin() {
        Ticket closed = f.run(OPERATIONS, f.open(OPERATIONS, OWN_PROJECT), new Close());
        assertTrue(f.desk().find(OPERATIONS, closed.number()).isPresent());
        for (TicketCommand change : List.of(new AddTag("warranty"), new Assign(UserId.of("tina")))) {
            assertEquals(Permission.MODIFY_CLOSED,
                    f.refuses(AccessDeniedException.class, OPERATIONS, closed, change).permission());
        }
        assertTrue(f.run(ADMIN, closed, new AddTag("warranty")).tags().contains("warranty"));
    }

    @Test
    void salesNeitherFindsNorCountsTicketsOfOtherProjects() {
        Ticket mine = f.open(SALES, OWN_PROJECT);
        Ticket theirs = f.open(OPERATIONS, OTHER_PROJECT);
        assertTrue(f.desk().find(SALES, mine.number()).isPresent());
        assertFalse(f.desk().find(SALES, theirs.number()).isPresent());
        assertEquals(1, f.desk().count(SALES, TicketQuery.all()));
        assertEquals(2, f.desk().count(FINANCE, TicketQuery.all()));
    }

    @Test
    void salesCannotCreateATicketForAProjectNotAssignedToThem() {
        AccessDeniedException denied = f.unchangedAfter(AccessDeniedException.class, f.open(),
                () -> f.open(SALES, OTHER_PROJECT));
        assertTrue(denied.getMessage().contains("projects assigned to them"), denied.getMessage());
    }

    @Test
    void readOnlyRolesAreDeniedEvenMovesTheWorkflowWouldRefuseAnyway() {
        // Asking for an impossible move must not tell a read-only user anything about the ticket's state.
        Ticket closed = f.run(ADMIN, f.open(), new Close());
        for (Actor reader : List.of(FINANCE, MANAGEMENT)) {
            assertEquals(Permission.CLOSE, f.refuses(AccessDeniedException.class, reader, closed, new Close())
                    .permission());
            assertEquals(Permission.REOPEN, f.refuses(AccessDeniedException.class, reader, closed,
                    new ChangeStatus("IN_PROGRESS")).permission());
        }
    }

    @Test
    void salesLearnsNotEvenThatAnotherProjectsTicketExists() {
        Ticket closed = f.run(ADMIN, f.open(ADMIN, OTHER_PROJECT), new Close());
        TicketNotFoundException hidden = f.refuses(TicketNotFoundException.class, SALES, closed, new Close());
        TicketNumber missing = f.desk().number("RE00000099");
        TicketNotFoundException absent = assertThrows(TicketNotFoundException.class,
                () -> f.desk().execute(SALES, missing, new Close()));
        assertEquals(absent.getMessage().replace(missing.value(), closed.number().value()), hidden.getMessage());
        assertFalse(hidden.getMessage().contains("closed"), hidden.getMessage());
    }
}
