package io.github.tickets4j.jpa;

import static io.github.tickets4j.core.ticket.TenantId.DEFAULT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.GuestPass;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.SortField;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.stats.RatingStats;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.ticket.FollowUp;
import io.github.tickets4j.core.ticket.Rating;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.UserId;
import jakarta.persistence.EntityManagerFactory;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the Flyway and Liquibase tests share: an empty scratch schema before each test, the library's tool
 * configurations (history tables of its own), 0.1 data written in plain SQL, and the checks that the result is the
 * schema the entities expect and that upgraded data reads back through the desk.
 */
abstract class MigrationToolBase {
    static final String FLYWAY_TABLE = "t4j_schema_history";
    static final String LIQUIBASE_TABLE = "T4J_DATABASECHANGELOG";
    static final String LIQUIBASE_LOCK_TABLE = "T4J_DATABASECHANGELOGLOCK";

    /** Held, so that the level set on it stays. */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    static {
        // No usage reports from a test run, and no summary or progress lines.
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showSummaryOutput", "log");
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    abstract TestDatabase database();

    @BeforeEach
    void emptySchema() throws SQLException {
        database().requireReachable();
        try (Connection c = database().connect(); Statement s = c.createStatement()) {
            switch (database()) {
                case H2 -> s.execute("drop all objects");
                case POSTGRESQL -> {
                    for (String table : strings(s,
                            "select tablename from pg_tables where schemaname = current_schema()")) {
                        s.execute("drop table if exists \"" + table + "\" cascade");
                    }
                    s.execute("drop sequence if exists " + TestDatabase.SEQUENCE_OF_01);
                }
                case MARIADB -> {
                    s.execute("set foreign_key_checks = 0");
                    for (String table : strings(s, "select table_name from information_schema.tables where"
                            + " table_schema = database() and table_type = 'BASE TABLE'")) {
                        s.execute("drop table if exists `" + table + "`");
                    }
                    s.execute("set foreign_key_checks = 1");
                    s.execute("drop sequence if exists " + TestDatabase.SEQUENCE_OF_01);
                }
            }
        }
    }

    String folder() {
        String first = database().kind.schemaScripts().get(0);
        return first.substring(0, first.lastIndexOf('/'));
    }

    /** The library's Flyway, as the README tells hosts to configure it. */
    org.flywaydb.core.api.configuration.FluentConfiguration libraryFlyway() {
        return Flyway.configure().dataSource(new ScratchDataSource(database())).locations("classpath:" + folder())
                .table(FLYWAY_TABLE);
    }

    /** The library's Liquibase changelog on a fresh connection, with changelog tables of its own. */
    Liquibase libraryLiquibase() throws Exception {
        Database db = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(database().connect()));
        db.setDatabaseChangeLogTableName(LIQUIBASE_TABLE);
        db.setDatabaseChangeLogLockTableName(LIQUIBASE_LOCK_TABLE);
        return new Liquibase(folder() + "/tickets4j-changelog.xml", new ClassLoaderResourceAccessor(), db);
    }

    List<String> liquibaseIds() throws SQLException {
        try (Connection c = database().connect(); Statement s = c.createStatement()) {
            return strings(s, "select id from " + LIQUIBASE_TABLE
                    + " where author = 'tickets4j' order by orderexecuted");
        }
    }

    void assertValidates() {
        try (EntityManagerFactory factory = database().factory()) {
            assertTrue(factory.isOpen());
        }
        assertEquals(0, database().queryLong("select last_value from t4j_number_counter where name = 'tickets'"));
    }

    void assertUpgradedDataReadsBack() {
        assertThrows(IllegalStateException.class, () -> database().queryLong("select count(*) from t4j_follow_up"),
                "the follow-up table is gone");
        try (EntityManagerFactory factory = database().factory()) {
            JpaStorage storage = JpaStorage.resourceLocal(factory, database().kind);
            assertEquals(2, storage.rebuildDerivedData(), "both tickets hold an ß that lower() kept");
            TicketDesk desk = TicketDesk.builder().storage(storage).directory(Samples.directory())
                    .zone(ZoneOffset.UTC).clock(Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneOffset.UTC))
                    .build();
            Actor admin = Actor.of("root", Role.ADMIN);
            assertEquals(List.of("RE00000001", "RE00000002"), desk.search(admin,
                    TicketQuery.builder().text("STRASSE").build(), Sort.ascending(SortField.NUMBER),
                    PageRequest.first(10)).items().stream().map(t -> t.number().value()).toList());

            TicketStore store = storage.tickets();
            Ticket a = store.findByNumber(DEFAULT, TicketNumberFormat.DEFAULT.format(1)).orElseThrow();
            assertEquals(3, a.version());
            List<TimelineEntry> history = store.history(DEFAULT, a.id(), HistoryQuery.newest(50));
            assertEquals(List.of(3L, 2L, 1L, 0L), history.stream().map(TimelineEntry::sequence).toList());
            assertEquals(List.of(TimelineAction.FOLLOW_UP_ADDED, TimelineAction.ASSIGNED,
                    TimelineAction.FOLLOW_UP_ADDED, TimelineAction.CREATED),
                    history.stream().map(TimelineEntry::action).toList());
            assertEquals(List.of(Audience.INTERNAL, Audience.INTERNAL, Audience.PUBLIC, Audience.PUBLIC),
                    history.stream().map(TimelineEntry::audience).toList());
            FollowUp called = history.get(2).followUp().orElseThrow();
            assertEquals(List.of("Called the customer", Optional.of(LocalDate.of(2026, 3, 4)), Audience.PUBLIC),
                    List.of(called.note(), called.followUpDate(), called.audience()));

            Ticket b = store.findByNumber(DEFAULT, TicketNumberFormat.DEFAULT.format(2)).orElseThrow();
            List<TimelineEntry> imported = store.history(DEFAULT, b.id(), HistoryQuery.newest(50));
            assertEquals(List.of(TimelineAction.FOLLOW_UP_ADDED, TimelineAction.CLOSED, TimelineAction.CREATED),
                    imported.stream().map(TimelineEntry::action).toList());
            assertEquals("Imported without an entry", imported.get(0).followUp().orElseThrow().note());

            Ticket a4 = desk.execute(admin, a.number(), new AddFollowUp("After the upgrade"));
            assertEquals(4, a4.version());
            TimelineEntry newest = store.history(DEFAULT, a.id(), HistoryQuery.newest(1)).get(0);
            assertEquals(List.of(4L, "After the upgrade"), List.of(newest.sequence(), newest.detail().orElseThrow()));
            DataOf01.assertUpgradedIntoTheDefaultTenant(database(), factory, DataOf01.SEQUENCE);
        }
    }

    /**
     * After V4: the upgraded tickets are unrated, a rating written through the store reads back, and a guest pass of
     * an upgraded ticket is stored and found by its token's hash.
     */
    void assertTicketsAreRatedAndGuestPassesIssuedAfterV4() {
        assertEquals(0, database().queryLong("select count(*) from t4j_ticket where rating_score is not null"
                + " or rated_at is not null"), "the upgrade rates no ticket");
        try (EntityManagerFactory factory = database().factory()) {
            JpaStorage storage = JpaStorage.resourceLocal(factory, database().kind);
            TicketStore store = storage.tickets();
            Ticket a = store.findByNumber(DEFAULT, TicketNumberFormat.DEFAULT.format(1)).orElseThrow();
            assertEquals(Optional.empty(), a.rating());
            Instant resolved = Instant.parse("2026-03-11T08:00:00.5Z");
            Rating rating = new Rating(5, Optional.of("Works again"), resolved.plusSeconds(600), UserId.of("sam"));
            storage.transactions().inTransaction(() -> {
                store.update(Samples.change(a, b -> b.resolvedAt(resolved).rating(rating)));
                return null;
            });
            assertEquals(Optional.of(rating), store.findById(DEFAULT, a.id()).orElseThrow().rating());
            TicketCriteria ratedThen = Samples.criteria(TicketQuery.builder()
                    .ratedBetween(rating.at(), rating.at().plusSeconds(1)).build(), List.of(ViewableTickets.all()));
            assertEquals(RatingStats.of(new long[] {0, 0, 0, 0, 1}), store.ratings(ratedThen));

            GuestPass pass = new GuestPass(UUID.randomUUID(), DEFAULT, a.id(), "0123456789abcdef".repeat(4),
                    resolved, UserId.of("sam"), Optional.empty(), Optional.empty());
            storage.transactions().inTransaction(() -> {
                storage.guestPasses().insert(pass);
                return null;
            });
            assertEquals(Optional.of(pass), storage.guestPasses().findByTokenHash(DEFAULT, pass.tokenHash()));
        }
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** This JVM's scratch schema of a test database as a data source, for Flyway. */
    record ScratchDataSource(TestDatabase database) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return database.connect();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return database.connect();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
