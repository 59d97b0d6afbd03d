package io.github.tickets4j.benchmarks.jdbc;

import io.github.tickets4j.benchmarks.data.Dataset;
import io.github.tickets4j.core.ticket.Change;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads the data set's first n tickets into a schema of their own ({@code t4j_bench_<n>}) by the fast path:
 * PostgreSQL's COPY through pgjdbc's {@link CopyManager}, or batched inserts on H2; tables first, then the
 * indexes, then statistics. A finished load leaves a marker row with a fingerprint of the schema script and the
 * generated data, so later runs (and other benchmark forks) reuse the data instead of loading it again, and a
 * changed schema or generator loads afresh; the dashboard benchmarks only read it.
 */
public final class BulkLoader {
    private static final String MARKER = "t4j_bench_dataset";
    private static final int CHUNK = 20_000;
    /** How many of the first tickets the fingerprint of a load covers. */
    private static final int SAMPLE = 100;

    private BulkLoader() {
    }

    /**
     * The schema a data set lives in.
     *
     * @param tickets how many tickets it has
     * @return the schema's name, never null
     */
    public static String schema(long tickets) {
        return "t4j_bench_" + tickets;
    }

    /**
     * Makes sure a schema holds exactly the data set's first n tickets, loading them when it does not.
     *
     * @param db the database, never null
     * @param tickets how many tickets, at least 1
     * @return the schema, never null
     * @throws SQLException if the database refuses
     */
    public static String ensure(Database db, long tickets) throws SQLException {
        String schema = schema(tickets);
        String fingerprint = fingerprint(db, tickets);
        if (loaded(db, schema, fingerprint)) {
            return schema;
        }
        db.recreate(schema);
        try (Connection c = db.connect(schema)) {
            Schema.createTables(c, db);
            c.setAutoCommit(false);
            for (long first = 1; first <= tickets; first += CHUNK) {
                List<Object[]> ticketRows = new ArrayList<>(CHUNK);
                List<Object[]> tagRows = new ArrayList<>(CHUNK);
                List<Object[]> entryRows = new ArrayList<>(CHUNK);
                for (long n = first; n < first + CHUNK && n <= tickets; n++) {
                    Change stored = Dataset.stored(n);
                    ticketRows.add(Rows.ticket(stored.ticket()));
                    tagRows.addAll(Rows.tags(stored.ticket()));
                    entryRows.addAll(Rows.timeline(stored));
                }
                write(c, db, Rows.TICKET_TABLE, Rows.TICKET, ticketRows);
                write(c, db, Rows.TAG_TABLE, Rows.TAG, tagRows);
                write(c, db, Rows.TIMELINE_TABLE, Rows.TIMELINE, entryRows);
            }
            try (Statement s = c.createStatement()) {
                // What the adapter keeps per write, computed once for the whole load.
                s.execute("INSERT INTO t4j_status_count (tenant_id, status, status_category, stripe, ticket_count)"
                        + " SELECT tenant_id, status, status_category, 0, COUNT(*) FROM t4j_ticket"
                        + " GROUP BY tenant_id, status, status_category");
            }
            c.commit();
            c.setAutoCommit(true);
            Schema.createIndexes(c, db);
            Schema.numbersIssued(c, tickets);
            try (Statement s = c.createStatement()) {
                if (db == Database.POSTGRESQL) {
                    s.execute("VACUUM ANALYZE");
                }
                s.execute("CREATE TABLE " + MARKER + " (fingerprint VARCHAR(100) NOT NULL)");
                s.execute("INSERT INTO " + MARKER + " VALUES ('" + fingerprint + "')");
            }
        }
        return schema;
    }

    private static boolean loaded(Database db, String schema, String fingerprint) throws SQLException {
        if (!db.hasTable(schema, MARKER)) {
            return false;
        }
        try (Connection c = db.connect(schema); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT fingerprint FROM " + MARKER)) {
            return rs.next() && rs.getString(1).equals(fingerprint);
        } catch (SQLException e) {
            // A marker of another shape: left by an older loader, so the data is reloaded.
            return false;
        }
    }

    /**
     * Identifies a load: the count, the schema scripts, and the rows of the first {@value #SAMPLE} tickets and of
     * the last, so that a change of the generator shows even when it touches few tickets (one in twenty is hidden
     * from customers, for example).
     */
    private static String fingerprint(Database db, long tickets) {
        StringBuilder sample = new StringBuilder();
        for (long n = 1; n <= Math.min(SAMPLE, tickets); n++) {
            Change stored = Dataset.stored(n);
            sample.append(Arrays.deepToString(Rows.ticket(stored.ticket())));
            Rows.tags(stored.ticket()).forEach(r -> sample.append(Arrays.deepToString(r)));
            Rows.timeline(stored).forEach(r -> sample.append(Arrays.deepToString(r)));
        }
        sample.append(Arrays.deepToString(Rows.ticket(Dataset.ticket(tickets))));
        return tickets + "-" + Integer.toHexString(Schema.script(db).hashCode()) + "-"
                + Integer.toHexString(sample.toString().hashCode());
    }

    /**
     * Writes rows into a table by the fast path: COPY on PostgreSQL, one batch of inserts on H2. The caller
     * commits.
     *
     * @param c a connection in the table's schema, never null
     * @param db the database, never null
     * @param table the table, never null
     * @param columns its columns, in the rows' order; never null
     * @param rows the rows, values as {@link Rows#bind} takes them; never null
     * @throws SQLException if the database refuses
     */
    public static void write(Connection c, Database db, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (db == Database.POSTGRESQL) {
            StringBuilder data = new StringBuilder();
            rows.forEach(r -> line(data, r));
            try {
                copyIn(c.unwrap(PGConnection.class).getCopyAPI(), table, columns, data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            try (PreparedStatement insert = c.prepareStatement(Rows.insert(table, columns))) {
                for (Object[] r : rows) {
                    Rows.bind(insert, r);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    private static void copyIn(CopyManager copy, String table, List<String> columns, CharSequence data)
            throws SQLException, IOException {
        copy.copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN",
                new java.io.ByteArrayInputStream(data.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Appends a row in COPY's text format: tab-separated, \N for null, backslash escapes. */
    private static void line(StringBuilder out, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object v = row[i];
            if (v == null) {
                out.append("\\N");
            } else {
                String s = v.toString();
                for (int k = 0; k < s.length(); k++) {
                    char ch = s.charAt(k);
                    switch (ch) {
                        case '\\' -> out.append("\\\\");
                        case '\t' -> out.append("\\t");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        default -> out.append(ch);
                    }
                }
            }
        }
        out.append('\n');
    }
}
