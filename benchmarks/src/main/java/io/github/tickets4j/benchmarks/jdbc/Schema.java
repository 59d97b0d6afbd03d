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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The JPA adapter's schema, created from the scripts it ships ({@link DatabaseKind#schemaScripts()}: the 0.1
 * schema, then the 0.2 migration), as a migration tool runs them on a new database. The bulk loader creates the
 * tables first and the indexes and unique constraints after loading, which is much faster than maintaining them
 * row by row; an index the migration drops again, or whose table it drops, is never created.
 */
public final class Schema {
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "(?i)^create\\s+(?:unique\\s+)?index\\s+(\\w+)\\s+on\\s+(\\w+)");
    private static final Pattern DROP_TABLE = Pattern.compile("(?i)^drop\\s+table\\s+(?:if\\s+exists\\s+)?(\\w+)");
    private static final Pattern DROP_INDEX = Pattern.compile("(?i)^drop\\s+index\\s+(?:if\\s+exists\\s+)?(\\w+)");
    private static final Pattern UNIQUE = Pattern.compile(
            "(?i)^alter\\s+table\\s+\\w+\\s+add\\s+constraint\\s+\\w+\\s+unique");

    private Schema() {
    }

    /**
     * Creates the tables, sequences and counter rows in their final shape (every statement of the scripts but the
     * indexes and unique constraints) in the connection's schema.
     *
     * @param c the connection, never null
     * @param db the database, never null
     * @throws SQLException if a statement fails
     */
    public static void createTables(Connection c, Database db) throws SQLException {
        run(c, statements(db).stream().filter(s -> !isIndex(s) && !isUnique(s) && !DROP_INDEX.matcher(s).find())
                .toList());
    }

    /**
     * Creates the indexes and unique constraints of the final schema (those the migration drops again left out).
     *
     * @param c the connection, never null
     * @param db the database, never null
     * @throws SQLException if a statement fails
     */
    public static void createIndexes(Connection c, Database db) throws SQLException {
        List<String> all = statements(db);
        Set<String> dropped = dropped(all, DROP_INDEX);
        Set<String> droppedTables = dropped(all, DROP_TABLE);
        run(c, all.stream().filter(s -> isIndex(s) && !dropped.contains(name(CREATE_INDEX, s, 1))
                && !droppedTables.contains(name(CREATE_INDEX, s, 2)) || isUnique(s)).toList());
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
        String s = statement.toUpperCase(Locale.ROOT);
        return s.startsWith("CREATE INDEX") || s.startsWith("CREATE UNIQUE INDEX");
    }

    /** A unique constraint added to an existing table: built after loading, like an index. */
    private static boolean isUnique(String statement) {
        return UNIQUE.matcher(statement).find();
    }

    /** The name a statement's pattern captures in a group, lower case; empty when it does not match. */
    private static String name(Pattern pattern, String statement, int group) {
        Matcher m = pattern.matcher(statement);
        return m.find() ? m.group(group).toLowerCase(Locale.ROOT) : "";
    }

    /** What the scripts drop again (indexes or tables): the bulk loader never builds an index on or named so. */
    private static Set<String> dropped(List<String> statements, Pattern drop) {
        return statements.stream().map(s -> name(drop, s, 1)).filter(n -> !n.isEmpty()).collect(Collectors.toSet());
    }

    /**
     * The scripts' text, in the order they run, for telling whether a stored data set was loaded with the same
     * schema.
     *
     * @param db the database, never null
     * @return the scripts, never null
     */
    public static String script(Database db) {
        StringBuilder text = new StringBuilder();
        for (String script : db.kind().schemaScripts()) {
            try (InputStream in = Schema.class.getClassLoader().getResourceAsStream(script)) {
                if (in == null) {
                    throw new IllegalStateException("schema script " + script + " is not on the class path");
                }
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text.toString();
    }

    private static List<String> statements(Database db) {
        String code = script(db).lines().filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(code.split(";\\s*\\n?")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
