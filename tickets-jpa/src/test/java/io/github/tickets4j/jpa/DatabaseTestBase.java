package io.github.tickets4j.jpa;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.spi.EventPublisher;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.ticket.Ticket;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * One database per test class: the schema scripts (V1 then V2) run once, Hibernate validates them, and every test
 * starts from empty tables. Subclasses name the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseTestBase {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    EntityManagerFactory factory;
    /** Resource-local storage numbering with SEQUENCE. */
    JpaStorage storage;
    TicketStore store;
    MovableClock clock;

    abstract TestDatabase database();

    @BeforeAll
    void openDatabase() {
        database().requireReachable();
        database().recreateSchema();
        factory = database().factory();
        storage = JpaStorage.builder(factory, database().kind).numbering(Numbering.SEQUENCE).build();
        store = storage.tickets();
    }

    @BeforeEach
    void emptyTables() {
        database().clean();
        clock = new MovableClock(Instant.parse("2026-03-02T09:00:00.123Z"), ZONE);
    }

    @AfterAll
    void closeDatabase() {
        if (factory != null) {
            factory.close();
        }
    }

    /** A desk of the ISP workflow on this database, over the given storage. */
    TicketDesk desk(TicketStorage over, EventPublisher events) {
        return TicketDesk.builder().workflow(Samples.WORKFLOW).storage(over).events(events)
                .directory(Samples.directory()).clock(clock).zone(ZONE).build();
    }

    /** Resource-local storage with gapless numbering, on the same factory. */
    JpaStorage gapless() {
        return JpaStorage.builder(factory, database().kind).numbering(Numbering.GAPLESS).build();
    }

    /** Inserts tickets built by hand, in one transaction. */
    void insertAll(List<Ticket> tickets) {
        storage.transactions().inTransaction(() -> {
            tickets.forEach(t -> store.insert(Samples.creation(t)));
            return null;
        });
    }

    /** Rows in a table, counted over JDBC, outside Tickets4j. */
    long rows(String table) {
        return database().queryLong("select count(*) from " + table);
    }
}
