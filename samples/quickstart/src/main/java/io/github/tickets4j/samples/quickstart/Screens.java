package io.github.tickets4j.samples.quickstart;

import io.github.tickets4j.core.stats.Dashboard;
import io.github.tickets4j.core.stats.DonutSlice;
import io.github.tickets4j.core.ticket.FollowUp;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.Audience;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Draws what the seed 000 screens show, as text: the support dashboard (KPI cards, status donut, open-tickets
 * table) and a ticket's activity timeline.
 */
final class Screens {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final String ROW = "  %-10s  %-8s  %-8s  %-11s  %-10s  %-14s  %-11s  %s%n";

    private final PrintStream out;
    private final ZoneId zone;

    /**
     * Creates the screens.
     *
     * @param out where to draw, never null
     * @param zone the zone dates are shown in, never null
     */
    Screens(PrintStream out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    /**
     * Draws the dashboard.
     *
     * @param dashboard the dashboard, never null
     * @param now the current time in the viewer's zone, which decides which tickets are overdue; never null
     */
    void dashboard(Dashboard dashboard, ZonedDateTime now) {
        List<String> cards = new ArrayList<>();
        dashboard.byStatus().forEach((status, count) -> cards.add(label(status) + " " + count));
        cards.add("Overdue " + dashboard.overdue());
        out.println("  KPIs    " + String.join(" | ", cards) + "   (total " + dashboard.total() + ")");
        out.println("  Donut   " + dashboard.donut().stream().map(Screens::slice).collect(Collectors.joining(" | ")));
        out.println("  Open tickets (" + dashboard.openTickets().total() + ", newest first):");
        out.printf(ROW, "Number", "Project", "Customer", "Status", "Created", "Last follow-up", "Next action", "");
        for (TicketSummary t : dashboard.openTickets().items()) {
            out.printf(ROW, t.number().value(), text(t.project().map(Object::toString)),
                    text(t.customer().map(Object::toString)), t.status().name(), date(t.createdAt()),
                    text(t.lastFollowUpAt().map(this::date)), text(t.followUpDate().map(LocalDate::toString)),
                    t.isOverdue(now) ? "OVERDUE" : "");
        }
    }

    /**
     * Draws a ticket's header and its activity timeline, most recent first as the ticket drawer shows it. Entries
     * the customer would not see are marked {@code (internal)}.
     *
     * @param ticket the ticket's state, never null
     * @param history the entries of its history to show, most recent first; never null
     */
    void timeline(Ticket ticket, List<TimelineEntry> history) {
        out.printf("  %s \"%s\"  status %s%n", ticket.number().value(), ticket.title(), ticket.status().name());
        out.printf("  project %s, customer %s, created %s by %s, closed %s%n",
                text(ticket.project().map(Object::toString)), text(ticket.customer().map(Object::toString)),
                time(ticket.createdAt()), ticket.createdBy(),
                ticket.closedAt().map(at -> time(at) + " by " + ticket.closedBy().orElseThrow()).orElse("-"));
        for (TimelineEntry e : history) {
            StringBuilder line = new StringBuilder(String.format("    %s  %-5s %-16s ", time(e.at()), e.actor(),
                    e.action()));
            Optional<FollowUp> followUp = e.followUp();
            if (followUp.isPresent()) {
                line.append('"').append(followUp.get().note()).append('"');
                followUp.get().followUpDate().ifPresent(date -> line.append("  next action ").append(date));
            } else {
                e.from().ifPresent(from -> line.append(from).append(" -> "));
                e.to().ifPresent(line::append);
                e.detail().ifPresent(d -> line.append("  \"").append(d).append('"'));
            }
            if (e.audience() == Audience.INTERNAL) {
                line.append("  (internal)");
            }
            out.println(line);
        }
    }

    /**
     * Draws a ticket's follow-ups: when, who, the note, the next action's date, and who may read it.
     *
     * @param entries the follow-up entries of its history, most recent first; never null
     */
    void followUps(List<TimelineEntry> entries) {
        for (TimelineEntry e : entries) {
            FollowUp f = e.followUp().orElseThrow();
            out.printf("    %s  %-5s %-8s \"%s\"%s%n", time(f.createdAt()), f.author(),
                    f.audience().name().toLowerCase(Locale.ROOT), f.note(),
                    f.followUpDate().map(date -> "  next action " + date).orElse(""));
        }
    }

    /**
     * Formats a moment as the story shows it.
     *
     * @param at the moment, never null
     * @return day, date and time in the story's zone, never null
     */
    String time(Instant at) {
        return MINUTE.format(at.atZone(zone));
    }

    private String date(Instant at) {
        return LocalDate.ofInstant(at, zone).toString();
    }

    private static String slice(DonutSlice s) {
        return s.status() + " " + s.percent() + "% (" + s.count() + ")";
    }

    private static String label(String status) {
        String words = status.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String text(Optional<String> value) {
        return value.orElse("-");
    }
}
