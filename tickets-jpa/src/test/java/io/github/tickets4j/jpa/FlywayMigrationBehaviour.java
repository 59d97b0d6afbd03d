package io.github.tickets4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The shipped schema run by Flyway from the folder {@code db/tickets4j/<db>}, with the history table
 * {@code t4j_schema_history} of the library's own: a fresh install passes Hibernate's validation; a 0.1 database
 * (V1 only, follow-ups and timeline rows written in plain SQL) upgrades and reads back through the desk; a 0.2
 * database without tenants upgrades into the default tenant; a V3 database with tickets upgrades to V4, its tickets
 * rated and given guest passes afterwards; a 0.1 database created by hand is baselined at
 * version 1; a host's own Flyway V1 lives in the same schema.
 */
abstract class FlywayMigrationBehaviour extends MigrationToolBase {
    @Test
    void flywayFreshInstallPassesHibernateValidation() {
        MigrateResult result = libraryFlyway().load().migrate();
        assertEquals(List.of("1", "2", "3", "4"), result.migrations.stream().map(m -> m.version).toList());
        assertEquals("4", libraryFlyway().load().info().current().getVersion().getVersion());
        assertEquals(List.of(true, true, true, true), Arrays.stream(libraryFlyway().load().info().applied())
                .map(m -> m.getState().isApplied() && !m.getState().isFailed()).toList());
        assertValidates();
    }

    @Test
    void flywayUpgradesA01DatabaseAndTheDeskReadsItsTicketsAndHistory() throws SQLException {
        assertEquals(1, libraryFlyway().target("1").load().migrate().migrationsExecuted);
        DataOf01.write(database());
        MigrateResult upgrade = libraryFlyway().load().migrate();
        assertEquals(List.of("2", "3", "4"), upgrade.migrations.stream().map(m -> m.version).toList());
        assertUpgradedDataReadsBack();
    }

    @Test
    void flywayUpgradesA02DatabaseWithoutTenantsIntoTheDefaultTenant() throws SQLException {
        assertEquals(1, libraryFlyway().target("1").load().migrate().migrationsExecuted);
        DataOf01.write(database());
        assertEquals(1, libraryFlyway().target("2").load().migrate().migrationsExecuted);
        MigrateResult upgrade = libraryFlyway().load().migrate();
        assertEquals(List.of("3", "4"), upgrade.migrations.stream().map(m -> m.version).toList());
        assertUpgradedDataReadsBack();
    }

    @Test
    void flywayUpgradesAV3DatabaseWithTicketsToRatingsAndGuestPasses() throws SQLException {
        assertEquals(1, libraryFlyway().target("1").load().migrate().migrationsExecuted);
        DataOf01.write(database());
        assertEquals(2, libraryFlyway().target("3").load().migrate().migrationsExecuted);
        MigrateResult upgrade = libraryFlyway().load().migrate();
        assertEquals(List.of("4"), upgrade.migrations.stream().map(m -> m.version).toList());
        assertUpgradedDataReadsBack();
        assertTicketsAreRatedAndGuestPassesIssuedAfterV4();
    }

    @Test
    void flywayBaselinesA01DatabaseCreatedByHandAtVersion1AndRunsTheLaterScripts() throws SQLException {
        database().recreateSchemaOf01();
        DataOf01.write(database());
        MigrateResult upgrade = libraryFlyway().baselineOnMigrate(true).baselineVersion("1").load().migrate();
        assertEquals(List.of("2", "3", "4"), upgrade.migrations.stream().map(m -> m.version).toList());
        assertUpgradedDataReadsBack();
    }

    @Test
    void aHostsOwnFlywayV1RunsInTheSameSchemaAlongsideTheLibrarysMigrations() {
        Flyway host = Flyway.configure().dataSource(new ScratchDataSource(database()))
                .locations("classpath:db/host-sample").load();
        assertEquals(1, host.migrate().migrationsExecuted);
        // The schema is no longer empty, so the library's first run baselines its own history below V1.
        assertEquals(4, libraryFlyway().baselineOnMigrate(true).baselineVersion("0").load().migrate()
                .migrationsExecuted);
        assertEquals(0, host.migrate().migrationsExecuted, "the host's history is its own");
        assertEquals(0, libraryFlyway().load().migrate().migrationsExecuted, "and so is the library's");
        assertEquals("1", host.info().current().getVersion().getVersion());
        assertEquals("4", libraryFlyway().load().info().current().getVersion().getVersion());
        assertEquals("the host was here", database().queryString("select note from host_note where id = 1"));
        assertValidates();

        // What the separate history table avoids: one Flyway over both locations sees two version 1 migrations.
        FlywayException clash = assertThrows(FlywayException.class, () -> Flyway.configure()
                .dataSource(new ScratchDataSource(database())).table("shared_history_probe")
                .locations("classpath:db/host-sample", "classpath:" + folder()).load().info());
        assertTrue(clash.getMessage().contains("more than one migration with version 1"), clash::getMessage);
    }
}
