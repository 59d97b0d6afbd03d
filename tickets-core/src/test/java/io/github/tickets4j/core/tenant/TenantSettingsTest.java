package io.github.tickets4j.core.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.ConfigurationException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketDeskBuilder;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.TenantSettings;
import io.github.tickets4j.core.spi.Tenants;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A tenant may bring its own workflow, policy, number format, zone and directory; the rest is the desk's. */
class TenantSettingsTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId GLOBEX = TenantId.of("globex");
    private static final Actor OLA = Actor.of("ola", Role.OPERATIONS);
    // 23:30 UTC on 1 March: already 2 March in Berlin, still 1 March in New York.
    private static final Clock LATE = Clock.fixed(Instant.parse("2026-03-01T23:30:00Z"), ZoneOffset.UTC);

    private static TicketDeskBuilder desk(Tenants tenants) {
        return TicketDesk.builder().inMemory().directory(new InMemoryDirectory().user(OLA))
                .zone(ZoneId.of("Europe/Berlin")).clock(LATE).tenants(tenants);
    }

    @Test
    void aTenantsOwnWorkflowDecidesItsTicketsWhileOthersKeepTheDesksDefault() {
        TicketDesk desk = desk(Tenants.of(TenantSettings.of(ACME).workflow(Workflows.helpdesk()).build())).build();

        Ticket acme = desk.create(OLA.inTenant(ACME), CreateTicket.titled("Laptop broken").build());
        Ticket globex = desk.create(OLA.inTenant(GLOBEX), CreateTicket.titled("Laptop broken").build());

        assertEquals(Workflows.helpdesk().ref(), acme.workflow());
        assertEquals(Workflows.helpdesk().initial(), acme.status());
        assertEquals(Workflows.standard().ref(), globex.workflow());
        assertEquals(Workflows.helpdesk().ref(), desk.workflow(ACME).ref());
        assertEquals(Workflows.standard().ref(), desk.workflow(GLOBEX).ref());
    }

    @Test
    void aTenantsOwnNumberFormatShapesItsNumbersAndHowTheyAreRead() {
        TicketDesk desk = desk(Tenants.of(TenantSettings.of(ACME)
                .numberFormat(TicketNumberFormat.of("AC", 5)).build())).build();

        Ticket acme = desk.create(OLA.inTenant(ACME), CreateTicket.titled("First at Acme").build());
        Ticket plain = desk.create(OLA, CreateTicket.titled("First at the default tenant").build());

        assertEquals("AC00001", acme.number().value());
        assertEquals("RE00000001", plain.number().value());
        assertEquals(acme.number(), desk.number(ACME, " ac1 "));
        assertThrows(ValidationFailedException.class, () -> desk.number(ACME, "RE00000001"));
    }

    @Test
    void aTenantsOwnZoneDecidesTodayForItsActors() {
        TicketDesk desk = desk(Tenants.of(TenantSettings.of(ACME).zone(ZoneId.of("America/New_York")).build()))
                .build();

        assertEquals(LocalDate.of(2026, 3, 1), desk.today(OLA.inTenant(ACME)));
        assertEquals(LocalDate.of(2026, 3, 2), desk.today(OLA.inTenant(GLOBEX)));
        assertEquals(LocalDate.of(2026, 3, 2), desk.today(OLA.inTenant(ACME).inZone(ZoneId.of("Asia/Tokyo"))),
                "an actor's own zone still comes first");
    }

    @Test
    void aTenantsOwnPolicyGovernsOnlyItsActors() {
        RoleMatrix noClosing = RoleMatrix.standard().toBuilder().revoke(Role.OPERATIONS, Permission.CLOSE).build();
        TicketDesk desk = desk(Tenants.of(TenantSettings.of(ACME).policy(noClosing).build())).build();
        Ticket acme = desk.create(OLA.inTenant(ACME), CreateTicket.titled("Stays open").build());
        Ticket globex = desk.create(OLA.inTenant(GLOBEX), CreateTicket.titled("May close").build());

        assertThrows(AccessDeniedException.class, () -> desk.execute(OLA.inTenant(ACME), acme.number(), new Close()));
        assertTrue(desk.execute(OLA.inTenant(GLOBEX), globex.number(), new Close()).status().isClosed());
    }

    @Test
    void aTenantsOwnDirectoryAnswersForItsProjects() {
        InMemoryDirectory acmeCrm = new InMemoryDirectory().project(ProjectId.of("P-ACME"), CustomerId.of("C-ACME"))
                .user(OLA);
        TicketDesk desk = desk(Tenants.of(TenantSettings.of(ACME).directory(acmeCrm).build())).build();
        CreateTicket forProject = CreateTicket.titled("Project work").project(ProjectId.of("P-ACME")).build();

        assertEquals(Optional.of(CustomerId.of("C-ACME")), desk.create(OLA.inTenant(ACME), forProject).customer());
        ValidationFailedException refused = assertThrows(ValidationFailedException.class,
                () -> desk.create(OLA.inTenant(GLOBEX), forProject));
        assertEquals("project", refused.violations().get(0).field());
        assertEquals(0, desk.count(OLA.inTenant(GLOBEX), TicketQuery.all()), "nothing saved for Globex");
    }

    @Test
    void unusableTenantSettingsAreRefusedNamingTheTenantAndNothingIsCreated() {
        // Named and versioned like the desk's default but defined differently: tickets could not be told apart.
        Workflow clash = Workflow.builder(Workflows.standard().name()).version(Workflows.standard().version())
                .status("OPEN", StatusCategory.OPEN).status("DONE", StatusCategory.CLOSED).initial("OPEN")
                .transition("FINISH", "OPEN", "DONE").build();
        TicketDesk desk = desk(Tenants.of(TenantSettings.of(ACME).workflow(clash).build())).build();

        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> desk.create(OLA.inTenant(ACME), CreateTicket.titled("Never stored").build()));

        assertTrue(refused.getMessage().contains("tenant acme"), refused.getMessage());
        assertTrue(refused.getMessage().contains("standard"), refused.getMessage());
        assertEquals(TicketNumber.parse("RE00000001"),
                desk.create(OLA.inTenant(GLOBEX), CreateTicket.titled("Fine").build()).number());
    }

    @Test
    void theHostIsAskedOnceForEachTenant() {
        AtomicInteger asked = new AtomicInteger();
        TicketDesk desk = desk(tenant -> {
            asked.incrementAndGet();
            return Optional.empty();
        }).build();

        desk.create(OLA.inTenant(ACME), CreateTicket.titled("One").build());
        desk.create(OLA.inTenant(ACME), CreateTicket.titled("Two").build());
        desk.count(OLA.inTenant(ACME), TicketQuery.all());

        assertEquals(1, asked.get());
    }

    @Test
    void settingsAnsweredForAnotherTenantAreRefused() {
        TicketDesk desk = desk(tenant -> Optional.of(TenantSettings.of(GLOBEX).build())).build();

        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> desk.count(OLA.inTenant(ACME), TicketQuery.all()));

        assertTrue(refused.getMessage().contains("Tenants.settings(acme)"), refused.getMessage());
    }

    @Test
    void twoSettingsForOneTenantAndNullSettingsAreRefusedWhenWritten() {
        TenantSettings first = TenantSettings.of(ACME).build();

        assertThrows(IllegalArgumentException.class, () -> Tenants.of(first, TenantSettings.of(ACME).build()));
        assertEquals("tenant", assertThrows(ValidationFailedException.class, () -> TenantSettings.of(null))
                .violations().get(0).field());
        assertEquals("zone", assertThrows(ValidationFailedException.class,
                () -> TenantSettings.of(ACME).zone(null)).violations().get(0).field());
        assertTrue(assertThrows(ConfigurationException.class, () -> desk(null).build()).getMessage()
                .contains("tenants(...) must not be null"));
    }
}
