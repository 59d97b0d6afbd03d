package io.github.tickets4j.core.desk;

import static io.github.tickets4j.core.desk.TestDesk.ADA;
import static io.github.tickets4j.core.desk.TestDesk.C7;
import static io.github.tickets4j.core.desk.TestDesk.C8;
import static io.github.tickets4j.core.desk.TestDesk.FIELD;
import static io.github.tickets4j.core.desk.TestDesk.OLA;
import static io.github.tickets4j.core.desk.TestDesk.P200;
import static io.github.tickets4j.core.desk.TestDesk.SAM;
import static io.github.tickets4j.core.desk.TestDesk.SID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.access.PermissionScope;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeTeam;
import io.github.tickets4j.core.ticket.TicketCommand.LinkCustomer;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every target a command or creation names is authorised: the project, customer, team and assignee must exist;
 * a customer must own the project it comes with; an assignee must be allowed to view the ticket; and whoever moves
 * a ticket needs the command's permission on the ticket as it will be, so nobody moves a ticket where they may not
 * act. A refusal changes nothing.
 */
class TargetRulesTest {
    private static final TeamId NORTH = TeamId.of("north");
    private final TestDesk t = TestDesk.standard();

    @Test
    void salesCannotLinkTheirTicketIntoAProjectNotAssignedToThem() {
        Ticket ticket = t.open("Move me");
        AccessDeniedException denied = t.assertRefused(AccessDeniedException.class,
                () -> t.run(SAM, ticket, new LinkCustomer(C8).withProject(P200)));
        assertEquals(Permission.EDIT, denied.permission());
        assertTrue(denied.getMessage().contains("projects assigned to them"), denied.getMessage());
        assertEquals(Optional.of(P200), t.run(OLA, ticket, new LinkCustomer(C8).withProject(P200))
                .project(), "Operations may");
    }

    @Test
    void aTicketDoesNotMoveWhereItsAssigneeMayNotFollow() {
        Ticket ticket = t.run(OLA, t.open("Assigned to Sam"), new Assign(SAM.id()));
        assertOnly(t.assertRefused(ValidationFailedException.class,
                () -> t.run(OLA, ticket, new LinkCustomer(C8).withProject(P200))), "assignee",
                "user sam may not view ticket " + ticket.number().value());
    }

    @Test
    void aCustomerNamedWithAProjectMustOwnIt() {
        Ticket ticket = t.open("Wrong owner");
        assertOnly(t.assertRefused(ValidationFailedException.class,
                () -> t.run(OLA, ticket, new LinkCustomer(C7).withProject(P200))), "customer",
                "customer C-7 does not own project P-200");
    }

    @Test
    void aCustomerLinkedAloneMustOwnTheTicketsProject() {
        Ticket ticket = t.open("Project of C-7");
        assertOnly(t.assertRefused(ValidationFailedException.class, () -> t.run(OLA, ticket, new LinkCustomer(C8))),
                "customer", "customer C-8 does not own project P-100");
    }

    @Test
    void anUnknownCustomerIsRefusedNamingTheCustomer() {
        Ticket ticket = t.open("Who?");
        assertOnly(t.assertRefused(ValidationFailedException.class,
                () -> t.run(OLA, ticket, new LinkCustomer(CustomerId.of("C-404")))), "customer",
                "customer C-404 does not exist");
    }

    @Test
    void assigningToAnUnknownUserIsRefusedNamingTheAssignee() {
        Ticket ticket = t.open("Assign to a ghost");
        assertOnly(t.assertRefused(ValidationFailedException.class,
                () -> t.run(OLA, ticket, new Assign(UserId.of("ghost")))), "assignee", "user ghost does not exist");
    }

    @Test
    void assigningToAUserWhoMayNotViewTheTicketIsRefusedNamingTheAssignee() {
        Ticket ticket = t.open("Sid may not see this");
        assertOnly(t.assertRefused(ValidationFailedException.class, () -> t.run(OLA, ticket, new Assign(SID.id()))),
                "assignee", "user sid may not view ticket " + ticket.number().value());
        assertEquals(Optional.of(SAM.id()), t.run(OLA, ticket, new Assign(SAM.id())).assignee());
    }

    @Test
    void anUnknownTeamIsRefusedNamingTheTeam() {
        Ticket ticket = t.open("No such team");
        assertOnly(t.assertRefused(ValidationFailedException.class,
                () -> t.run(OLA, ticket, new ChangeTeam(TeamId.of("ghosts")))), "team",
                "team ghosts does not exist");
    }

    @Test
    void aCreationNamingUnknownOrUnfitTargetsIsRefusedNamingEachAndConsumesNoNumber() {
        ValidationFailedException e = t.assertRefused(ValidationFailedException.class, () -> t.desk.create(OLA,
                t.valid("Bad targets").customer(CustomerId.of("C-404")).team(TeamId.of("ghosts"))
                        .assignee(UserId.of("ghost")).build()));
        assertEquals(List.of("assignee", "customer", "team"), e.violations().stream().map(Violation::field).toList());
        assertOnly(t.assertRefused(ValidationFailedException.class,
                () -> t.desk.create(OLA, t.valid("Wrong owner").customer(C8).build())), "customer",
                "customer C-8 does not own project P-100");
        assertOnly(t.assertRefused(ValidationFailedException.class,
                () -> t.desk.create(OLA, t.valid("Hidden from Sid").assignee(SID.id()).build())), "assignee",
                "user sid may not view project P-100");
        t.assertNextNumberIs(1);
    }

    @Test
    void salesCannotCreateATicketIntoAnotherProjectEvenForACustomerTheyKnow() {
        AccessDeniedException denied = t.assertRefused(AccessDeniedException.class,
                () -> t.desk.create(SAM, CreateTicket.titled("Elsewhere").project(P200).customer(C8).build()));
        assertEquals(Permission.CREATE, denied.permission());
        t.assertNextNumberIs(1);
    }

    /**
     * With a matrix that scopes Sales to their teams, Sam (team field-service) may neither give a ticket to a
     * team he is not in nor hand a teammate's ticket to an outsider: either would move it out of his reach.
     */
    @Test
    void salesScopedToTheirTeamCannotMoveATicketIntoAnotherTeamOrToAnOutsider() {
        RoleMatrix.Builder policy = RoleMatrix.builder();
        for (Permission p : List.of(Permission.VIEW, Permission.CREATE, Permission.FOLLOW_UP, Permission.EDIT,
                Permission.ASSIGN)) {
            policy.grant(Role.SALES, PermissionScope.OWN_TEAM, p);
        }
        for (Permission p : Permission.values()) {
            policy.grant(Role.ADMIN, PermissionScope.ALL, p);
        }
        InMemoryDirectory directory = new InMemoryDirectory().team(FIELD, SAM.id(), OLA.id()).team(NORTH)
                .user(SAM, Actor.of("ola", Role.SALES), ADA);
        TicketDesk desk = TicketDesk.builder().inMemory().directory(directory).zone(ZoneOffset.UTC)
                .policy(policy.build()).build();
        Ticket teamTicket = desk.create(SAM, CreateTicket.titled("Field work").team(FIELD).build());
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> desk.execute(SAM, teamTicket.number(), new ChangeTeam(NORTH)));
        assertTrue(denied.getMessage().contains("tickets of their teams"), denied.getMessage());

        Ticket heldByOla = desk.create(ADA, CreateTicket.titled("Ola's").assignee(OLA.id()).build());
        AccessDeniedException handedOut = assertThrows(AccessDeniedException.class,
                () -> desk.execute(SAM, heldByOla.number(), new Assign(ADA.id())));
        assertEquals(Permission.ASSIGN, handedOut.permission());
        assertEquals(teamTicket, desk.find(ADA, teamTicket.number()).orElseThrow(), "nothing changed");
        assertEquals(heldByOla, desk.find(ADA, heldByOla.number()).orElseThrow(), "nothing changed");
        assertEquals(Optional.of(SAM.id()), desk.execute(SAM, heldByOla.number(), new Assign(SAM.id())).assignee(),
                "within the team he may");
    }

    @Test
    void aCreationWithATeamTheActorMayNotActInIsDenied() {
        InMemoryDirectory directory = new InMemoryDirectory().team(FIELD, SAM.id()).team(NORTH).user(SAM);
        TicketDesk desk = TicketDesk.builder().inMemory().directory(directory).zone(ZoneOffset.UTC)
                .workflow(Workflows.standard())
                .policy(RoleMatrix.builder().grant(Role.SALES, PermissionScope.OWN_TEAM, Permission.VIEW)
                        .grant(Role.SALES, PermissionScope.OWN_TEAM, Permission.CREATE).build()).build();
        assertThrows(AccessDeniedException.class,
                () -> desk.create(SAM, CreateTicket.titled("For the north").team(NORTH).build()));
        assertEquals(FIELD, desk.create(SAM, CreateTicket.titled("For us").team(FIELD).build()).team().orElseThrow());
    }

    /** Checks the exception names exactly one field, with a message that contains the rule. */
    private static void assertOnly(ValidationFailedException e, String field, String rule) {
        assertEquals(List.of(field), e.violations().stream().map(Violation::field).toList(), e.getMessage());
        assertTrue(e.violations().get(0).message().contains(rule), e.getMessage());
    }
}
