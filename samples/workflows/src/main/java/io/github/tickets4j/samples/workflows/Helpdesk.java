package io.github.tickets4j.samples.workflows;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.access.PermissionScope;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.SortField;
import io.github.tickets4j.core.query.NamedView;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.PickUp;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.workflow.Workflows;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Seed 003, a workforce-management helpdesk ({@link Workflows#helpdesk()}): a customer files a ticket, the
 * coordinator assigns it and another is picked up (both stay NEW), it is scheduled, started and closed, only its
 * creator may reopen it; then every named view as each coordinator sees it.
 */
final class Helpdesk extends Scenario {
    private static final Role COORDINATOR = Role.of("COORDINATOR");
    private static final Role CUSTOMER = Role.of("CUSTOMER");
    private static final Actor CLEO = Actor.of("cleo", CUSTOMER);
    private static final Actor CODY = Actor.of("cody", COORDINATOR);
    private static final Actor TIM = Actor.of("tim", COORDINATOR);
    private static final Actor CORA = Actor.of("cora", COORDINATOR);
    private static final ProjectId ACME = ProjectId.of("ACME-WFM");
    private static final ProjectId GLOBEX = ProjectId.of("GLOBEX-WFM");

    Helpdesk() {
        super("003", "Workforce helpdesk: assign, pick up, schedule, start, reopen by the creator, named views");
    }

    @Override
    void play(PrintStream out) {
        // Coordinators work on the tickets of the customers assigned to them; customers see their own tickets.
        RoleMatrix policy = RoleMatrix.builder()
                .grant(COORDINATOR, PermissionScope.OWN_PROJECTS, WORK)
                .grant(CUSTOMER, PermissionScope.OWN, Permission.VIEW, Permission.CREATE, Permission.FOLLOW_UP)
                .build();
        InMemoryDirectory directory = new InMemoryDirectory()
                .project(ACME, CustomerId.of("ACME"), CODY.id(), TIM.id())
                .project(GLOBEX, CustomerId.of("GLOBEX"), CORA.id())
                .team(TeamId.of("east"), CODY.id(), TIM.id())
                .user(CODY, TIM, CORA);
        Stage stage = new Stage(out, LocalDateTime.parse("2026-06-01T08:00"), Workflows.helpdesk(), policy,
                directory);

        stage.at("2026-06-01T08:30");
        TicketNumber export = stage.create(CLEO, CreateTicket.titled("Timesheet export crashes").project(ACME));
        stage.at("2026-06-01T09:00");
        TicketNumber planner = stage.create(CODY, CreateTicket.titled("Shift planner shows the wrong week")
                .project(ACME));
        stage.create(CORA, CreateTicket.titled("New site needs onboarding").project(GLOBEX));
        stage.act(CODY, export, new Assign(TIM.id()));
        stage.act(TIM, planner, new PickUp());
        stage.act(CODY, export, new ChangeStatus("SCHEDULED", "Technician slot Tuesday 10:00"));

        stage.at("2026-06-02T10:00");
        stage.act(TIM, export, new ChangeStatus("IN_PROGRESS"));
        stage.act(TIM, export, new AddFollowUp("Export fails on shifts crossing midnight"));
        stage.at("2026-06-02T15:00");
        stage.act(TIM, export, new Close("Patched the export job"));
        stage.at("2026-06-03T09:00");
        stage.attempt(CODY, export, "reopen it (he did not create it)", new Reopen());
        stage.act(CLEO, export, new Reopen("Export still crashes for night shifts"));
        stage.act(CODY, export, new ChangeStatus("SCHEDULED"));
        stage.at("2026-06-03T14:00");
        stage.act(TIM, export, new ChangeStatus("IN_PROGRESS"));
        stage.act(TIM, export, new Close("Night shifts fixed too"));
        stage.at("2026-06-03T16:00");
        stage.create(CLEO, CreateTicket.titled("Mobile app shows yesterday's roster").project(ACME));

        stage.timeline(CODY, export);
        stage.say("");
        stage.say("Named views:");
        for (Actor who : List.of(CODY, TIM, CORA)) {
            views(stage, who);
        }
        stage.statistics(CODY, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 3), Dimension.STATUS,
                Dimension.ASSIGNEE);
    }

    private static void views(Stage stage, Actor who) {
        stage.say("  as " + who.id() + " (" + who.roles().iterator().next() + "):");
        for (NamedView view : NamedView.values()) {
            Page<TicketSummary> page = stage.desk().view(who, view, Sort.ascending(SortField.NUMBER),
                    PageRequest.first(50));
            String tickets = page.items().stream().map(t -> t.number().value() + " " + t.status().name())
                    .collect(Collectors.joining(", "));
            stage.say(String.format("    %-15s %s", view, tickets.isEmpty() ? "-" : tickets));
        }
    }
}
