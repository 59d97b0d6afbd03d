package io.github.tickets4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The library's tables in a schema the host names (PostgreSQL: a schema; MariaDB: a database; H2: a schema) while
 * the host's connections default to another, with no Tickets4j setting: Flyway ({@code schemas(...)}) and Liquibase
 * ({@code setDefaultSchemaName}, {@code setLiquibaseSchemaName}) run the unchanged scripts there, a persistence unit
 * whose connections default to that schema passes Hibernate's validation (and, in the subclasses, the store
 * contract), and the host's default schema receives none of the library's tables.
 */
abstract class OwnSchemaBehaviour {
    /** The tables of the 0.2 schema, sorted. */
    static final List<String> LIBRARY_TABLES = List.of("t4j_guest_pass", "t4j_number_counter", "t4j_status_count",
            "t4j_ticket", "t4j_ticket_tag", "t4j_timeline_entry");

    abstract TestDatabase database();

    OwnSchemas schemas() {
        return OwnSchemas.of(database());
    }

    @Test
    void flywayGivenASchemaCreatesItAndRunsTheScriptsAndItsHistoryThereNotInTheDefaultSchema() throws Exception {
        OwnSchemas own = schemas();
        MigrateResult result = own.migrateWithFlyway();
        assertEquals(own.flyway, result.schemaName);
        assertEquals(List.of("1", "2", "3", "4"), result.migrations.stream().map(m -> m.version).toList());
        assertEquals(sorted(LIBRARY_TABLES, "t4j_schema_history"), own.tables(own.flyway));
        assertNoLibraryTable(own.tables(own.host));
    }

    @Test
    void aPersistenceUnitWhoseConnectionsDefaultToTheSchemaPassesValidationAndReadsTheTablesThere() {
        OwnSchemas own = schemas();
        EntityManagerFactory factory = own.factory();
        assertEquals(List.of(), JpaStorage.resourceLocal(factory, database().kind).problems());
        EntityManager em = factory.createEntityManager();
        try {
            // The row V3 inserts for the default tenant: the native SQL resolves in the library's schema too.
            assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from t4j_number_counter"
                    + " where tenant_id = 'default'").getSingleResult()).longValue());
        } finally {
            em.close();
        }
    }

    @Test
    void liquibaseGivenTheSchemaRunsTheScriptsAndKeepsItsChangelogThereNotInTheDefaultSchema() throws Exception {
        OwnSchemas own = schemas();
        own.migrateWithLiquibase();
        assertEquals(sorted(LIBRARY_TABLES, "t4j_databasechangelog", "t4j_databasechangeloglock"),
                own.tables(own.liquibase));
        assertNoLibraryTable(own.tables(own.host));
        try (EntityManagerFactory factory = database().factory(
                Map.of("jakarta.persistence.jdbc.url", own.url(own.liquibase)))) {
            assertEquals(List.of(), JpaStorage.resourceLocal(factory, database().kind).problems());
        }
    }

    /**
     * One persistence unit for the library's entities and the host's, on a database with a schema search path
     * (PostgreSQL {@code currentSchema=tickets,app}, H2 {@code SCHEMA_SEARCH_PATH}): the library's tables and a host
     * table in its own schema both resolve unqualified.
     */
    void assertOneUnitReachesTheLibrarysSchemaAndTheHosts(String searchingUrl) {
        OwnSchemas own = schemas();
        own.migrateWithFlyway();
        own.execute(own.host, List.of("drop table if exists host_note",
                "create table host_note (id integer not null primary key, note varchar(100) not null)",
                "insert into host_note (id, note) values (1, 'the host was here')"));
        try (EntityManagerFactory factory = database().factory(Map.of("jakarta.persistence.jdbc.url", searchingUrl))) {
            assertEquals(List.of(), JpaStorage.resourceLocal(factory, database().kind).problems());
            EntityManager em = factory.createEntityManager();
            try {
                assertEquals("the host was here",
                        em.createNativeQuery("select note from host_note where id = 1").getSingleResult());
                assertEquals(1L, ((Number) em.createNativeQuery("select count(*) from t4j_number_counter"
                        + " where tenant_id = 'default'").getSingleResult()).longValue());
            } finally {
                em.close();
            }
        }
    }

    private static void assertNoLibraryTable(List<String> tables) {
        assertEquals(List.of(), tables.stream().filter(t -> t.startsWith("t4j_")).toList(),
                "the default schema holds no library table");
    }

    private static List<String> sorted(List<String> tables, String... more) {
        return Stream.concat(tables.stream(), Stream.of(more)).sorted().toList();
    }
}
