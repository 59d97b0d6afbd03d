package io.github.tickets4j.core.access;

import static io.github.tickets4j.core.workflow.DeskFixture.ADMIN;
import static io.github.tickets4j.core.workflow.DeskFixture.OTHER_PROJECT;
import static io.github.tickets4j.core.workflow.DeskFixture.OWN_PROJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.TransitionNotAllowedException;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.workflow.DeskFixture;
import io.github.tickets4j.core.workflow.Workflows;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;

/**
 * The whole seed-000 matrix ("Permissions and Access", with "Closed Ticket Restrictions" and "Troubleshooting"),
 * checked by running real commands through the desk for every role, action, project and ticket state.
 */
class SeedMatrixTest {

    /** The five roles of seed 000, each played by one user; Sales is assigned to {@link DeskFixture#OWN_PROJECT}. */
    enum SeedRole {
        SALES(DeskFixture.SALES), OPERATIONS(DeskFixture.OPERATIONS), ADMIN(DeskFixture.ADMIN),
        FINANCE(DeskFixture.FINANCE), MANAGEMENT(DeskFixture.MANAGEMENT);

        final Actor actor;

        SeedRole(Actor actor) {
            this.actor = actor;
        }
    }

    /** What a user tries. */
    enum Action { VIEW, CREATE, FOLLOW_UP, CLOSE, CHANGE_STATUS, DELETE, REOPEN }

    /**
     * The outcome the seed prescribes: done, denied for lack of a permission, not a move the ticket allows, or
     * (for a ticket the user may not even view) the answer a missing ticket gets, so the refusal reveals nothing.
     */
    record Expected(boolean allowed, Permission deniedFor, boolean notAMove, boolean notFound) {
        static final Expected ALLOWED = new Expected(true, null, false, false);
        static final Expected NOT_A_MOVE = new Expected(false, null, true, false);
        static final Expected NOT_FOUND = new Expected(false, null, false, true);

        static Expected denied(Permission permission) {
            return new Expected(false, permission, false, false);
        }
    }

    /** The expectation table, written from the seed text, not from the code. */
    static Expected expected(SeedRole role, Action action, boolean ownProject, boolean closed) {
        // "View tickets for their projects" (Sales) / "View all tickets" (everyone else).
        boolean views = role != SeedRole.SALES || ownProject;
        // Sales create, follow up and close on their projects; Operations and Admin on any project.
        boolean works = role == SeedRole.ADMIN || role == SeedRole.OPERATIONS
                || (role == SeedRole.SALES && ownProject);
        boolean admin = role == SeedRole.ADMIN;
        if (!views && action != Action.VIEW && action != Action.CREATE) {
            return Expected.NOT_FOUND;
        }
        return switch (action) {
            case VIEW -> views ? Expected.ALLOWED : Expected.denied(Permission.VIEW);
            case CREATE -> works ? Expected.ALLOWED : Expected.denied(Permission.CREATE);
            // "No new follow-ups can be added (except by Admin)" on closed tickets.
            case FOLLOW_UP -> !works ? Expected.denied(Permission.FOLLOW_UP)
                    : !closed || admin ? Expected.ALLOWED : Expected.denied(Permission.MODIFY_CLOSED);
            // "Verify ticket is not already closed".
            case CLOSE -> !works ? Expected.denied(Permission.CLOSE) : closed ? Expected.NOT_A_MOVE : Expected.ALLOWED;
            // Leaving CLOSED is reopening, Admin only; CLOSED has no way to IN_PROGRESS at all.
            case CHANGE_STATUS -> closed ? (admin ? Expected.NOT_A_MOVE : Expected.denied(Permission.REOPEN))
                    : works ? Expected.ALLOWED : Expected.denied(Permission.CHANGE_STATUS);
            // "Delete Ticket: Admin only".
            case DELETE -> admin ? Expected.ALLOWED : Expected.denied(Permission.DELETE);
            // "Closed tickets cannot be reopened (except by Admin)"; an open ticket has nothing to reopen.
            case REOPEN -> !admin ? Expected.denied(Permission.REOPEN) : closed ? Expected.ALLOWED : Expected.NOT_A_MOVE;
        };
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void everyRoleMayDoExactlyWhatSeed000Grants(@ForAll SeedRole role, @ForAll Action action,
            @ForAll boolean ownProject, @ForAll boolean closed) {
        DeskFixture f = DeskFixture.with(Workflows.standard());
        ProjectId project = ownProject ? OWN_PROJECT : OTHER_PROJECT;
        Ticket ticket = f.open(ADMIN, project);
        if (closed) {
            ticket = f.run(ADMIN, ticket, new Close());
        }
        Expected expected = expected(role, action, ownProject, closed);
        switch (action) {
            case VIEW -> checkView(f, role.actor, ticket, expected.allowed());
            case CREATE -> checkCreate(f, role.actor, project, expected);
            case DELETE -> checkDelete(f, role.actor, ticket, expected);
            default -> checkCommand(f, role.actor, ticket, command(action), expected);
        }
    }

    private static TicketCommand command(Action action) {
        return switch (action) {
            case FOLLOW_UP -> new AddFollowUp("Called the customer");
            case CLOSE -> new Close();
            case CHANGE_STATUS -> new ChangeStatus("IN_PROGRESS");
            case REOPEN -> new Reopen();
            default -> throw new IllegalArgumentException(action.name());
        };
    }

    private static void checkView(DeskFixture f, Actor actor, Ticket ticket, boolean visible) {
        assertEquals(visible, f.desk().find(actor, ticket.number()).isPresent(), "find");
        assertEquals(visible ? 1 : 0, f.desk().count(actor, TicketQuery.all()), "count");
    }

    private static void checkCreate(DeskFixture f, Actor actor, ProjectId project, Expected expected) {
        long before = f.count();
        int published = f.events().size();
        TicketDesk desk = f.desk();
        CreateTicket command = CreateTicket.titled("Meter reading wrong").project(project).build();
        if (expected.allowed()) {
            Ticket created = desk.create(actor, command);
            assertEquals(actor.id(), created.createdBy());
            assertEquals(before + 1, f.count());
            return;
        }
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> desk.create(actor, command));
        assertNames(denied, actor, expected.deniedFor(), "project " + project.value());
        assertEquals(before, f.count(), "no ticket created");
        assertEquals(published, f.events().size(), "no event");
    }

    private static void checkDelete(DeskFixture f, Actor actor, Ticket ticket, Expected expected) {
        if (expected.allowed()) {
            f.desk().delete(actor, ticket.number());
            assertEquals(Optional.empty(), f.desk().find(ADMIN, ticket.number()));
            assertTrue(f.events().get(f.events().size() - 1) instanceof TicketEvent.Deleted);
            return;
        }
        if (expected.notFound()) {
            assertHidden(f.unchangedAfter(TicketNotFoundException.class, ticket,
                    () -> f.desk().delete(actor, ticket.number())), ticket);
            return;
        }
        AccessDeniedException denied = f.unchangedAfter(AccessDeniedException.class, ticket,
                () -> f.desk().delete(actor, ticket.number()));
        assertNames(denied, actor, expected.deniedFor(), ticket.number().value());
    }

    private static void checkCommand(DeskFixture f, Actor actor, Ticket ticket, TicketCommand command,
            Expected expected) {
        if (expected.allowed()) {
            int entries = f.history(ticket).size();
            Ticket after = f.run(actor, ticket, command);
            assertEquals(ticket.version() + 1, after.version());
            List<TimelineEntry> history = f.history(after);
            assertEquals(entries + 1, history.size());
            assertEquals(actor.id(), history.get(0).actor(), "the newest history entry names the actor");
            return;
        }
        if (expected.notFound()) {
            assertHidden(f.refuses(TicketNotFoundException.class, actor, ticket, command), ticket);
            return;
        }
        if (expected.notAMove()) {
            f.refuses(TransitionNotAllowedException.class, actor, ticket, command);
            return;
        }
        AccessDeniedException denied = f.refuses(AccessDeniedException.class, actor, ticket, command);
        assertNames(denied, actor, expected.deniedFor(), ticket.number().value());
    }

    /** A hidden ticket is refused with exactly the words a missing one gets. */
    private static void assertHidden(TicketNotFoundException hidden, Ticket ticket) {
        assertEquals(new TicketNotFoundException(ticket.number().value()).getMessage(), hidden.getMessage());
    }

    private static void assertNames(AccessDeniedException denied, Actor actor, Permission permission, String target) {
        assertEquals(permission, denied.permission(), denied.getMessage());
        String message = denied.getMessage();
        assertTrue(message.contains("User " + actor.id().value()), message);
        assertTrue(message.contains(permission.verb()), message);
        assertTrue(message.contains(target), message);
    }
}
