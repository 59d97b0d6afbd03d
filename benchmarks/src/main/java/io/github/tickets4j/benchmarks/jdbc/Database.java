package io.github.tickets4j.benchmarks.jdbc;

import io.github.tickets4j.jpa.DatabaseKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The databases the benchmarks run on, and where each keeps a named schema. PostgreSQL is the one that counts:
 * {@code jdbc:postgresql://127.0.0.1:5432/tickets4j_bench} as {@code postgres} by default (the database is created
 * when missing; change it with {@code -Dtickets4j.bench.postgresql.url=…}, {@code .user}, {@code .password}). H2 is
 * an in-memory reference that needs no server and is what the smoke test uses.
 */
public enum Database {
    /** PostgreSQL; every schema lives in one database and survives the run. */
    POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/tickets4j_bench", "postgres", ""),
    /** H2 embedded; every schema is its own database file. */
    H2("jdbc:h2:file:" + Path.of(System.getProperty("java.io.tmpdir"), "tickets4j-bench-h2").toAbsolutePath() + "/",
            "sa", "");

    private final String url;
    private final String user;
    private final String password;

    Database(String url, String user, String password) {
        String key = "tickets4j.bench." + name().toLowerCase(Locale.ROOT);
        this.url = System.getProperty(key + ".url", url);
        this.user = System.getProperty(key + ".user", user);
        this.password = System.getProperty(key + ".password", password);
    }

    /**
     * Reads a benchmark's {@code db} parameter.
     *
     * @param name {@code postgresql} or {@code h2}, any case; never null
     * @return the database, never null
     * @throws IllegalArgumentException for any other name
     */
    public static Database of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** @return the adapter's name for this database, never null */
    public DatabaseKind kind() {
        return DatabaseKind.valueOf(name());
    }

    /** @return the user the benchmarks connect as, never null */
    public String user() {
        return user;
    }

    /** @return the password, never null */
    public String password() {
        return password;
    }

    /**
     * The JDBC URL whose connections work in a schema, which must exist (see {@link #recreate(String)}).
     *
     * @param schema a lower-case SQL identifier, never null
     * @return the URL, never null
     */
    public String url(String schema) {
        return this == H2 ? url + schema : url + "?currentSchema=" + schema
                + "&reWriteBatchedInserts=true";
    }

    /**
     * Opens a connection in a schema, with auto-commit on.
     *
     * @param schema the schema, never null
     * @return the connection, never null
     * @throws SQLException if the database cannot be reached
     */
    public Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(url(schema), user, password);
    }

    /**
     * Tells whether a schema holds a table.
     *
     * @param schema the schema, never null
     * @param table the table, lower case, never null
     * @return true when the table exists
     * @throws SQLException if the database cannot be reached
     */
    public boolean hasTable(String schema, String table) throws SQLException {
        if (this == POSTGRESQL) {
            createDatabaseIfMissing();
        }
        try (Connection c = connect(schema)) {
            var rs = c.getMetaData().getTables(null, this == H2 ? "PUBLIC" : schema,
                    this == H2 ? table.toUpperCase(Locale.ROOT) : table, null);
            return rs.next();
        }
    }

    /**
     * Drops a schema with everything in it and creates it empty.
     *
     * @param schema the schema, never null
     * @throws SQLException if the database cannot be reached
     */
    public void recreate(String schema) throws SQLException {
        if (this == H2) {
            try (Connection c = connect(schema); Statement s = c.createStatement()) {
                s.execute("DROP ALL OBJECTS");
            }
            return;
        }
        createDatabaseIfMissing();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        int slash = url.lastIndexOf('/');
        String name = url.substring(slash + 1);
        try (Connection c = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, password);
                Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("CREATE DATABASE " + name);
            }
        }
    }
}
