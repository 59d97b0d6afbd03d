package io.github.tickets4j.benchmarks.core;

import io.github.tickets4j.benchmarks.data.Dataset;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.stats.Dashboard;
import io.github.tickets4j.core.stats.Report;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The seed-000 dashboard and the 30-day report over the in-memory store, which computes them with the pure
 * {@link io.github.tickets4j.core.stats.Aggregates} (a scan per figure). Seen by an Operations user, who may view
 * every ticket.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoreDashboardBenchmark {
    /** How many tickets the store holds. */
    @Param({"10000", "100000", "1000000"})
    public int tickets;

    private final Actor viewer = Dataset.operations();
    private TicketDesk desk;

    /** Loads the data set into a fresh in-memory store. */
    @Setup(Level.Trial)
    public void load() {
        InMemoryStorage storage = new InMemoryStorage(tickets);
        for (long n = 1; n <= tickets; n++) {
            storage.tickets().insert(Dataset.stored(n));
        }
        desk = Dataset.desk().storage(storage).build();
    }

    /**
     * Builds the dashboard: KPIs, donut, overdue count and the first page of open tickets.
     *
     * @return the dashboard
     */
    @Benchmark
    public Dashboard dashboard() {
        return desk.dashboard(viewer, Dataset.FILTER, Dataset.SORT, Dataset.PAGE);
    }

    /**
     * Builds the report of the last 30 days.
     *
     * @return the report
     */
    @Benchmark
    public Report report() {
        return desk.report(viewer, Dataset.PERIOD);
    }
}
