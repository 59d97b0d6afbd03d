package io.github.tickets4j.samples.workflows;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.access.AccessPolicy;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.IssuedGuestPass;
import io.github.tickets4j.core.query.HistoryPage;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.stats.AgentFigures;
import io.github.tickets4j.core.stats.DurationStats;
import io.github.tickets4j.core.stats.Counts;
import io.github.tickets4j.core.stats.Report;
import io.github.tickets4j.core.stats.Volume;
import io.github.tickets4j.core.stats.ReportPeriod;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.workflow.Workflow;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Where a scenario plays: an in-memory desk on the scenario's workflow, access policy and directory, a clock
 * the scenario moves from scene to scene, and the narration of every action, refusal, timeline and statistic.
 */
final class Stage {
    private static final ZoneId ZONE = ZoneOffset.UTC;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);
    /** How many entries one history read brings; a long timeline is read page by page. */
    private static final int HISTORY_PAGE = 10;

    private final PrintStream out;
    private final ScenarioClock clock;
    private final List<TicketEvent> events = new ArrayList<>();
    /** Texts printed in place of others: the random ids of guests and passes, so every run prints the same. */
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final TicketDesk desk;

    /**
     * Builds the desk the scenario plays on.
     *
     * @param out where the scenario is told, never null
     * @param start the first scene's moment (UTC), never null
     * @param workflow the seed's workflow, never null
     * @param policy the seed's roles and permissions, never null
     * @param directory the host's projects, customers, staff users (every assignee among them) and teams, never
     *     null
     */
    Stage(PrintStream out, LocalDateTime start, Workflow workflow, AccessPolicy policy, Directory directory) {
        this.out = out;
        this.clock = new ScenarioClock(start, ZONE);
        this.desk = TicketDesk.builder().inMemory().workflow(workflow).policy(policy).directory(directory)
                .zone(ZONE).clock(clock).events(events::add).build();
    }

    /** @return the desk, for queries the stage does not narrate; never null */
    TicketDesk desk() {
        return desk;
    }

    /**
     * Moves the clock to the next scene.
     *
     * @param moment an ISO local date-time in UTC, such as {@code 2026-04-06T09:30}; never null
     */
    void at(String moment) {
        clock.set(LocalDateTime.parse(moment));
    }

    /**
     * Prints a name wherever a text would be printed: for ids the desk draws at random (a guest pass's, and so a
     * guest's user id), so the story prints the same on every run.
     *
     * @param text what the desk answered, never null
     * @param name what to print instead, never null
     */
    void alias(String text, String name) {
        aliases.put(text, name);
    }

    /**
     * Prints a line of narration.
     *
     * @param text the line, never null
     */
    void say(String text) {
        out.println(text);
    }

    /**
     * Creates a ticket and narrates it.
     *
     * @param actor who creates it, never null
     * @param command what to create, never null
     * @return the new ticket's number, never null
     */
    TicketNumber create(Actor actor, CreateTicket.Builder command) {
        Ticket t = desk.create(actor, command.build());
        List<String> facts = new ArrayList<>();
        t.priority().ifPresent(p -> facts.add("priority " + p));
        t.category().ifPresent(c -> facts.add("type " + c));
        t.customer().ifPresent(c -> facts.add("customer " + c));
        t.team().ifPresent(g -> facts.add("group " + g));
        t.assignee().ifPresent(a -> facts.add("assignee " + a));
        if (t.hiddenFromCustomer()) {
            facts.add("hidden");
        }
        narrate(actor, t.number() + " created \"" + t.title() + "\"" + (facts.isEmpty() ? "" : " [" + String.join(
                ", ", facts) + "]") + " in " + t.status().name());
        return t.number();
    }

    /**
     * Runs a command and narrates the timeline entry it wrote.
     *
     * @param actor who acts, never null
     * @param number the ticket, never null
     * @param command what to do, never null
     * @return the ticket after the change, never null
     */
    Ticket act(Actor actor, TicketNumber number, TicketCommand command) {
        Ticket t = desk.execute(actor, number, command);
        // The desk returns the state only; the entry the command appended is the one its event carries.
        TimelineEntry written = events.get(events.size() - 1).timelineEntry();
        narrate(actor, number + " " + entry(written) + "   [" + t.status().name() + "]");
        return t;
    }

    /**
     * Issues a guest pass to a ticket, never to expire, and narrates the entry it wrote. From now on the story
     * prints {@code guest} for the guest's user id and {@code pass-N} for the pass's random id.
     *
     * @param staff who issues it, never null
     * @param number the ticket, never null
     * @return the pass and its token, never null
     */
    IssuedGuestPass issueGuestPass(Actor staff, TicketNumber number) {
        IssuedGuestPass issued = desk.issueGuestPass(staff, number, Optional.empty());
        String pass = issued.pass().id().toString();
        // The guest's id holds the pass's: name the guest first.
        alias("guest:" + pass, "guest");
        long passes = aliases.values().stream().filter(a -> a.startsWith("pass-")).count();
        alias(pass, "pass-" + (passes + 1));
        narrate(staff, number + " " + entry(events.get(events.size() - 1).timelineEntry())
                + "   (the token goes to the guest once; the desk keeps only its SHA-256 hash)");
        return issued;
    }

    /**
     * Revokes a guest pass and narrates the entry it wrote.
     *
     * @param staff who revokes it, never null
     * @param number the ticket, never null
     * @param pass the pass's id, never null
     */
    void revokeGuestPass(Actor staff, TicketNumber number, UUID pass) {
        desk.revokeGuestPass(staff, number, pass);
        narrate(staff, number + " " + entry(events.get(events.size() - 1).timelineEntry()));
    }

    /**
     * Presents a guest pass's token to the desk, as the guest's link does, and narrates whom it lets in.
     *
     * @param token the token, never null
     * @return the guest, or empty when the token lets nobody in
     */
    Optional<Actor> letIn(String token) {
        Optional<Actor> guest = desk.guest(TenantId.DEFAULT, token);
        out.printf("%s  %-6s presents the token: %s%n", time(clock.instant()), "(link)",
                guest.map(g -> "let in as " + shown(g.id().toString()) + ", roles " + g.roles())
                        .orElse("nobody is let in"));
        return guest;
    }

    /**
     * Runs a command the scenario expects the desk to refuse, and narrates the refusal with its message.
     *
     * @param actor who tries, never null
     * @param number the ticket, never null
     * @param what the attempt in words, never null
     * @param command what to do, never null
     */
    void attempt(Actor actor, TicketNumber number, String what, TicketCommand command) {
        try {
            act(actor, number, command);
        } catch (TicketsException refused) {
            refusal(actor, number + " tries to " + what, refused);
        }
    }

    /**
     * Creates a ticket the scenario expects the desk to refuse, and narrates the refusal with its message.
     *
     * @param actor who tries, never null
     * @param what the attempt in words, never null
     * @param command what to create, never null
     */
    void attemptCreate(Actor actor, String what, CreateTicket.Builder command) {
        try {
            create(actor, command);
        } catch (TicketsException refused) {
            refusal(actor, "tries to " + what, refused);
        }
    }

    /**
     * Prints a ticket's audit timeline, newest first, read from its history page by page; entries a customer
     * would not see are marked {@code (internal)}.
     *
     * @param viewer who looks, never null
     * @param number the ticket, never null
     */
    void timeline(Actor viewer, TicketNumber number) {
        Ticket t = desk.find(viewer, number).orElseThrow();
        out.println();
        out.printf("Timeline of %s \"%s\" (%s, newest first):%n", number, t.title(), t.status().name());
        history(viewer, number, HistoryQuery.newest(HISTORY_PAGE));
    }

    /**
     * Prints a ticket's timeline as one viewer reads it through the desk, newest first: all of it for staff, its
     * public side for a customer's user or a guest (the desk gives them nothing else, whatever they ask for).
     *
     * @param who the viewer in words, for the heading; never null
     * @param viewer who reads it, never null
     * @param number the ticket, never null
     */
    void timelineAs(String who, Actor viewer, TicketNumber number) {
        Ticket t = desk.find(viewer, number).orElseThrow();
        out.println();
        out.printf("%s as %s reads it (%s, newest first):%n", number, who, t.status().name());
        history(viewer, number, HistoryQuery.newest(HISTORY_PAGE));
    }

    /**
     * Prints a table under a heading, each column as wide as its widest cell.
     *
     * @param heading the line above the table, never null
     * @param header the columns' names, never null
     * @param rows the rows, each with one cell per column; never null
     */
    void table(String heading, List<String> header, List<List<String>> rows) {
        int[] width = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        out.println();
        out.println(heading);
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < row.size(); i++) {
                line.append(' ').append(String.format("%-" + width[i] + "s", row.get(i))).append(' ');
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /**
     * Prints the part of a ticket's timeline its customer may read: the public entries only (creation, status
     * changes, public follow-ups), newest first.
     *
     * @param viewer who looks on the customer's behalf, never null
     * @param number the ticket, never null
     */
    void customerTimeline(Actor viewer, TicketNumber number) {
        out.println();
        out.printf("What the customer sees of %s (public entries only, newest first):%n", number);
        history(viewer, number, HistoryQuery.newest(HISTORY_PAGE).publicOnly());
    }

    private void history(Actor viewer, TicketNumber number, HistoryQuery first) {
        Optional<HistoryQuery> query = Optional.of(first);
        while (query.isPresent()) {
            HistoryPage page = desk.history(viewer, number, query.get());
            for (TimelineEntry e : page.entries()) {
                out.printf("  %s  %-6s %s%n", time(e.at()), shown(e.actor().toString()), shown(marked(e)));
            }
            query = page.next();
        }
    }

    /**
     * Prints the report of a period: tickets created per dimension, resolution times and per-agent figures.
     *
     * @param viewer whose view of the tickets counts, never null
     * @param from the first day, never null
     * @param to the last day, never null
     * @param dimensions the volumes to print, in order
     */
    void statistics(Actor viewer, LocalDate from, LocalDate to, Dimension... dimensions) {
        Report report = desk.report(viewer, ReportPeriod.of(from, to));
        out.println();
        out.printf("Statistics %s to %s, as %s sees them:%n", from, to, viewer.id());
        for (Dimension d : dimensions) {
            out.printf("  %-22s %s%n", "created by " + d.name().toLowerCase(Locale.ROOT),
                    counts(volume(report.volume(), d)));
        }
        out.printf("  %-22s %s%n", "resolution", durations(report.resolution()));
        if (List.of(dimensions).contains(Dimension.PRIORITY)) {
            report.resolutionByPriority().forEach((p, s) -> out.printf("  %-22s %s%n", "resolution " + p,
                    durations(s)));
        }
        for (AgentFigures a : report.agents()) {
            out.printf("  %-22s %d open, %d closed, mean resolution %s%n", "agent " + a.agent(), a.openAssigned(),
                    a.closedInPeriod(), duration(a.resolution().mean()));
        }
        out.printf("  %-22s %d%n", "overdue now", desk.count(viewer, TicketQuery.builder().overdueOnly(true).build()));
    }

    /**
     * Prints the most recent events the desk published, as a live activity log shows them; internal ones are
     * marked {@code (internal)}.
     *
     * @param most how many at most
     */
    void activityLog(int most) {
        out.println();
        out.println("Live activity log (latest " + most + "):");
        for (int i = events.size() - 1; i >= Math.max(0, events.size() - most); i--) {
            TicketEvent e = events.get(i);
            out.printf("  %s  %-6s %s %s%n", time(e.occurrence().at()), shown(e.occurrence().actor().toString()),
                    e.occurrence().number(), shown(marked(e.timelineEntry())));
        }
    }

    /** One dimension of a report's volume, by name, tickets without a value counted under "(none)". */
    private static Map<String, Long> volume(Volume volume, Dimension dimension) {
        Counts<?> counts;
        switch (dimension) {
            case STATUS:
                return new TreeMap<>(volume.byStatus());
            case PRIORITY:
                counts = volume.priorities();
                break;
            case CATEGORY:
                counts = volume.categories();
                break;
            case TAG:
                counts = volume.tags();
                break;
            case ASSIGNEE:
                counts = volume.assignees();
                break;
            default:
                throw new IllegalArgumentException("a report's volume has no counts by " + dimension);
        }
        Map<String, Long> named = new TreeMap<>();
        counts.byValue().forEach((value, n) -> named.put(value.toString(), n));
        if (counts.withoutValue() > 0) {
            named.put("(none)", counts.withoutValue());
        }
        return named;
    }

    /**
     * Formats counts as {@code A 2, B 1}.
     *
     * @param counts counts by name, never null
     * @return the text, {@code -} when empty; never null
     */
    static String counts(Map<String, Long> counts) {
        return counts.isEmpty() ? "-" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private void refusal(Actor actor, String what, TicketsException refused) {
        narrate(actor, what);
        out.println("                         REFUSED (" + refused.getClass().getSimpleName() + "): "
                + shown(refused.getMessage()));
    }

    private void narrate(Actor actor, String what) {
        out.printf("%s  %-6s %s%n", time(clock.instant()), shown(actor.id().toString()), shown(what));
    }

    private String shown(String text) {
        String shown = text;
        for (Map.Entry<String, String> a : aliases.entrySet()) {
            shown = shown.replace(a.getKey(), a.getValue());
        }
        return shown;
    }

    private static String entry(TimelineEntry e) {
        StringBuilder s = new StringBuilder(e.action().name());
        // An entry about something ended (a pass revoked) names it as "from" without a "to": no arrow then.
        e.from().ifPresent(f -> s.append(' ').append(f).append(e.to().isPresent() ? " ->" : ""));
        e.to().ifPresent(t -> s.append(' ').append(t));
        e.detail().ifPresent(d -> s.append(" \"").append(d).append('"'));
        return s.toString();
    }

    /** The entry, marked when only staff may read it. */
    private static String marked(TimelineEntry e) {
        return entry(e) + (e.audience() == Audience.INTERNAL ? "  (internal)" : "");
    }

    private static String durations(DurationStats s) {
        return s.count() + " closed, mean " + duration(s.mean()) + ", median " + duration(s.median()) + ", p90 "
                + duration(s.p90());
    }

    private static String duration(Duration d) {
        return d.toDaysPart() + "d " + d.toHoursPart() + "h " + d.toMinutesPart() + "m";
    }

    private static String time(Instant at) {
        return MINUTE.format(at.atZone(ZONE));
    }
}
