package io.github.tickets4j.benchmarks.jdbc;

import io.github.tickets4j.benchmarks.data.Dataset;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ticket creation written by hand: in one transaction, the next value of the adapter's sequence, the ticket row,
 * its tag rows, its timeline row and the status count (a random stripe of the rollup, as the adapter keeps it), with
 * prepared statements kept open on one connection. The rows are exactly
 * the ones the adapter writes ({@link Rows}); the command is resolved as the desk resolves it (the project's
 * customer from the directory) and the row values come from the core's aggregate, which costs microseconds.
 */
public final class RawCreate implements AutoCloseable {
    private static final Directory DIRECTORY = Dataset.directory();
    private final Connection c;
    private final PreparedStatement next;
    private final PreparedStatement ticket;
    private final PreparedStatement tag;
    private final PreparedStatement timeline;
    private final PreparedStatement count;
    private final PreparedStatement newCount;

    /**
     * Prepares the statements.
     *
     * @param db the database, for the dialect of the sequence draw; never null
     * @param schema a schema holding the adapter's tables, never null
     * @throws SQLException if the database refuses
     */
    public RawCreate(Database db, String schema) throws SQLException {
        c = db.connect(schema);
        c.setAutoCommit(false);
        // The tenant's counter row, advanced under its row lock in the creating transaction (GAPLESS numbering).
        String advance = "UPDATE t4j_number_counter SET last_value = last_value + 1 WHERE tenant_id = '"
                + Dataset.TENANT.value() + "' AND name = 'tickets'";
        next = c.prepareStatement(db == Database.H2 ? "SELECT last_value FROM FINAL TABLE (" + advance + ")"
                : advance + " RETURNING last_value");
        ticket = c.prepareStatement(Rows.insert(Rows.TICKET_TABLE, Rows.TICKET));
        tag = c.prepareStatement(Rows.insert(Rows.TAG_TABLE, Rows.TAG));
        timeline = c.prepareStatement(Rows.insert(Rows.TIMELINE_TABLE, Rows.TIMELINE));
        count = c.prepareStatement("UPDATE t4j_status_count SET ticket_count = ticket_count + 1"
                + " WHERE tenant_id = ? AND status = ? AND status_category = ? AND stripe = ?");
        newCount = c.prepareStatement("INSERT INTO t4j_status_count (tenant_id, status, status_category, stripe,"
                + " ticket_count) VALUES (?, ?, ?, ?, 1)");
    }

    /**
     * Creates a ticket and commits.
     *
     * @param actor the creator, never null
     * @param command the command, never null
     * @return the ticket number's sequence value
     * @throws SQLException if a statement fails (the transaction is then rolled back)
     */
    public long create(UserId actor, CreateTicket command) throws SQLException {
        try {
            long number;
            try (ResultSet rs = next.executeQuery()) {
                rs.next();
                number = rs.getLong(1);
            }
            CreateTicket resolved = command.toBuilder()
                    .customer(command.project().flatMap(DIRECTORY::customerOf).orElse(null)).build();
            Change change = Dataset.created(TicketId.random(), TicketNumberFormat.DEFAULT.format(number), resolved,
                    actor, Dataset.NOW);
            Ticket t = change.ticket();
            execute(ticket, Rows.ticket(t));
            for (Object[] row : Rows.tags(t)) {
                execute(tag, row);
            }
            for (Object[] row : Rows.timeline(change)) {
                execute(timeline, row);
            }
            Object[] stripe = {t.tenant().value(), t.status().name(), t.status().category().name(),
                ThreadLocalRandom.current().nextInt(8)};
            if (execute(count, stripe) == 0) {
                // One thread: no other writer can add the stripe meanwhile, so no lock row is needed.
                execute(newCount, stripe);
            }
            c.commit();
            return number;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static int execute(PreparedStatement statement, Object[] row) throws SQLException {
        Rows.bind(statement, row);
        return statement.executeUpdate();
    }

    /** Closes the connection. */
    @Override
    public void close() throws SQLException {
        c.close();
    }
}
