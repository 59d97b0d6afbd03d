package io.github.tickets4j.samples.workflows;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.query.NamedView;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.workflow.Workflows;
import io.github.tickets4j.core.workflow.Workflows.IspBilling;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 004 from the customer's side ({@link Workflows#ispBilling()}, {@link RoleMatrix#standard()}): a customer's
 * user reports a fault from the portal; staff open a second ticket for the same customer hidden from them, and
 * answer the first with an internal note and a public reply. What the customer counts and reads is printed next to
 * what staff see: the hidden ticket is in none of the customer's counts, the internal note in none of their
 * timelines. Once staff have resolved the fault, the customer closes their ticket (seed 004 closes from every
 * status but CLOSED; the customer confirms the fix from RESOLVED).
 */
final class IspBillingPortal extends Scenario {
    /** The customer whose user reports the fault. */
    static final CustomerId HOME = CustomerId.of("C-2001");
    /** Another customer, whose ticket the customer's user never sees either. */
    static final CustomerId OFFICE = CustomerId.of("C-2002");
    /** A user of customer C-2001 on the portal. */
    static final Actor ANNA = Actor.customer("anna", HOME);
    /** Staff: works on every customer's tickets. */
    static final Actor NICK = Actor.of("nick", Role.OPERATIONS);
    private static final Actor BEA = Actor.of("bea", Role.OPERATIONS);
    private static final TeamId NETWORK = TeamId.of("network");
    private static final String ANNA_SIDE = "anna (customer C-2001)";
    private static final String NICK_SIDE = "nick (staff)";

    IspBillingPortal() {
        super("004-portal", "the customer's portal: their ticket, staff's hidden one, internal notes, closing");
    }

    @Override
    void play(PrintStream out) {
        run(out);
    }

    /**
     * Plays the story and hands back its desk and tickets, for what the printed story alone cannot prove.
     *
     * @param out where the story is printed, never null
     * @return the desk as the story left it, never null
     */
    Outcome run(PrintStream out) {
        InMemoryDirectory directory = new InMemoryDirectory().team(NETWORK, NICK.id()).user(NICK, BEA)
                .customer(HOME).customer(OFFICE);
        Stage stage = new Stage(out, LocalDateTime.parse("2026-07-06T07:00"), Workflows.ispBilling(),
                RoleMatrix.standard(), directory);
        TicketDesk desk = stage.desk();

        stage.at("2026-07-06T08:00");
        // The desk files it for Anna's customer: a customer's user names neither customer nor team.
        TicketNumber reported = stage.create(ANNA, CreateTicket.titled("Connection drops every evening")
                .description("Since Friday the internet goes down around 8 pm for a few minutes.")
                .category("Problem"));
        stage.at("2026-07-06T08:15");
        TicketNumber invoice = stage.create(BEA, CreateTicket.titled("Question about the June invoice")
                .customer(OFFICE).category("Question"));
        stage.at("2026-07-06T09:00");
        TicketNumber cabinet = stage.create(NICK, CreateTicket.titled("Replace the line card in cabinet 7")
                .customer(HOME).category("Incident").priority(IspBilling.MAJOR).team(NETWORK)
                .assignee(NICK.id()).hiddenFromCustomer(true));
        stage.at("2026-07-06T09:10");
        stage.act(NICK, reported, new ChangeStatus(IspBilling.WORK_IN_PROGRESS));
        stage.act(NICK, reported, new AddFollowUp("Line noise on port 12: the line card in cabinet 7 is failing"));
        stage.act(NICK, reported, AddFollowUp.reply("We found errors on your line and are replacing a part;"
                + " it should be fixed tonight."));
        stage.at("2026-07-06T12:00");
        stage.attempt(ANNA, reported, "add a note only staff would read",
                new AddFollowUp("Please call me before 6 pm"));
        stage.act(ANNA, reported, AddFollowUp.reply("Thank you, I will check it tonight."));

        compare(stage, reported, cabinet, "Both sides at noon");
        stage.timelineAs(ANNA_SIDE, ANNA, reported);
        stage.timelineAs(NICK_SIDE, NICK, reported);

        stage.say("");
        stage.at("2026-07-06T16:00");
        stage.act(NICK, cabinet, new ChangeStatus(IspBilling.WORK_IN_PROGRESS));
        stage.act(NICK, cabinet, new ChangeStatus(IspBilling.RESOLVED, "Line card replaced"));
        stage.act(NICK, reported, new ChangeStatus(IspBilling.RESOLVED, "Line stable after the card was replaced"));
        stage.at("2026-07-07T09:00");
        stage.act(ANNA, reported, new Close("No drop all evening, thanks"));

        compare(stage, reported, cabinet, "Both sides after the customer closed " + reported);
        stage.timelineAs(ANNA_SIDE, ANNA, reported);
        return new Outcome(desk, reported, cabinet, invoice);
    }

    /** Prints, for the customer's user and for staff, what they count and whether they find each ticket. */
    private static void compare(Stage stage, TicketNumber reported, TicketNumber hidden, String heading) {
        TicketDesk desk = stage.desk();
        TicketQuery ofHome = TicketQuery.builder().customers(HOME).build();
        stage.table(heading + ":", List.of("", ANNA_SIDE, NICK_SIDE), List.of(
                List.of("tickets they may see", count(desk.count(ANNA, TicketQuery.all())),
                        count(desk.count(NICK, TicketQuery.all()))),
                List.of("tickets of customer " + HOME, count(desk.count(ANNA, ofHome)),
                        count(desk.count(NICK, ofHome))),
                List.of("dashboard total", count(dashboardTotal(desk, ANNA)), count(dashboardTotal(desk, NICK))),
                List.of("stage bar of view ALL", stageBar(desk, ANNA), stageBar(desk, NICK)),
                List.of(reported + " (theirs)", status(desk, ANNA, reported), status(desk, NICK, reported)),
                List.of(hidden + " (hidden)", status(desk, ANNA, hidden), status(desk, NICK, hidden))));
    }

    private static long dashboardTotal(TicketDesk desk, Actor who) {
        return desk.dashboard(who, DashboardFilter.cleared(), Sort.NEWEST_FIRST, PageRequest.first(1)).total();
    }

    /** The non-zero stages of the view ALL, as seed 004's status counts would show them. */
    private static String stageBar(TicketDesk desk, Actor who) {
        Map<String, Long> stages = new LinkedHashMap<>();
        desk.stageCounts(who, NamedView.ALL).byStatus().forEach((status, n) -> {
            if (n > 0) {
                stages.put(status, n);
            }
        });
        return Stage.counts(stages);
    }

    private static String status(TicketDesk desk, Actor who, TicketNumber number) {
        return desk.find(who, number).map(t -> t.status().name()).orElse("not found");
    }

    private static String count(long n) {
        return Long.toString(n);
    }

    /**
     * The desk as the story left it.
     *
     * @param desk the desk, never null
     * @param reported the customer's ticket, closed by them
     * @param hidden staff's ticket for the same customer, hidden from them
     * @param otherCustomer a ticket of another customer
     */
    record Outcome(TicketDesk desk, TicketNumber reported, TicketNumber hidden, TicketNumber otherCustomer) {
    }
}
