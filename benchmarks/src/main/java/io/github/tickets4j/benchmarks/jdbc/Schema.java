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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The JPA adapter's schema, created from the scripts it ships ({@link DatabaseKind#schemaScripts()}: the 0.1
 * schema, then each migration), as a migration tool runs them on a new database. The bulk loader loads with the
 * secondary indexes of the final schema dropped and builds them after loading, which is much faster than
 * maintaining them row by row; keys and constraints stay, so a load that breaks them fails.
 */
public final class Schema {
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "(?i)^create\\s+(?:unique\\s+)?index\\s+(\\w+)\\s+on\\s+(\\w+)");
    private static final Pattern DROP_TABLE = Pattern.compile("(?i)^drop\\s+table\\s+(?:if\\s+exists\\s+)?(\\w+)");
    private static final Pattern DROP_INDEX = Pattern.compile("(?i)^drop\\s+index\\s+(?:if\\s+exists\\s+)?(\\w+)");

    private Schema() {
    }

    /**
     * Creates the final schema (every statement of the scripts, in order) in the connection's schema, then drops its
     * secondary indexes for loading.
     *
     * @param c the connection, never null
     * @param db the database, never null
     * @throws SQLException if a statement fails
     */
    public static void createTables(Connection c, Database db) throws SQLException {
        List<String> all = statements(db);
        run(c, all);
        run(c, indexes(all).keySet().stream().map(index -> "DROP INDEX " + index).toList());
    }

    /**
     * Builds the secondary indexes of the final schema again, after loading.
     *
     * @param c the connection, never null
     * @param db the database, never null
     * @throws SQLException if a statement fails
     */
    public static void createIndexes(Connection c, Database db) throws SQLException {
        run(c, List.copyOf(indexes(statements(db)).values()));
    }

    /**
     * The secondary indexes the scripts leave in place, each with the statement that last created it: an index
     * dropped later (or on a table dropped later) is gone, one dropped and created again has its new shape.
     */
    private static Map<String, String> indexes(List<String> statements) {
        Map<String, String> live = new LinkedHashMap<>();
        for (String s : statements) {
            String created = name(CREATE_INDEX, s, 1);
            if (!created.isEmpty()) {
                live.put(created, s);
            }
            live.remove(name(DROP_INDEX, s, 1));
            String table = name(DROP_TABLE, s, 1);
            live.values().removeIf(create -> !table.isEmpty() && name(CREATE_INDEX, create, 2).equals(table));
        }
        return live;
    }

    /**
     * Makes every numbering strategy of the data set's tenant continue after a number already issued (they all
     * draw from the tenant's counter row).
     *
     * @param c the connection, never null
     * @param lastIssued the last number issued
     * @throws SQLException if a statement fails
     */
    public static void numbersIssued(Connection c, long lastIssued) throws SQLException {
        run(c, List.of("UPDATE t4j_number_counter SET last_value = " + lastIssued + " WHERE tenant_id = 'default'"));
    }

    private static void run(Connection c, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** The name a statement's pattern captures in a group, lower case; empty when it does not match. */
    private static String name(Pattern pattern, String statement, int group) {
        Matcher m = pattern.matcher(statement);
        return m.find() ? m.group(group).toLowerCase(Locale.ROOT) : "";
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
