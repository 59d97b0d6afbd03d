package io.github.tickets4j.benchmarks.jdbc;

import io.github.tickets4j.jpa.DatabaseKind;
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
import java.util.stream.Collectors;

/**
 * The JPA adapter's schema, created from the script it ships ({@link DatabaseKind#schemaScript()}). The bulk loader creates the tables first and the indexes
 * after loading, which is much faster than maintaining them row by row.
 */
public final class Schema {
    private Schema() {
    }

    /**
     * Creates the tables, sequences and counter rows (everything but the indexes) in the connection's schema.
     *
     * @param c the connection, never null
     * @param db the database, never null
     * @throws SQLException if a statement fails
     */
    public static void createTables(Connection c, Database db) throws SQLException {
        run(c, statements(db).stream().filter(s -> !isIndex(s)).toList());
    }

    /**
     * Creates the indexes.
     *
     * @param c the connection, never null
     * @param db the database, never null
     * @throws SQLException if a statement fails
     */
    public static void createIndexes(Connection c, Database db) throws SQLException {
        run(c, statements(db).stream().filter(Schema::isIndex).toList());
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

    /**
     * The script's text, for telling whether a stored data set was loaded with the same schema.
     *
     * @param db the database, never null
     * @return the script, never null
     */
    public static String script(Database db) {
        try (InputStream in = Schema.class.getClassLoader().getResourceAsStream(db.kind().schemaScript())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> statements(Database db) {
        String code = script(db).lines().filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(code.split(";\\s*\\n?")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
