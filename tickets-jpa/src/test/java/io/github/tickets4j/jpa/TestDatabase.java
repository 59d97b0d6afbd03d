package io.github.tickets4j.jpa;

import static org.junit.jupiter.api.Assertions.fail;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the tests run on. Connections come from environment variables with defaults matching the build
 * machine. With {@code CI=true} an unreachable PostgreSQL or MariaDB fails the tests; otherwise they are skipped
 * with a message saying how to enable them.
 */
enum TestDatabase {
    H2("H2", DatabaseKind.H2, "jdbc:h2:mem:tickets4j;DB_CLOSE_DELAY=-1", "sa", ""),
    POSTGRESQL("PostgreSQL", DatabaseKind.POSTGRESQL, "jdbc:postgresql://127.0.0.1:5432/test", "postgres", ""),
    MARIADB("MariaDB", DatabaseKind.MARIADB, "jdbc:mariadb://127.0.0.1:3306/test", "root", "");

    /** The database sequence of the 0.1 schema, which V3 drops. */
    static final String SEQUENCE_OF_01 = "t4j_ticket_number_seq";
    private static final Map<TestDatabase, String> SCRATCH_URLS = new ConcurrentHashMap<>();
    private static final String SCRATCH = "t4j_test_" + ProcessHandle.current().pid();
    /**
     * The unit of a {@code META-INF/persistence.xml} that {@link #factory(Map)} starts, the way a Jakarta Persistence
     * 3.1 host does, instead of {@link TicketsPersistence#configuration(String)} (3.2 only). Unset here; the module
     * tickets-jpa-hibernate6-tests sets it to run these tests on Hibernate ORM 6.6.
     */
    private static final String PERSISTENCE_XML_UNIT = System.getProperty("tickets4j.test.persistence-unit");
    /** The tables of the 0.2 schema, children first. */
    private static final List<String> TABLES = List.of("t4j_guest_pass", "t4j_timeline_entry", "t4j_ticket_tag",
            "t4j_ticket", "t4j_number_counter", "t4j_status_count");
    final String label;
    final DatabaseKind kind;
    private final String defaultUrl;
    private final String defaultUser;
    private final String defaultPassword;

    TestDatabase(String label, DatabaseKind kind, String url, String user, String password) {
        this.label = label;
        this.kind = kind;
        this.defaultUrl = url;
        this.defaultUser = user;
        this.defaultPassword = password;
    }

    String url() {
        return env("URL", defaultUrl);
    }

    String user() {
        return env("USER", defaultUser);
    }

    String password() {
        return env("PASSWORD", defaultPassword);
    }

    /** TICKETS4J_POSTGRESQL_URL, TICKETS4J_MARIADB_USER and so on. */
    private String env(String what, String fallback) {
        String value = System.getenv("TICKETS4J_" + name() + "_" + what);
        return value == null ? fallback : value;
    }

    /**
     * Fails (CI) or skips (elsewhere) when the server cannot be reached. On a server, the tests of this JVM then
     * work in a scratch schema of their own (PostgreSQL: a schema in the configured database; MariaDB, which has no
     * schemas inside a database: a database next to it), dropped when the JVM ends, so runs from several checkouts
     * and other users of the database never meet.
     */
    void requireReachable() {
        try (Connection c = DriverManager.getConnection(url(), user(), password())) {
            c.isValid(2);
        } catch (SQLException e) {
            String how = label + " is not reachable at " + url() + " as " + user() + " (" + e.getMessage()
                    + "). Start it, or point TICKETS4J_" + name() + "_URL / _USER / _PASSWORD at one.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(how + " CI=true requires the " + label + " tests to run.");
            }
            Assumptions.abort(how + " Skipped; with CI=true this is a failure.");
        }
        scratchUrl();
    }

    /** The URL of this JVM's scratch schema, created on first use. */
    private synchronized String scratchUrl() {
        if (this == H2) {
            return url();
        }
        return SCRATCH_URLS.computeIfAbsent(this, db -> {
            boolean postgres = db == POSTGRESQL;
            String create = postgres ? "create schema " + SCRATCH : "create database " + SCRATCH;
            String drop = postgres ? "drop schema if exists " + SCRATCH + " cascade" : "drop database if exists "
                    + SCRATCH;
            try (Connection c = DriverManager.getConnection(url(), user(), password());
                    Statement s = c.createStatement()) {
                s.execute(drop);
                s.execute(create);
            } catch (SQLException e) {
                throw new IllegalStateException(label + ": cannot create scratch schema: " + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url(), user(), password());
                        Statement s = c.createStatement()) {
                    s.execute(drop);
                } catch (SQLException e) {
                    System.err.println(label + ": could not drop " + SCRATCH + ": " + e.getMessage());
                }
            }));
            return postgres ? url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + SCRATCH
                    : url().replaceFirst("^(jdbc:mariadb://[^/]+/)[^?]*", "$1" + SCRATCH);
        });
    }

    Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(scratchUrl(), user(), password());
    }

    /** Drops Tickets4j's tables and sequence and runs every shipped schema script, in order. */
    void recreateSchema() {
        recreateSchemaOf01();
        migrateTo02();
    }

    /** Drops Tickets4j's tables and sequence and runs only the 0.1 schema script (V1). */
    void recreateSchemaOf01() {
        execute(dropStatements());
        execute(statements(kind.schemaScripts().get(0)));
    }

    /** Runs the 0.2 migrations (V2 and on) on the 0.1 schema. */
    void migrateTo02() {
        for (int version = 2; version <= kind.schemaScripts().size(); version++) {
            runScript(version);
        }
    }

    /** Runs one shipped schema script, {@code V<version>__…}. */
    void runScript(int version) {
        execute(statements(kind.schemaScripts().get(version - 1)));
    }

    /** The query drawing the next value of the 0.1 schema's sequence. */
    String nextValueOf01Sql() {
        return switch (this) {
            case POSTGRESQL -> "select nextval('" + SEQUENCE_OF_01 + "')";
            case MARIADB -> "select nextval(" + SEQUENCE_OF_01 + ")";
            case H2 -> "select next value for " + SEQUENCE_OF_01;
        };
    }

    /** Drops every table of either schema (0.1 had t4j_follow_up too) and the sequence. */
    List<String> dropStatements() {
        return List.of("drop table if exists t4j_follow_up, " + String.join(", ", TABLES),
                "drop sequence if exists " + SEQUENCE_OF_01);
    }

    /** Empties every table and puts back the rows the schema script inserts. */
    void clean() {
        execute(cleanStatements());
    }

    /** The statements of {@link #clean()}, unqualified: they run in the connection's default schema. */
    static List<String> cleanStatements() {
        List<String> sql = new ArrayList<>();
        TABLES.forEach(t -> sql.add("delete from " + t));
        sql.add("insert into t4j_number_counter (tenant_id, name, last_value) values ('default', 'tickets', 0)");
        sql.add("insert into t4j_status_count (tenant_id, status, status_category, stripe, ticket_count)"
                + " values ('default', '', '', -1, 0)");
        return sql;
    }

    void execute(List<String> statements) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(label + ": " + e.getMessage(), e);
        }
    }

    String queryString(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(label + ": " + e.getMessage(), e);
        }
    }

    long queryLong(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(label + ": " + e.getMessage(), e);
        }
    }

    /**
     * An entity manager factory of a fresh persistence unit, Hibernate validating the schema against the entities:
     * started from {@link TicketsPersistence#configuration(String)}, or from the persistence.xml unit named by the
     * system property {@code tickets4j.test.persistence-unit} (Jakarta Persistence 3.1).
     */
    EntityManagerFactory factory(Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.jdbc.url", scratchUrl());
        properties.put("jakarta.persistence.jdbc.user", user());
        properties.put("jakarta.persistence.jdbc.password", password());
        properties.put("hibernate.hbm2ddl.auto", "validate");
        // SEQUENCE and blocks take numbers on a second connection while a creation holds one: room for 8 threads.
        properties.put("hibernate.connection.pool_size", "20");
        properties.putAll(more);
        if (PERSISTENCE_XML_UNIT != null) {
            return Persistence.createEntityManagerFactory(PERSISTENCE_XML_UNIT, properties);
        }
        return Configured.factory("tickets4j-" + name(), properties);
    }

    EntityManagerFactory factory() {
        return factory(Map.of());
    }

    /** The Jakarta Persistence 3.2 bootstrap, in a class of its own that a 3.1 run never loads. */
    private static final class Configured {
        static EntityManagerFactory factory(String unitName, Map<String, Object> properties) {
            PersistenceConfiguration config = TicketsPersistence.configuration(unitName)
                    .provider("org.hibernate.jpa.HibernatePersistenceProvider");
            properties.forEach(config::property);
            return config.createEntityManagerFactory();
        }
    }

    /** The statements of a script resource: comment lines dropped, split at semicolons that end a line. */
    static List<String> statements(String resource) {
        try (InputStream in = TestDatabase.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            StringBuilder text = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.strip().startsWith("--")) {
                    text.append(line).append('\n');
                }
            }
            List<String> statements = new ArrayList<>();
            for (String sql : text.toString().split(";\\s*\n")) {
                if (!sql.isBlank()) {
                    statements.add(sql.strip());
                }
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
