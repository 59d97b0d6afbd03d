package io.github.tickets4j.samples.workflows;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.query.NamedView;
import io.github.tickets4j.core.query.StageCounts;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.PickUp;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.workflow.Workflows;
import io.github.tickets4j.core.workflow.Workflows.Helpdesk;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 003 with a coordinator and the customers' users ({@link Workflows#helpdesk()}, {@link RoleMatrix#standard()}):
 * a coordinator looks after customers ACME and GLOBEX, not INITECH; each customer's user files tickets. The stage bar
 * of the views My Tickets, Unassigned, All and My Closed ({@link TicketDesk#stageCounts}) is printed as the
 * coordinator and as a customer's user count it; then the customer's user, who created the closed ticket, reopens
 * it because the issue was not fixed (seed 003: only the creator reopens), and the bars change.
 */
final class HelpdeskCoordinator extends Scenario {
    /** The views of seed 003's stage bar, in the order the story prints them. */
    static final List<NamedView> VIEWS = List.of(NamedView.MY_TICKETS, NamedView.UNASSIGNED, NamedView.ALL,
            NamedView.MY_CLOSED);
    /** A customer the coordinator looks after. */
    static final CustomerId ACME = CustomerId.of("ACME");
    /** Another customer the coordinator looks after. */
    static final CustomerId GLOBEX = CustomerId.of("GLOBEX");
    /** A customer someone else looks after. */
    static final CustomerId INITECH = CustomerId.of("INITECH");
    /** Staff: coordinates ACME and GLOBEX. */
    static final Actor COLE = Actor.of("cole", Role.COORDINATOR);
    /** Staff: works on every customer's tickets. */
    static final Actor OPAL = Actor.of("opal", Role.OPERATIONS);
    /** A user of ACME. */
    static final Actor CLEO = Actor.customer("cleo", ACME);
    /** Another user of ACME, who did not create the ticket that is reopened. */
    static final Actor CAL = Actor.customer("cal", ACME);
    private static final Actor GUS = Actor.customer("gus", GLOBEX);
    private static final Actor IVY = Actor.customer("ivy", INITECH);

    HelpdeskCoordinator() {
        super("003-coordinator", "a coordinator's customers, the stage bar of each view, the creator reopens");
    }

    @Override
    void play(PrintStream out) {
        run(out);
    }

    /**
     * Plays the story and hands back its desk, tickets and the stage bars before the reopening.
     *
     * @param out where the story is printed, never null
     * @return the desk as the story left it, never null
     */
    Outcome run(PrintStream out) {
        InMemoryDirectory directory = new InMemoryDirectory().user(COLE, OPAL).customer(INITECH)
                .coordinator(COLE.id(), ACME, GLOBEX);
        Stage stage = new Stage(out, LocalDateTime.parse("2026-06-01T08:00"), Workflows.helpdesk(),
                RoleMatrix.standard(), directory);

        stage.at("2026-06-01T08:30");
        TicketNumber export = stage.create(CLEO, CreateTicket.titled("Timesheet export crashes"));
        stage.at("2026-06-01T08:45");
        TicketNumber roster = stage.create(GUS, CreateTicket.titled("Roster not synced to the mobile app"));
        stage.at("2026-06-01T09:00");
        TicketNumber onboarding = stage.create(IVY, CreateTicket.titled("New site needs onboarding"));
        stage.at("2026-06-01T09:15");
        TicketNumber shifts = stage.create(CLEO, CreateTicket.titled("Add a second shift pattern"));
        stage.at("2026-06-01T10:00");
        stage.act(COLE, export, new PickUp());
        stage.act(COLE, export, new ChangeStatus(Helpdesk.SCHEDULED, "Technician slot Tuesday 10:00"));
        stage.act(COLE, roster, new PickUp());
        stage.at("2026-06-02T10:00");
        stage.act(COLE, export, new ChangeStatus(Helpdesk.IN_PROGRESS));
        stage.act(COLE, export, AddFollowUp.reply("Patched the export job; please try it again."));
        stage.act(COLE, export, new Close("Patched the export job"));

        Map<NamedView, StageCounts> coordinatorBefore = stageBar(stage, "cole (coordinator of ACME and GLOBEX)",
                COLE, VIEWS);
        Map<NamedView, StageCounts> customerBefore = stageBar(stage, "cleo (customer ACME)", CLEO, VIEWS);
        stageBar(stage, "opal (operations, every customer)", OPAL, List.of(NamedView.ALL));

        stage.say("");
        stage.at("2026-06-03T09:00");
        stage.attempt(GUS, export, "reopen another customer's ticket", new Reopen("Same problem here"));
        stage.attempt(CAL, export, "reopen a ticket of their customer they did not create",
                new Reopen("Still broken"));
        stage.act(CLEO, export, new Reopen("The issue was not fixed: the export still crashes for night shifts"));

        stageBar(stage, "cole after the reopening", COLE, VIEWS);
        stageBar(stage, "cleo after the reopening", CLEO, VIEWS);
        return new Outcome(stage.desk(), export, roster, onboarding, shifts, coordinatorBefore, customerBefore);
    }

    /** Prints the stage bar of each view as one actor counts it, and hands the counts back. */
    private static Map<NamedView, StageCounts> stageBar(Stage stage, String who, Actor actor, List<NamedView> views) {
        Map<NamedView, StageCounts> counts = new EnumMap<>(NamedView.class);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("view"));
        for (NamedView view : views) {
            StageCounts c = stage.desk().stageCounts(actor, view);
            counts.put(view, c);
            if (header.size() == 1) {
                header.addAll(c.byStatus().keySet());
                header.add("All");
            }
            List<String> row = new ArrayList<>(List.of(view.name()));
            c.byStatus().values().forEach(n -> row.add(Long.toString(n)));
            row.add(Long.toString(c.all()));
            rows.add(row);
        }
        stage.table("Stage bar as " + who + ":", header, rows);
        return counts;
    }

    /**
     * The desk as the story left it, and the stage bars printed before the reopening.
     *
     * @param desk the desk, never null
     * @param export ACME's ticket, closed, then reopened by its creator
     * @param roster GLOBEX's ticket, held by the coordinator
     * @param onboarding INITECH's ticket, which the coordinator does not look after
     * @param shifts ACME's second ticket, unassigned
     * @param coordinatorBefore the coordinator's stage bars before the reopening, never null
     * @param customerBefore the customer's user's stage bars before the reopening, never null
     */
    record Outcome(TicketDesk desk, TicketNumber export, TicketNumber roster, TicketNumber onboarding,
            TicketNumber shifts, Map<NamedView, StageCounts> coordinatorBefore,
            Map<NamedView, StageCounts> customerBefore) {
    }
}
