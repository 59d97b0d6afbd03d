package io.github.tickets4j.benchmarks.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The JPA adapter's schema, created from its DDL script. The bulk loader creates the tables first and the indexes
 * after loading, which is much faster than maintaining them row by row.
 */
public final class Schema {
    private static final String SCRIPT = "/io/github/tickets4j/benchmarks/draft-schema.sql";

    private Schema() {
    }

    /**
     * Creates the tables, sequences and counter rows (everything but the indexes) in the connection's schema.
     *
     * @param c the connection, never null
     * @throws SQLException if a statement fails
     */
    public static void createTables(Connection c) throws SQLException {
        run(c, statements().stream().filter(s -> !isIndex(s)).toList());
    }

    /**
     * Creates the indexes.
     *
     * @param c the connection, never null
     * @throws SQLException if a statement fails
     */
    public static void createIndexes(Connection c) throws SQLException {
        run(c, statements().stream().filter(Schema::isIndex).toList());
    }

    /**
     * Makes both numbering strategies continue after a number already issued.
     *
     * @param c the connection, never null
     * @param db the database, never null
     * @param lastIssued the last number issued
     * @throws SQLException if a statement fails
     */
    public static void numbersIssued(Connection c, Database db, long lastIssued) throws SQLException {
        run(c, List.of("UPDATE t4j_number_counter SET last_value = " + lastIssued,
                db == Database.H2 ? "ALTER SEQUENCE t4j_ticket_number_seq RESTART WITH " + (lastIssued + 1)
                        : "SELECT setval('t4j_ticket_number_seq', " + Math.max(lastIssued, 1) + ", "
                                + (lastIssued > 0) + ")"));
    }

    private static void run(Connection c, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static boolean isIndex(String statement) {
        return statement.toUpperCase(Locale.ROOT).startsWith("CREATE INDEX");
    }

    private static List<String> statements() {
        try (InputStream in = Schema.class.getResourceAsStream(SCRIPT)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
