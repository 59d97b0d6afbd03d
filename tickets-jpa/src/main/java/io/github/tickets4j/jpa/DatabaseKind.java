package io.github.tickets4j.jpa;

import java.util.List;

/**
 * The databases Tickets4j ships schema scripts for, with the little native SQL JPA has no equivalent for (inserting
 * a row unless its key exists).
 */
public enum DatabaseKind {
    /** PostgreSQL 12 or later. */
    POSTGRESQL("postgresql", SqlDialect.POSTGRESQL),
    /** MariaDB 10.6 or later (the scripts use nopad binary collation). */
    MARIADB("mariadb", SqlDialect.MARIADB),
    /** H2 2.x, for tests and demos. */
    H2("h2", SqlDialect.H2);

    private static final List<String> SCRIPTS = List.of("V1__tickets4j_schema.sql", "V2__tickets4j_history_log.sql",
            "V3__tickets4j_tenants.sql", "V4__tickets4j_ratings_guests.sql");
    private final String folder;
    private final SqlDialect dialect;

    DatabaseKind(String folder, SqlDialect dialect) {
        this.folder = folder;
        this.dialect = dialect;
    }

    /**
     * The class-path resources of this database's schema scripts, in the order they must run: the 0.1 schema
     * ({@code V1__tickets4j_schema.sql}) and the 0.2 migrations ({@code V2__tickets4j_history_log.sql},
     * {@code V3__tickets4j_tenants.sql}, {@code V4__tickets4j_ratings_guests.sql}). Their folder is a Flyway location
     * ({@code classpath:db/tickets4j/postgresql}) and each script is Liquibase "formatted SQL" as well. A new database
     * runs them all; a 0.1 database runs V2 to V4.
     *
     * @return the resource names, for example {@code db/tickets4j/postgresql/V1__tickets4j_schema.sql}; never null
     */
    public List<String> schemaScripts() {
        return SCRIPTS.stream().map(script -> "db/tickets4j/" + folder + "/" + script).toList();
    }

    /**
     * The class-path resource of this database's first schema script, the 0.1 schema. Alone it no longer makes a
     * schema Tickets4j 0.2 works with: run every script of {@link #schemaScripts()}, in order.
     *
     * @return the resource name, for example {@code db/tickets4j/postgresql/V1__tickets4j_schema.sql}; never null
     * @deprecated since 0.2: the schema takes every script of {@link #schemaScripts()}, in order
     */
    @Deprecated(since = "0.2", forRemoval = true)
    public String schemaScript() {
        return schemaScripts().get(0);
    }

    /** The statements that differ by database. */
    SqlDialect dialect() {
        return dialect;
    }
}
