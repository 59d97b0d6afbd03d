package io.github.tickets4j.jpa;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * A host keeping the library's tables in a schema of their own while its connections default to another, on one
 * test database: the host's default schema and two library schemas (one Flyway creates, one the host creates and
 * Liquibase fills), named after this JVM so that concurrent runs never meet, and dropped when the JVM ends.
 * PostgreSQL: schemas of the configured database; MariaDB, whose schemas are databases: databases next to it; H2:
 * schemas of an in-memory database of their own (the host's default is its {@code PUBLIC}).
 */
final class OwnSchemas {
    private static final String H2_URL = "jdbc:h2:mem:t4j_own_schema;DB_CLOSE_DELAY=-1";
    private static final Map<TestDatabase, OwnSchemas> ALL = new EnumMap<>(TestDatabase.class);
    final TestDatabase db;
    /** The schema the host's connections default to. */
    final String host;
    /** The library's schema that Flyway creates and migrates. */
    final String flyway;
    /** The library's schema that the host creates and Liquibase migrates. */
    final String liquibase;
    private MigrateResult flywayResult;
    private EntityManagerFactory factory;

    private OwnSchemas(TestDatabase db) {
        this.db = db;
        String pid = "_" + ProcessHandle.current().pid();
        boolean h2 = db == TestDatabase.H2;
        // H2 folds unquoted names to upper case, and Flyway quotes the schema it creates: upper case on H2.
        this.host = h2 ? "PUBLIC" : "t4j_own_host" + pid;
        this.flyway = h2 ? "T4J_OWN_FW" : "t4j_own_fw" + pid;
        this.liquibase = h2 ? "T4J_OWN_LB" : "t4j_own_lb" + pid;
        List<String> drops = new ArrayList<>();
        for (String schema : h2 ? List.of(flyway, liquibase) : List.of(host, flyway, liquibase)) {
            drops.add(db == TestDatabase.MARIADB ? "drop database if exists " + schema
                    : "drop schema if exists " + schema + " cascade");
        }
        admin(drops);
        if (!h2) {
            admin(List.of(createSchema(host)));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> admin(drops)));
        }
    }

    /** The schemas of a reachable test database. */
    static OwnSchemas of(TestDatabase db) {
        db.requireReachable();
        synchronized (ALL) {
            return ALL.computeIfAbsent(db, OwnSchemas::new);
        }
    }

    /** The statement a host runs to create a schema (MariaDB: a database). */
    String createSchema(String schema) {
        return (db == TestDatabase.MARIADB ? "create database " : "create schema ") + schema;
    }

    /** A JDBC URL whose connections default to the schema. */
    String url(String schema) {
        return switch (db) {
            case POSTGRESQL -> db.url() + (db.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
            case MARIADB -> db.url().replaceFirst("^(jdbc:mariadb://[^/]+/)[^?]*", "$1" + schema);
            case H2 -> H2_URL + ";SCHEMA=" + schema;
        };
    }

    Connection connect(String schema) throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(url(schema), db.user(), db.password());
    }

    /** The folder of the library's scripts for this database. */
    String folder() {
        String first = db.kind.schemaScripts().get(0);
        return first.substring(0, first.lastIndexOf('/'));
    }

    /**
     * Migrates the library into {@link #flyway} once per JVM, as the README tells a host to: Flyway on the host's
     * connections, given the schema, with the library's history table.
     */
    synchronized MigrateResult migrateWithFlyway() {
        if (flywayResult == null) {
            flywayResult = Flyway.configure().dataSource(url(host), db.user(), db.password())
                    .schemas(flyway).locations("classpath:" + folder()).table(MigrationToolBase.FLYWAY_TABLE)
                    .load().migrate();
        }
        return flywayResult;
    }

    /**
     * Creates {@link #liquibase} and migrates the library into it, as the README tells a host to: Liquibase on a
     * connection defaulting to that schema (its formatted SQL runs there; given only the schema names, Liquibase
     * runs it in the connection's default on MariaDB and H2, and keeps just its changelog tables in the schema),
     * and given the schema for the changesets and its changelog tables.
     */
    void migrateWithLiquibase() throws Exception {
        admin(List.of(createSchema(liquibase)));
        try (Connection connection = connect(liquibase)) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName(liquibase);
            database.setLiquibaseSchemaName(liquibase);
            database.setDatabaseChangeLogTableName(MigrationToolBase.LIQUIBASE_TABLE);
            database.setDatabaseChangeLogLockTableName(MigrationToolBase.LIQUIBASE_LOCK_TABLE);
            try (Liquibase tool = new Liquibase(folder() + "/tickets4j-changelog.xml",
                    new ClassLoaderResourceAccessor(), database)) {
                tool.update(new Contexts(), new LabelExpression());
            }
        }
    }

    /**
     * The shared persistence unit over the Flyway-migrated schema: its connections default to that schema, and
     * Hibernate validates the entities against the tables there.
     */
    synchronized EntityManagerFactory factory() {
        if (factory == null) {
            migrateWithFlyway();
            factory = db.factory(Map.of("jakarta.persistence.jdbc.url", url(flyway)));
            Runtime.getRuntime().addShutdownHook(new Thread(factory::close));
        }
        return factory;
    }

    /** Resource-local storage over the Flyway-migrated schema, its tables emptied. */
    JpaStorage emptyStorage() {
        EntityManagerFactory shared = factory();
        execute(flyway, TestDatabase.cleanStatements());
        return JpaStorage.resourceLocal(shared, db.kind);
    }

    /** The tables of a schema, lower case, sorted. */
    List<String> tables(String schema) throws SQLException {
        try (Connection c = connect(host); PreparedStatement s = c.prepareStatement("select table_name from"
                + " information_schema.tables where table_schema = ? and table_type = 'BASE TABLE'")) {
            s.setString(1, schema);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
            return names.stream().sorted().toList();
        }
    }

    void execute(String schema, List<String> statements) {
        try (Connection c = connect(schema); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(db.label + ": " + e.getMessage(), e);
        }
    }

    /** Runs statements on a connection to the server's configured database (H2: this class's own). */
    private void admin(List<String> statements) {
        String url = db == TestDatabase.H2 ? H2_URL : db.url();
        try (Connection c = DriverManager.getConnection(url, db.user(), db.password());
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(db.label + ": " + e.getMessage(), e);
        }
    }
}
