package io.github.tickets4j.benchmarks.jdbc;

import io.github.tickets4j.core.query.TextFolding;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.Submitter;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TimelineEntry;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The rows a ticket is stored as in the JPA adapter's schema, written by hand: the same columns and values the
 * adapter's mapping writes, for the bulk loader and the hand-written creation.
 */
public final class Rows {
    /** The ticket table's columns, in the order {@link #ticket(Ticket)} gives the values. */
    public static final List<String> TICKET = List.of("tenant_id", "id", "ticket_number", "number_prefix", "number_sequence",
            "number_width", "title", "description", "status", "status_category", "priority", "category",
            "project_id", "customer_id", "contact_id", "has_submitter", "submitter_name", "submitter_email",
            "submitter_company", "assignee_id", "team_id", "hidden", "due_at", "follow_up_date", "created_at",
            "created_epoch_ms", "created_by", "closed_at", "closed_by", "resolution_seconds", "resolved_at",
            "resolution_note", "last_activity_at", "last_follow_up_at", "workflow_id", "workflow_version", "search_text",
            "version");
    /** The tag table's columns. */
    public static final List<String> TAG = List.of("tenant_id", "ticket_id", "tag");
    /** The timeline table's columns, in the order {@link #entry(TicketId, TimelineEntry)} gives the values. */
    public static final List<String> TIMELINE = List.of("tenant_id", "id", "ticket_id", "seq", "occurred_at", "actor", "action",
            "from_value", "to_value", "detail", "visibility");
    /** The ticket table. */
    public static final String TICKET_TABLE = "t4j_ticket";
    /** The tag table. */
    public static final String TAG_TABLE = "t4j_ticket_tag";
    /** The timeline table. */
    public static final String TIMELINE_TABLE = "t4j_timeline_entry";

    private Rows() {
    }

    /**
     * The ticket's row.
     *
     * @param t the ticket, never null
     * @return the values in {@link #TICKET} order; nulls for absent values
     */
    public static Object[] ticket(Ticket t) {
        return new Object[] {t.tenant().value(), t.id().value().toString(), t.number().value(), t.number().prefix(),
            t.number().sequence(), t.number().width(), t.title(), t.description().orElse(null), t.status().name(),
            t.status().category().name(), t.priority().orElse(null), t.category().orElse(null),
            value(t.project()), value(t.customer()), value(t.contact()), t.submitter().isPresent(),
            t.submitter().flatMap(Submitter::name).orElse(null), t.submitter().flatMap(Submitter::email).orElse(null),
            t.submitter().flatMap(Submitter::company).orElse(null), value(t.assignee()), value(t.team()),
            t.hiddenFromCustomer(), t.dueAt().orElse(null), t.followUpDate().orElse(null), t.createdAt(),
            t.createdAt().toEpochMilli(), t.createdBy().value(), t.closedAt().orElse(null), value(t.closedBy()),
            t.summary().resolutionTime().map(Duration::getSeconds).orElse(null), t.resolvedAt().orElse(null),
            t.resolutionNote().orElse(null), t.lastActivityAt(), t.lastFollowUpAt().orElse(null), t.workflow().id(),
            t.workflow().version(), searchText(t), t.version()};
    }

    /**
     * What free-text search compares: title and description, each folded as the core folds text, joined by a line
     * feed (the adapter's {@code search_text}).
     */
    private static String searchText(Ticket t) {
        return TextFolding.fold(t.title()) + "\n" + t.description().map(TextFolding::fold).orElse("");
    }

    /**
     * The ticket's tag rows.
     *
     * @param t the ticket, never null
     * @return one row per tag, in {@link #TAG} order; never null
     */
    public static List<Object[]> tags(Ticket t) {
        if (t.tags().isEmpty()) {
            return Collections.emptyList();
        }
        List<Object[]> rows = new ArrayList<>(t.tags().size());
        String id = t.id().value().toString();
        t.tags().forEach(tag -> rows.add(new Object[] {t.tenant().value(), id, tag}));
        return rows;
    }

    /**
     * The history rows a change appends.
     *
     * @param change the change, never null
     * @return one row per entry, oldest first, in {@link #TIMELINE} order; never null
     */
    public static List<Object[]> timeline(Change change) {
        List<Object[]> rows = new ArrayList<>(1);
        for (TimelineEntry e : change.entries()) {
            rows.add(entry(change.ticket().tenant(), change.ticket().id(), e));
        }
        return rows;
    }

    /**
     * One history row: the entry numbered by its sequence (the ticket version its change produced).
     *
     * @param tenant the ticket's tenant, never null
     * @param ticket the ticket it belongs to, never null
     * @param e the entry, never null
     * @return the values in {@link #TIMELINE} order; nulls for absent values
     */
    public static Object[] entry(TenantId tenant, TicketId ticket, TimelineEntry e) {
        return new Object[] {tenant.value(), e.id().toString(), ticket.value().toString(), e.sequence(), e.at(), e.actor().value(),
            e.action().name(), e.from().orElse(null), e.to().orElse(null), e.detail().orElse(null),
            e.audience().name()};
    }

    /**
     * The parameterised INSERT of a table.
     *
     * @param table the table, never null
     * @param columns its columns, never null
     * @return the statement, never null
     */
    public static String insert(String table, List<String> columns) {
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    /**
     * Binds a row's values to a statement's parameters, instants as UTC offset date-times (what both drivers
     * accept for {@code timestamp with time zone}).
     *
     * @param statement the statement, never null
     * @param row the values, never null
     * @throws SQLException if a value cannot be bound
     */
    public static void bind(PreparedStatement statement, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            statement.setObject(i + 1, v instanceof Instant at ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : v);
        }
    }

    private static String value(Optional<?> id) {
        return id.map(Object::toString).orElse(null);
    }
}
