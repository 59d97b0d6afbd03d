package io.github.tickets4j.samples.workflows;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.access.PermissionScope;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.stats.Dashboard;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeCategory;
import io.github.tickets4j.core.ticket.TicketCommand.ChangePriority;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.PickUp;
import io.github.tickets4j.core.ticket.TicketCommand.SetHiddenFromCustomer;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.workflow.Workflows;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 004, an ISP billing system's ticketing, Splynx ({@link Workflows#ispBilling()}): tickets with priorities
 * Minor/Major/Critical, types and groups, a hidden incident shown once announced, agents moving tickets between
 * the working statuses; the dashboard's status counts, tickets per group, per-agent statistics and the live
 * activity log.
 */
final class IspBilling extends Scenario {
    private static final Role AGENT = Role.of("AGENT");
    private static final Actor NICK = Actor.of("nick", AGENT);
    private static final Actor NIA = Actor.of("nia", AGENT);
    private static final Actor BEA = Actor.of("bea", AGENT);
    private static final TeamId NETWORK = TeamId.of("network");
    private static final TeamId BILLING = TeamId.of("billing");

    IspBilling() {
        super("004", "ISP billing tickets (Splynx): priorities, types, groups, per-agent statistics");
    }

    @Override
    void play(PrintStream out) {
        RoleMatrix policy = RoleMatrix.builder().grant(AGENT, PermissionScope.ALL, WORK).build();
        InMemoryDirectory directory = new InMemoryDirectory().team(NETWORK, NICK.id(), NIA.id())
                .team(BILLING, BEA.id()).user(NICK, NIA, BEA)
                .customer(CustomerId.of("C-2001")).customer(CustomerId.of("C-2002")).customer(CustomerId.of("C-2003"));
        Stage stage = new Stage(out, LocalDateTime.parse("2026-07-06T07:00"), Workflows.ispBilling(), policy,
                directory);

        stage.at("2026-07-06T08:00");
        TicketNumber outage = stage.create(NICK, CreateTicket.titled("No internet since this morning")
                .customer(CustomerId.of("C-2001")).category("Problem").priority("Major").team(NETWORK)
                .assignee(NICK.id()));
        stage.at("2026-07-06T08:30");
        TicketNumber invoice = stage.create(BEA, CreateTicket.titled("Question about the June invoice")
                .customer(CustomerId.of("C-2002")).category("Question").team(BILLING).assignee(BEA.id()));
        stage.at("2026-07-06T09:00");
        TicketNumber fibre = stage.create(NIA, CreateTicket.titled("Fibre cut in district 4").category("Incident")
                .priority("Critical").team(NETWORK).assignee(NIA.id()).hiddenFromCustomer(true));
        stage.at("2026-07-06T09:30");
        TicketNumber lead = stage.create(BEA, CreateTicket.titled("Upgrade to the 1 Gbit plan").customer(CustomerId.of("C-2003"))
                .category("Lead").team(BILLING));

        stage.at("2026-07-06T10:00");
        stage.act(NICK, outage, new ChangeStatus("WORK_IN_PROGRESS"));
        stage.act(NICK, outage, new ChangeStatus("WAITING_FOR_CUSTOMER", "Asked to restart the router"));
        stage.act(NIA, fibre, new ChangeStatus("WORK_IN_PROGRESS"));
        stage.act(NIA, fibre, new SetHiddenFromCustomer(false));
        stage.at("2026-07-06T11:00");
        stage.act(NICK, outage, new ChangeStatus("WORK_IN_PROGRESS", "Router restart did not help"));
        stage.act(NICK, outage, new ChangePriority("Critical", "Caused by the fibre cut"));
        stage.act(NICK, outage, new ChangeCategory("Incident"));
        stage.act(BEA, invoice, new AddFollowUp("Explained the pro-rata charge for the upgrade"));
        stage.act(BEA, invoice, new Close("Update and close"));

        stage.at("2026-07-06T16:00");
        stage.act(NIA, fibre, new ChangeStatus("RESOLVED", "Splice repaired"));
        stage.act(NIA, fibre, new Close());
        stage.act(NICK, outage, new ChangeStatus("RESOLVED", "Line up again after the repair"));
        stage.at("2026-07-07T09:00");
        stage.act(NICK, outage, new Close("Customer confirmed"));
        stage.act(BEA, lead, new PickUp());

        stage.timeline(NICK, outage);
        dashboard(stage);
        stage.statistics(NICK, LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 7), Dimension.PRIORITY,
                Dimension.CATEGORY);
        stage.activityLog(6);
    }

    private static void dashboard(Stage stage) {
        Dashboard d = stage.desk().dashboard(NICK, DashboardFilter.cleared(), Sort.NEWEST_FIRST, PageRequest.first(1));
        stage.say("");
        stage.say("Status of current tickets: " + Stage.counts(d.byStatus()));
        Map<String, Long> groups = new LinkedHashMap<>();
        for (TeamId team : List.of(NETWORK, BILLING)) {
            groups.put(team.value(), stage.desk().count(NICK, TicketQuery.builder().teams(team).build()));
        }
        stage.say("Tickets per group: " + Stage.counts(groups));
    }
}
