package io.github.tickets4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import org.junit.jupiter.api.Test;

/**
 * The shipped schema run by Liquibase from {@code db/tickets4j/<db>/tickets4j-changelog.xml}, which includes the
 * very V-scripts Flyway runs, with changelog tables of the library's own ({@code T4J_DATABASECHANGELOG}): a fresh
 * install passes Hibernate's validation; a 0.1 database (changeset 1 only, follow-ups and timeline rows written in
 * plain SQL) upgrades and reads back through the desk; a V3 database with tickets upgrades to V4, its tickets rated
 * and given guest passes afterwards.
 */
abstract class LiquibaseMigrationBehaviour extends MigrationToolBase {
    @Test
    void liquibaseFreshInstallPassesHibernateValidation() throws Exception {
        try (Liquibase liquibase = libraryLiquibase()) {
            liquibase.update(new Contexts(), new LabelExpression());
        }
        assertEquals(List.of("1", "2", "3", "4"), liquibaseIds());
        assertValidates();
    }

    @Test
    void liquibaseUpgradesA01DatabaseAndTheDeskReadsItsTicketsAndHistory() throws Exception {
        try (Liquibase liquibase = libraryLiquibase()) {
            liquibase.update(1, new Contexts(), new LabelExpression());
        }
        assertEquals(List.of("1"), liquibaseIds());
        DataOf01.write(database());
        try (Liquibase liquibase = libraryLiquibase()) {
            liquibase.update(new Contexts(), new LabelExpression());
        }
        assertEquals(List.of("1", "2", "3", "4"), liquibaseIds());
        assertUpgradedDataReadsBack();
    }

    @Test
    void liquibaseUpgradesAV3DatabaseWithTicketsToRatingsAndGuestPasses() throws Exception {
        try (Liquibase liquibase = libraryLiquibase()) {
            liquibase.update(1, new Contexts(), new LabelExpression());
        }
        DataOf01.write(database());
        try (Liquibase liquibase = libraryLiquibase()) {
            liquibase.update(2, new Contexts(), new LabelExpression());
        }
        assertEquals(List.of("1", "2", "3"), liquibaseIds());
        try (Liquibase liquibase = libraryLiquibase()) {
            liquibase.update(new Contexts(), new LabelExpression());
        }
        assertEquals(List.of("1", "2", "3", "4"), liquibaseIds());
        assertUpgradedDataReadsBack();
        assertTicketsAreRatedAndGuestPassesIssuedAfterV4();
    }

    @Test
    void liquibaseMarksChangeset1OfA01DatabaseCreatedByHandAndRunsTheLaterChangesets() throws Exception {
        database().recreateSchemaOf01();
        DataOf01.write(database());
        try (Liquibase liquibase = libraryLiquibase()) {
            liquibase.markNextChangeSetRan(new Contexts(), new LabelExpression());
        }
        try (Liquibase liquibase = libraryLiquibase()) {
            liquibase.update(new Contexts(), new LabelExpression());
        }
        assertEquals(List.of("1", "2", "3", "4"), liquibaseIds());
        assertUpgradedDataReadsBack();
    }

    @Test
    void aHostsMasterChangelogIncludesTheLibrarysChangelogNextToItsOwnChangesets() throws Exception {
        Database db = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(database().connect()));
        try (Liquibase liquibase = new Liquibase("db/host-liquibase/master.xml", new ClassLoaderResourceAccessor(),
                db)) {
            liquibase.setChangeLogParameter("t4j.db", folder().substring(folder().lastIndexOf('/') + 1));
            liquibase.update(new Contexts(), new LabelExpression());
        }
        try (Connection c = database().connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select author, id, filename from DATABASECHANGELOG order by orderexecuted")) {
            List<String> ran = new ArrayList<>();
            while (rs.next()) {
                ran.add(rs.getString(1) + ":" + rs.getString(2) + " " + rs.getString(3));
            }
            assertEquals(List.of("host:1 db/host-liquibase/master.xml",
                    "tickets4j:1 " + folder() + "/V1__tickets4j_schema.sql",
                    "tickets4j:2 " + folder() + "/V2__tickets4j_history_log.sql",
                    "tickets4j:3 " + folder() + "/V3__tickets4j_tenants.sql",
                    "tickets4j:4 " + folder() + "/V4__tickets4j_ratings_guests.sql"), ran,
                    "the same changeset paths as the library's changelog run alone");
        }
        assertValidates();
    }
}
