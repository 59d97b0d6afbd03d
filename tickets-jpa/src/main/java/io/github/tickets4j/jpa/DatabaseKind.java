package io.github.tickets4j.jpa;

/**
 * The databases Tickets4j ships schema scripts for, with the little native SQL JPA has no equivalent for (drawing
 * a value from a sequence).
 */
public enum DatabaseKind {
    /** PostgreSQL 12 or later. */
    POSTGRESQL("postgresql", "select nextval('" + DatabaseKind.SEQUENCE + "')"),
    /** MariaDB 10.6 or later (sequences arrived in 10.3; the script uses nopad binary collation). */
    MARIADB("mariadb", "select nextval(" + DatabaseKind.SEQUENCE + ")"),
    /** H2 2.x, for tests and demos. */
    H2("h2", "select next value for " + DatabaseKind.SEQUENCE);

    /** The name of the sequence the scripts create for {@link JpaNumberSequence#sequence}. */
    static final String SEQUENCE = "t4j_ticket_number_seq";
    private final String folder;
    private final String nextValueSql;

    DatabaseKind(String folder, String nextValueSql) {
        this.folder = folder;
        this.nextValueSql = nextValueSql;
    }

    /**
     * The class-path resource of this database's schema script. Its folder is a Flyway location
     * ({@code classpath:db/tickets4j/postgresql}) and the script is Liquibase "formatted SQL" as well.
     *
     * @return the resource name, for example {@code db/tickets4j/postgresql/V1__tickets4j_schema.sql}; never null
     */
    public String schemaScript() {
        return "db/tickets4j/" + folder + "/V1__tickets4j_schema.sql";
    }

    /** The native query that draws the next value of the ticket-number sequence. */
    String nextValueSql() {
        return nextValueSql;
    }
}
