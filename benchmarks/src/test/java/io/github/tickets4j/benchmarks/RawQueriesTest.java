package io.github.tickets4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.benchmarks.data.Dataset;
import io.github.tickets4j.benchmarks.jdbc.BulkLoader;
import io.github.tickets4j.benchmarks.jdbc.Database;
import io.github.tickets4j.benchmarks.jdbc.RawQueries;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.stats.Dashboard;
import io.github.tickets4j.core.stats.Report;
import java.sql.Connection;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written baseline must compute what the library computes, or the ratios compare different work: on the
 * same bulk-loaded tickets, its dashboard and report equal the core's pure calculation, for staff and for a
 * customer's user (confined to their customer's public tickets, internal fields blanked).
 */
class RawQueriesTest {
    private static final int TICKETS = 3000;
    private static TicketDesk memory;

    @BeforeAll
    static void sameTicketsInMemory() {
        InMemoryStorage storage = new InMemoryStorage(TICKETS);
        for (long n = 1; n <= TICKETS; n++) {
            storage.tickets().insert(Dataset.stored(n));
        }
        memory = Dataset.desk().storage(storage).build();
    }

    @Test
    void handWrittenDashboardEqualsTheCoresOnBulkLoadedTickets() throws Exception {
        try (Connection c = Database.H2.connect(BulkLoader.ensure(Database.H2, TICKETS))) {
            assertEquals(memory.dashboard(Dataset.operations(), Dataset.FILTER, Dataset.SORT, Dataset.PAGE),
                    new RawQueries(c).dashboard());
        }
    }

    @Test
    void handWrittenReportEqualsTheCoresOnBulkLoadedTickets() throws Exception {
        try (Connection c = Database.H2.connect(BulkLoader.ensure(Database.H2, TICKETS))) {
            assertEquals(memory.report(Dataset.operations(), Dataset.PERIOD), new RawQueries(c).report());
        }
    }

    @Test
    void handWrittenCustomerDashboardEqualsTheDesksConfinedAndRedactedOne() throws Exception {
        Dashboard expected = memory.dashboard(Dataset.customer(), Dataset.FILTER, Dataset.SORT, Dataset.PAGE);
        try (Connection c = Database.H2.connect(BulkLoader.ensure(Database.H2, TICKETS))) {
            assertEquals(expected, new RawQueries(c, Optional.of(Dataset.CUSTOMER)).dashboard());
        }
        // Not a vacuous comparison: the customer has open tickets, and hidden ones the filter leaves out.
        assertTrue(expected.openTickets().total() > 0, expected::toString);
        assertTrue(LongStream.rangeClosed(1, TICKETS).mapToObj(Dataset::ticket)
                .anyMatch(t -> t.customer().equals(Optional.of(Dataset.CUSTOMER)) && t.hiddenFromCustomer()));
    }

    @Test
    void handWrittenCustomerReportEqualsTheDesksConfinedAndRedactedOne() throws Exception {
        Report expected = memory.report(Dataset.customer(), Dataset.PERIOD);
        try (Connection c = Database.H2.connect(BulkLoader.ensure(Database.H2, TICKETS))) {
            assertEquals(expected, new RawQueries(c, Optional.of(Dataset.CUSTOMER)).report());
        }
    }
}
