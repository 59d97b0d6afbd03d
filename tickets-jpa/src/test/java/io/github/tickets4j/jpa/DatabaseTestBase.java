package io.github.tickets4j.jpa;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.spi.EventPublisher;
import io.github.tickets4j.core.spi.NumberSequence;
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
 * One database per test class: the schema script runs once, Hibernate validates it, and every test starts from
 * empty tables. Subclasses name the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseTestBase {
    EntityManagerFactory factory;
    JpaTransactions transactions;
    JpaTicketStore store;
    MovableClock clock;

    abstract TestDatabase database();

    @BeforeAll
    void openDatabase() {
        database().requireReachable();
        database().recreateSchema();
        factory = database().factory();
        transactions = JpaTransactions.resourceLocal(factory);
        store = new JpaTicketStore(transactions);
    }

    @BeforeEach
    void emptyTables() {
        database().clean();
        clock = new MovableClock(Instant.parse("2026-03-02T09:00:00.123Z"), ZoneId.of("Europe/Berlin"));
    }

    @AfterAll
    void closeDatabase() {
        if (factory != null) {
            factory.close();
        }
    }

    /** A desk of the ISP workflow on this database, in the given transactions. */
    TicketDesk desk(JpaTransactions tx, NumberSequence numbers, EventPublisher events) {
        return TicketDesk.builder().workflow(Samples.WORKFLOW).store(new JpaTicketStore(tx)).transactions(tx)
                .numbers(numbers).events(events).directory(Samples.directory()).clock(clock).build();
    }

    JpaNumberSequence sequence() {
        return JpaNumberSequence.sequence(transactions, database().kind);
    }

    JpaNumberSequence gapless() {
        return JpaNumberSequence.gapless(transactions);
    }

    void insertAll(List<Ticket> tickets) {
        transactions.inTransaction(() -> {
            tickets.forEach(store::insert);
            return null;
        });
    }

    /** Rows in a table, counted over JDBC, outside Tickets4j. */
    long rows(String table) {
        return database().queryLong("select count(*) from " + table);
    }
}
