package io.github.tickets4j.core.spi;

import io.github.tickets4j.core.access.AccessTarget;
import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.query.TextFolding;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A query as a store receives it: the tenant it is confined to, the caller's filters, the scopes that limit what the
 * caller may see (all of which must include a ticket), the instants that decide "overdue", the free text already read
 * as a ticket number where it is one, and the workflow's orders for sorting by status and priority. {@link
 * #test(Ticket)} is the reference meaning every store must agree with. Free text matches a ticket whose number equals
 * {@link #textNumber()} (prefix and sequence, not the width), or whose title or description contains the text when both
 * are folded by {@link TextFolding#fold(String)}; a database store keeps the folded texts in a column instead of
 * relying on its database's case rules.
 *
 * @param tenant the only tenant whose tickets may match, never null; a store must confine every query, count and
 *     aggregate to it
 * @param query the caller's filters, never null
 * @param scopes visibility limits, each of which must include a ticket; never null
 * @param today today's date in the desk's zone, never null
 * @param now the current instant, never null
 * @param textNumber the free text read as a ticket number; never null, may be empty
 * @param statusOrder status names in workflow order, never null
 * @param priorityOrder priority names from lowest to highest, never null
 */
public record TicketCriteria(TenantId tenant, TicketQuery query, List<ViewableTickets> scopes, LocalDate today,
        Instant now, Optional<TicketNumber> textNumber, List<String> statusOrder, List<String> priorityOrder) {

    /**
     * Checks the parts are present and copies the lists.
     *
     * @param tenant the only tenant whose tickets may match, never null; a store must confine every query, count and
     *     aggregate to it
     * @param query the caller's filters, never null
     * @param scopes visibility limits, each of which must include a ticket; never null
     * @param today today's date in the desk's zone, never null
     * @param now the current instant, never null
     * @param textNumber the free text read as a ticket number; never null, may be empty
     * @param statusOrder status names in workflow order, never null
     * @param priorityOrder priority names from lowest to highest, never null
     */
    public TicketCriteria {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(query, "query");
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(textNumber, "textNumber");
        statusOrder = List.copyOf(statusOrder);
        priorityOrder = List.copyOf(priorityOrder);
    }

    /**
     * Tells whether a ticket matches: it belongs to the tenant, every filter of the query holds and every scope
     * includes it.
     *
     * @param ticket the ticket, never null
     * @return true when it matches
     */
    public boolean test(Ticket ticket) {
        // The ticket's own fields, not its summary: a scan should not build a summary of every ticket it passes.
        TicketQuery q = query;
        AccessTarget target = AccessTarget.of(ticket);
        return ticket.tenant().equals(tenant) && scopes.stream().allMatch(s -> s.includes(target))
                && (q.statuses().isEmpty() || q.statuses().contains(ticket.status().name()))
                && (q.statusCategories().isEmpty() || q.statusCategories().contains(ticket.status().category()))
                && (!q.overdueOnly() || ticket.summary().isOverdue(today, now))
                && (q.projects().isEmpty() || ticket.project().map(q.projects()::contains).orElse(false))
                && (q.customers().isEmpty() || ticket.customer().map(q.customers()::contains).orElse(false))
                && (q.assignees().isEmpty() || ticket.assignee().map(q.assignees()::contains).orElse(false))
                && (!q.unassignedOnly() || ticket.assignee().isEmpty())
                && (q.creators().isEmpty() || q.creators().contains(ticket.createdBy()))
                && (q.teams().isEmpty() || ticket.team().map(q.teams()::contains).orElse(false))
                && (q.priorities().isEmpty() || ticket.priority().map(q.priorities()::contains).orElse(false))
                && (q.categories().isEmpty()
                        || ticket.category().map(c -> q.categories().contains(c.toLowerCase(Locale.ROOT))).orElse(false))
                && (q.tags().isEmpty() || ticket.tags().stream().anyMatch(q.tags()::contains))
                && q.createdFrom().map(f -> !ticket.createdAt().isBefore(f)).orElse(true)
                && q.createdBefore().map(b -> ticket.createdAt().isBefore(b)).orElse(true)
                && q.closedFrom().map(f -> ticket.closedAt().map(c -> !c.isBefore(f)).orElse(false)).orElse(true)
                && q.closedBefore().map(b -> ticket.closedAt().map(c -> c.isBefore(b)).orElse(false)).orElse(true)
                && q.ratedFrom().map(f -> ticket.rating().map(r -> !r.at().isBefore(f)).orElse(false)).orElse(true)
                && q.ratedBefore().map(b -> ticket.rating().map(r -> r.at().isBefore(b)).orElse(false)).orElse(true)
                && q.text().map(text -> matchesText(ticket, text)).orElse(true);
    }

    /**
     * The free text matches the ticket's number by prefix and sequence (whatever width it was typed or stored
     * with), or its title or description, compared folded by {@link TextFolding#fold(String)}.
     */
    private boolean matchesText(Ticket ticket, String text) {
        if (textNumber.isPresent() && textNumber.get().equals(ticket.number())) {
            return true;
        }
        String needle = TextFolding.fold(text);
        return TextFolding.fold(ticket.title()).contains(needle)
                || ticket.description().map(d -> TextFolding.fold(d).contains(needle)).orElse(false);
    }
}
