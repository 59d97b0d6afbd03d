package io.github.tickets4j.core.access;

import static io.github.tickets4j.core.workflow.DeskFixture.ADMIN;
import static io.github.tickets4j.core.workflow.DeskFixture.OTHER_PROJECT;
import static io.github.tickets4j.core.workflow.DeskFixture.TEAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.ConfigurationException;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.DeskFixture;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Configuring who may do what: the builder, and custom matrices with team and own scopes through the desk. */
class RoleMatrixTest {
    static final Role AGENT = Role.of("agent");
    static final Role REQUESTER = Role.of("REQUESTER");

    /** Requesters see and follow up what they raised; agents work their team's tickets; Admin does everything. */
    static RoleMatrix serviceDesk() {
        RoleMatrix.Builder b = RoleMatrix.builder()
                .grant(REQUESTER, PermissionScope.OWN, Permission.VIEW).grant(REQUESTER, PermissionScope.OWN, Permission.CREATE)
                .grant(REQUESTER, PermissionScope.OWN, Permission.FOLLOW_UP)
                .grant(AGENT, PermissionScope.OWN_TEAM, Permission.VIEW).grant(AGENT, PermissionScope.OWN_TEAM, Permission.FOLLOW_UP)
                .grant(AGENT, PermissionScope.OWN_TEAM, Permission.CHANGE_STATUS).grant(AGENT, PermissionScope.OWN_TEAM, Permission.CLOSE);
        for (Permission p : Permission.values()) {
            b.grant(Role.ADMIN, PermissionScope.ALL, p);
        }
        return b.build();
    }

    private final DeskFixture f = DeskFixture.configured(b -> b.policy(serviceDesk()));

    @Test
    void theStandardMatrixKeepsDeleteReopenAndClosedChangesForAdmin() {
        RoleMatrix standard = RoleMatrix.standard();
        for (Role role : new Role[] {Role.SALES, Role.OPERATIONS, Role.FINANCE, Role.MANAGEMENT}) {
            Map<Permission, PermissionScope> grants = standard.grantsOf(role);
            for (Permission adminOnly : EnumSet.of(Permission.DELETE, Permission.REOPEN, Permission.MODIFY_CLOSED)) {
                assertFalse(grants.containsKey(adminOnly), role + " must not hold " + adminOnly);
            }
        }
        assertEquals(Map.of(Permission.VIEW, PermissionScope.ALL), standard.grantsOf(Role.FINANCE));
        assertEquals(PermissionScope.OWN_PROJECTS, standard.grantsOf(Role.SALES).get(Permission.CLOSE));
        assertEquals(EnumSet.allOf(Permission.class), EnumSet.copyOf(standard.grantsOf(Role.ADMIN).keySet()));
    }

    @Test
    void theBuilderNamesEveryProblemAtOnceWhenBuilt() {
        RoleMatrix.Builder b = RoleMatrix.builder().grant(AGENT, PermissionScope.ALL, (Permission) null)
                .grant(null, PermissionScope.ALL, Permission.VIEW).grant(AGENT, null, Permission.VIEW)
                .revoke(Role.of("SALSE"), Permission.CLOSE)
                .grant(REQUESTER, PermissionScope.OWN, Permission.CLOSE).grant(REQUESTER, PermissionScope.OWN, Permission.CREATE);
        ConfigurationException e = assertThrows(ConfigurationException.class, b::build);
        assertEquals("Cannot build RoleMatrix: grant(AGENT, ALL, [null]) needs a role, a scope and permissions, none null; "
                + "grant(null, ALL, [VIEW]) needs a role, a scope and permissions, none null; "
                + "grant(AGENT, null, [VIEW]) needs a role, a scope and permissions, none null; "
                + "revoke(SALSE, CLOSE): SALSE is not granted CLOSE; "
                + "REQUESTER is granted [CLOSE] but not VIEW, so those grants could never apply", e.getMessage());
    }

    @Test
    void aRoleMayCreateWithoutViewing() {
        RoleMatrix intake = RoleMatrix.builder().grant(REQUESTER, PermissionScope.ALL, Permission.CREATE).build();
        assertEquals(Map.of(Permission.CREATE, PermissionScope.ALL), intake.grantsOf(REQUESTER));
    }

    @Test
    void aLaterGrantOfTheSamePermissionReplacesTheEarlierScope() {
        RoleMatrix matrix = RoleMatrix.builder().grant(AGENT, PermissionScope.ALL, Permission.VIEW)
                .grant(AGENT, PermissionScope.ALL, Permission.EDIT).grant(AGENT, PermissionScope.OWN, Permission.VIEW).build();
        assertEquals(Map.of(Permission.VIEW, PermissionScope.OWN, Permission.EDIT, PermissionScope.ALL), matrix.grantsOf(AGENT));
    }

    @Test
    void aCopyOfTheStandardMatrixGrantsAndRevokesWithoutChangingTheStandardOne() {
        RoleMatrix standard = RoleMatrix.standard();
        RoleMatrix adjusted = standard.toBuilder().grant(Role.SALES, PermissionScope.OWN_PROJECTS, Permission.DELETE)
                .grant(Role.FINANCE, PermissionScope.OWN, Permission.VIEW).revoke(Role.OPERATIONS, Permission.CLOSE)
                .revoke(Role.MANAGEMENT, Permission.VIEW).build();
        assertEquals(PermissionScope.OWN_PROJECTS, adjusted.grantsOf(Role.SALES).get(Permission.DELETE));
        assertEquals(Map.of(Permission.VIEW, PermissionScope.OWN), adjusted.grantsOf(Role.FINANCE));
        assertFalse(adjusted.grantsOf(Role.OPERATIONS).containsKey(Permission.CLOSE));
        assertEquals(Map.of(), adjusted.grantsOf(Role.MANAGEMENT));
        assertEquals(RoleMatrix.standard().grantsOf(Role.OPERATIONS), standard.grantsOf(Role.OPERATIONS));
        assertTrue(standard.grantsOf(Role.OPERATIONS).containsKey(Permission.CLOSE));

        DeskFixture adjustedDesk = DeskFixture.configured(b -> b.policy(adjusted));
        adjustedDesk.desk().delete(DeskFixture.SALES, adjustedDesk.open().number());
        assertEquals(0, adjustedDesk.count());
        AccessDeniedException denied = adjustedDesk.refuses(AccessDeniedException.class, DeskFixture.OPERATIONS,
                adjustedDesk.open(), new Close());
        assertEquals(Permission.CLOSE, denied.permission());
    }

    @Test
    void aRoleWithoutGrantsMayDoNothingSeesNothingAndItsCreationIsDeniedSayingWhy() {
        Ticket ticket = f.open();
        Actor guest = Actor.of("gus", Role.of("GUEST"));
        assertTrue(serviceDesk().grantsOf(Role.of("GUEST")).isEmpty());
        assertFalse(f.desk().find(guest, ticket.number()).isPresent());
        f.refuses(TicketNotFoundException.class, guest, ticket, new AddFollowUp("hi"));
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> f.desk().create(guest, CreateTicket.titled("Let me in").build()));
        assertTrue(denied.getMessage().contains("none of their roles [GUEST] grants it"), denied.getMessage());
    }

    @Test
    void requestersSeeAndFollowUpOnlyTheTicketsTheyRaisedAndOthersAreNotFoundForThem() {
        Actor rita = Actor.of("rita", REQUESTER);
        Actor ron = Actor.of("ron", REQUESTER);
        Ticket ritas = f.desk().create(rita, CreateTicket.titled("Invoice is wrong").build());
        assertTrue(f.desk().find(rita, ritas.number()).isPresent());
        assertFalse(f.desk().find(ron, ritas.number()).isPresent());
        assertEquals(0, f.desk().count(ron, TicketQuery.all()));
        f.run(rita, ritas, new AddFollowUp("Attached the invoice"));
        f.refuses(TicketNotFoundException.class, ron, ritas, new AddFollowUp("me too"));
        AccessDeniedException denied = f.refuses(AccessDeniedException.class, rita, ritas, new Close());
        assertTrue(denied.getMessage().contains("none of their roles [REQUESTER] grants it"), denied.getMessage());
    }

    @Test
    void aRequesterAlsoSeesATicketAssignedToThem() {
        f.hostDirectory().user(Actor.of("ron", REQUESTER));
        Ticket assigned = f.desk().create(ADMIN, CreateTicket.titled("Check meter").assignee(UserId.of("ron")).build());
        assertTrue(f.desk().find(Actor.of("ron", REQUESTER), assigned.number()).isPresent());
    }

    @Test
    void agentsWorkTheirTeamsTicketsAndTicketsHeldByTeammatesAndOthersAreNotFoundForThem() {
        Actor tina = Actor.of("tina", AGENT);
        Actor sid = Actor.of("sid", AGENT);
        f.hostDirectory().user(tina, sid, Actor.of("tom", AGENT));
        Ticket teamTicket = f.desk().create(ADMIN, CreateTicket.titled("Pole down").team(TEAM).build());
        Ticket heldByTom = f.desk().create(ADMIN,
                CreateTicket.titled("Cable cut").project(OTHER_PROJECT).assignee(UserId.of("tom")).build());
        Ticket unrelated = f.desk().create(ADMIN, CreateTicket.titled("Billing question").build());

        assertTrue(f.desk().find(tina, teamTicket.number()).isPresent());
        assertTrue(f.desk().find(tina, heldByTom.number()).isPresent());
        assertFalse(f.desk().find(tina, unrelated.number()).isPresent());
        assertEquals(2, f.desk().count(tina, TicketQuery.all()));
        assertEquals("CLOSED", f.run(tina, teamTicket, new Close()).status().name());

        f.refuses(TicketNotFoundException.class, sid, heldByTom, new Close());
        assertEquals(0, f.desk().count(sid, TicketQuery.all()));
    }

    @Test
    void anActorWithSeveralRolesGetsTheUnionOfTheirGrants() {
        Actor both = new Actor(UserId.of("sam"), Set.of(Role.SALES, Role.FINANCE));
        DeskFixture standard = DeskFixture.configured(b -> b);
        Ticket theirs = standard.open(ADMIN, OTHER_PROJECT);
        assertTrue(standard.desk().find(both, theirs.number()).isPresent(), "Finance lets them view it");
        AccessDeniedException denied = standard.refuses(AccessDeniedException.class, both, theirs,
                new AddFollowUp("Looking into it"));
        assertTrue(denied.getMessage().contains("projects assigned to them"), denied.getMessage());
    }
}
