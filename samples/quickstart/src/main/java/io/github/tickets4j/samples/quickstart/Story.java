package io.github.tickets4j.samples.quickstart;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.Audience;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The story of seed 000, scene by scene: a solar installer's support desk over one working week and a bit.
 * Every scene sets the clock, acts through the desk as one of the five roles and narrates what happened; refused
 * actions are narrated with the desk's message.
 */
final class Story {
    /** The rooftop installation of customer C-501; Sam (Sales) is assigned to it. */
    static final ProjectId ROOFTOP = ProjectId.of("P-1001");
    /** The barn roof of customer C-502; Sue (Sales) is assigned to it. */
    static final ProjectId BARN = ProjectId.of("P-1002");

    /** A second company the CRM serves from the same desk and database. */
    static final TenantId LUMEN = TenantId.of("lumen");
    /** Lumen's heat-pump workshop, customer C-601, in Lumen's own directory. */
    static final ProjectId WORKSHOP = ProjectId.of("P-2001");
    private static final Actor LUMEN_OLGA = Actor.of("olga", Role.OPERATIONS).inTenant(LUMEN);
    private static final Actor LUMEN_MIA = Actor.of("mia", Role.MANAGEMENT).inTenant(LUMEN);
    /** Lumen's staff, as its own directory lists them; "olga" and "mia" there are not the installer's. */
    static final List<Actor> LUMEN_STAFF = List.of(LUMEN_OLGA, LUMEN_MIA);

    private static final Actor SAM = Actor.of("sam", Role.SALES);
    private static final Actor SUE = Actor.of("sue", Role.SALES);
    private static final Actor OLGA = Actor.of("olga", Role.OPERATIONS);
    private static final Actor FAY = Actor.of("fay", Role.FINANCE);
    private static final Actor ADA = Actor.of("ada", Role.ADMIN);
    private static final Actor MIA = Actor.of("mia", Role.MANAGEMENT);
    /** The installer's staff with their roles, as the host's directory lists them. */
    static final List<Actor> STAFF = List.of(SAM, SUE, OLGA, FAY, ADA, MIA);
    /** The most entries the drawer shows of a ticket's history; the story's ticket has fewer. */
    private static final int DRAWER = 50;

    private final TicketDesk desk;
    private final StoryClock clock;
    private final PrintStream out;
    private final Screens screens;

    /**
     * Prepares the story.
     *
     * @param desk the desk, built on {@code clock}, with the two projects and {@link #STAFF} in its directory; never
     *     null
     * @param clock the desk's clock, never null
     * @param out where the story is told, never null
     */
    Story(TicketDesk desk, StoryClock clock, PrintStream out) {
        this.desk = desk;
        this.clock = clock;
        this.out = out;
        this.screens = new Screens(out, clock.getZone());
    }

    /** Plays every scene. */
    void play() {
        at(2026, 3, 2, 9, 0);
        TicketNumber panel = create(SAM, CreateTicket.titled("Solar panel not generating power")
                .description("Inverter display is dark since the storm on Sunday.").project(ROOFTOP));
        at(2026, 3, 2, 9, 30);
        act(SAM, "follows up on", panel,
                new AddFollowUp("Called the customer: inverter shows error E21", LocalDate.of(2026, 3, 4)));
        at(2026, 3, 2, 11, 0);
        create(SAM, CreateTicket.titled("Customer needs installation date update").project(ROOFTOP));

        at(2026, 3, 3, 10, 0);
        act(OLGA, "starts work on", panel, new ChangeStatus("IN_PROGRESS"));
        at(2026, 3, 3, 10, 15);
        act(OLGA, "follows up on", panel, new AddFollowUp("Technician visit booked with the customer"));
        at(2026, 3, 3, 14, 0);
        TicketNumber monitoring = create(OLGA, CreateTicket.titled("Monitoring app shows no data").project(BARN));
        act(OLGA, "starts work on", monitoring, new ChangeStatus("IN_PROGRESS"));
        act(OLGA, "follows up on", monitoring,
                new AddFollowUp("Asked the customer for the router's details", LocalDate.of(2026, 3, 6)));

        at(2026, 3, 5, 8, 0);
        out.println();
        out.println("The follow-up date of " + panel + " (2026-03-04) has passed: the dashboard flags it.");
        dashboard(MIA);

        at(2026, 3, 5, 8, 5);
        attempt(FAY, "follow up on", panel, new AddFollowUp("Invoice for the visit is ready"));
        at(2026, 3, 5, 16, 0);
        // Written for the customer to read; every other note stays internal.
        act(OLGA, "follows up on", panel, new AddFollowUp("Replaced the inverter fuse; output back to normal",
                Optional.empty(), Audience.PUBLIC));
        at(2026, 3, 5, 16, 30);
        act(SAM, "closes", panel, new Close(Optional.of("Customer confirmed the panel generates power")));

        at(2026, 3, 6, 9, 0);
        attempt(SAM, "follow up on", panel, new AddFollowUp("Customer asks for a service report"));

        at(2026, 3, 9, 10, 0);
        act(ADA, "reopens", panel, new Reopen(Optional.of("Customer reports the output dropped again")));
        at(2026, 3, 9, 11, 30);
        act(ADA, "follows up on", panel, new AddFollowUp("Loose DC connector found and replaced on site"));
        act(ADA, "closes", panel, new Close(Optional.of("Connector replaced; output verified")));

        at(2026, 3, 9, 12, 0);
        out.println();
        out.println("A week later; the follow-up date of " + monitoring + " (2026-03-06) has passed.");
        dashboard(MIA);
        out.println("Ticket " + panel + " as the ticket drawer shows it (most recent first):");
        // The state and the history are read separately: a ticket no longer carries its history.
        screens.timeline(desk.find(MIA, panel).orElseThrow(),
                desk.history(MIA, panel, HistoryQuery.newest(DRAWER)).entries());
        out.println();
        out.println("Follow-ups of " + panel + " (most recent first):");
        screens.followUps(desk.history(MIA, panel, HistoryQuery.newest(DRAWER).only(TimelineAction.FOLLOW_UP_ADDED))
                .entries());
        secondCompany(monitoring);
    }

    /** The same desk and database serve another company: its numbers start at 1 and it sees nothing else. */
    private void secondCompany(TicketNumber installersTicket) {
        at(2026, 3, 9, 14, 0);
        out.println();
        out.println("The same desk and database also serve a second company, tenant " + LUMEN + ":");
        create(LUMEN_OLGA, CreateTicket.titled("Heat pump makes a rattling noise").project(WORKSHOP));
        say(LUMEN_OLGA, "looks up " + installersTicket + " -> " + desk.find(LUMEN_OLGA, installersTicket)
                .map(t -> "found \"" + t.title() + "\"").orElse("no such ticket"));
        dashboard(LUMEN_MIA);
    }

    private TicketNumber create(Actor actor, CreateTicket.Builder command) {
        Ticket t = desk.create(actor, command.build());
        say(actor, String.format("creates %s \"%s\" for project %s, customer %s -> %s", t.number(), t.title(),
                t.project().orElseThrow(), t.customer().orElseThrow(), t.status().name()));
        return t.number();
    }

    private void act(Actor actor, String verb, TicketNumber number, TicketCommand command) {
        Ticket t = desk.execute(actor, number, command);
        say(actor, verb + " " + number + describe(command) + " -> " + t.status().name());
    }

    private void attempt(Actor actor, String verb, TicketNumber number, TicketCommand command) {
        say(actor, "tries to " + verb + " " + number + describe(command));
        try {
            out.println("        allowed -> " + desk.execute(actor, number, command).status().name());
        } catch (TicketsException refused) {
            out.println("        REFUSED (" + refused.getClass().getSimpleName() + "): " + refused.getMessage());
        }
    }

    private void dashboard(Actor viewer) {
        String tenant = viewer.tenant().equals(TenantId.DEFAULT) ? "" : " of tenant " + viewer.tenant();
        out.println("Support tickets dashboard, as " + viewer.id() + tenant + " " + viewer.roles() + " sees it on "
                + screens.time(clock.instant()) + ":");
        screens.dashboard(desk.dashboard(viewer, DashboardFilter.cleared(), Sort.NEWEST_FIRST, PageRequest.first(20)),
                clock.instant().atZone(viewer.zone().orElse(Quickstart.ZONE)));
        out.println();
    }

    private static String describe(TicketCommand command) {
        if (command instanceof AddFollowUp f) {
            return ": \"" + f.note() + "\"" + f.followUpDate().map(d -> " (next action " + d + ")").orElse("")
                    + (f.audience() == Audience.PUBLIC ? " (public)" : "");
        }
        if (command instanceof Close c) {
            return c.note().map(n -> ": \"" + n + "\"").orElse("");
        }
        if (command instanceof Reopen r) {
            return r.reason().map(n -> ": \"" + n + "\"").orElse("");
        }
        return "";
    }

    private void say(Actor actor, String what) {
        String who = actor.tenant().equals(TenantId.DEFAULT) ? actor.id().value() : actor.id() + "@" + actor.tenant();
        out.printf("%s  %-4s %-10s %s%n", screens.time(clock.instant()), who, actor.roles().iterator().next(), what);
    }

    private void at(int year, int month, int day, int hour, int minute) {
        clock.moveTo(LocalDateTime.of(year, month, day, hour, minute));
    }
}
