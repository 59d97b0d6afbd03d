package io.github.tickets4j.benchmarks.jdbc;

import io.github.tickets4j.benchmarks.data.Dataset;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.workflow.StatusCategory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Adding an internal follow-up note (no date) written by hand, in one transaction on one connection with prepared
 * statements kept open: read by number what deciding needs (id, version, status category, and the facts a
 * permission check looks at: project, team, creator, assignee), update the ticket's activity times and version
 * with a compare-and-set on the version, append the history entry numbered by the new version, commit. The same
 * rows the adapter writes ({@link Rows}); like the adapter, it never reads the history.
 */
public final class RawFollowUp implements AutoCloseable {
    private final Connection c;
    private final PreparedStatement load;
    private final PreparedStatement update;
    private final PreparedStatement append;

    /**
     * Prepares the statements.
     *
     * @param db the database, never null
     * @param schema a schema holding the adapter's tables, never null
     * @throws SQLException if the database refuses
     */
    public RawFollowUp(Database db, String schema) throws SQLException {
        c = db.connect(schema);
        c.setAutoCommit(false);
        load = c.prepareStatement("SELECT id, version, status_category, project_id, team_id, created_by, assignee_id"
                + " FROM t4j_ticket WHERE tenant_id = ? AND number_prefix = ? AND number_sequence = ?");
        update = c.prepareStatement("UPDATE t4j_ticket SET last_activity_at = ?, last_follow_up_at = ?, version = ?"
                + " WHERE tenant_id = ? AND id = ? AND version = ?");
        append = c.prepareStatement(Rows.insert(Rows.TIMELINE_TABLE, Rows.TIMELINE));
    }

    /**
     * Adds the note and commits.
     *
     * @param actor the author, never null
     * @param number the ticket, never null
     * @param note the note, never null
     * @param at when, in milliseconds, never null
     * @return the ticket's new version
     * @throws SQLException if a statement fails, the ticket is missing or closed, or it changed meanwhile (the
     *     transaction is then rolled back)
     */
    public long addFollowUp(UserId actor, TicketNumber number, String note, Instant at) throws SQLException {
        try {
            String id;
            long version;
            try (ResultSet rs = bind(load, Dataset.TENANT.value(), number.prefix(), number.sequence()).executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no ticket " + number);
                }
                id = rs.getString(1);
                version = rs.getLong(2);
                if (StatusCategory.CLOSED.name().equals(rs.getString(3))) {
                    throw new SQLException(number + " is closed");
                }
            }
            if (bind(update, at, at, version + 1, Dataset.TENANT.value(), id, version).executeUpdate() != 1) {
                throw new SQLException(number + " changed meanwhile");
            }
            TimelineEntry entry = new TimelineEntry(UUID.randomUUID(), version + 1, at, actor,
                    TimelineAction.FOLLOW_UP_ADDED, Optional.empty(), Optional.empty(), Optional.of(note),
                    Audience.INTERNAL);
            bind(append, Rows.entry(Dataset.TENANT, new TicketId(UUID.fromString(id)), entry)).executeUpdate();
            c.commit();
            return version + 1;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static PreparedStatement bind(PreparedStatement statement, Object... values) throws SQLException {
        Rows.bind(statement, values);
        return statement;
    }

    /** Closes the connection. */
    @Override
    public void close() throws SQLException {
        c.close();
    }
}
