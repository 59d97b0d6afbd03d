package io.github.tickets4j.benchmarks.jpa;

import io.github.tickets4j.benchmarks.data.Dataset;
import io.github.tickets4j.benchmarks.jdbc.BulkLoader;
import io.github.tickets4j.benchmarks.jdbc.Database;
import io.github.tickets4j.benchmarks.jdbc.RawQueries;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.stats.Dashboard;
import io.github.tickets4j.core.stats.Report;
import io.github.tickets4j.jpa.Numbering;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * The dashboard and the 30-day report over a bulk-loaded ticket table, through the desk on the JPA adapter
 * against the hand-written SQL of {@link RawQueries}, as staff see them (every ticket) and as a customer's user sees
 * them in the portal (their customer's tickets not hidden from customers, internal fields blanked). Before
 * measuring, each trial checks that both give the same dashboard and the same report, so the ratio compares the
 * same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JpaDashboardBenchmark {
    /** The database. */
    @Param({"postgresql", "h2"})
    public String db;

    /** How many tickets the table holds. */
    @Param({"10000", "100000", "1000000"})
    public int tickets;

    /**
     * Who opens the dashboard: {@code staff}, an Operations user who sees every ticket, or {@code customer}, a user
     * of {@link Dataset#CUSTOMER}.
     */
    @Param({"staff", "customer"})
    public String viewer;

    private Actor actor;
    private AdapterDesk adapter;
    private Connection connection;
    private RawQueries raw;

    /**
     * Loads the data set (or reuses a loaded one), opens both sides and checks they agree.
     *
     * @throws SQLException if the database refuses
     * @throws IllegalArgumentException if {@link #viewer} is neither {@code staff} nor {@code customer}
     * @throws IllegalStateException if the adapter and the hand-written SQL disagree
     */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        Database database = Database.of(db);
        String schema = BulkLoader.ensure(database, tickets);
        boolean staff = switch (viewer) {
            case "staff" -> true;
            case "customer" -> false;
            default -> throw new IllegalArgumentException("viewer must be staff or customer, not " + viewer);
        };
        actor = staff ? Dataset.operations() : Dataset.customer();
        adapter = AdapterDesk.open(database, schema, Numbering.GAPLESS);
        connection = database.connect(schema);
        raw = new RawQueries(connection, staff ? Optional.empty() : Optional.of(Dataset.CUSTOMER));
        agree("dashboard", adapterDashboard(), rawDashboard());
        agree("report", adapterReport(), rawReport());
    }

    /**
     * Closes both sides.
     *
     * @throws SQLException if closing fails
     */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        adapter.close();
        connection.close();
    }

    /** @return the dashboard through the adapter */
    @Benchmark
    public Dashboard adapterDashboard() {
        return adapter.desk().dashboard(actor, Dataset.FILTER, Dataset.SORT, Dataset.PAGE);
    }

    /**
     * @return the dashboard by hand-written SQL
     * @throws SQLException if a query fails
     */
    @Benchmark
    public Dashboard rawDashboard() throws SQLException {
        return raw.dashboard();
    }

    /** @return the report through the adapter */
    @Benchmark
    public Report adapterReport() {
        return adapter.desk().report(actor, Dataset.PERIOD);
    }

    /**
     * @return the report by hand-written SQL
     * @throws SQLException if a query fails
     */
    @Benchmark
    public Report rawReport() throws SQLException {
        return raw.report();
    }

    private void agree(String what, Object adapterSide, Object rawSide) {
        if (!Objects.equals(adapterSide, rawSide)) {
            throw new IllegalStateException("The adapter and the hand-written SQL disagree on the " + what + " over "
                    + tickets + " tickets on " + db + " for " + viewer + ":\nadapter: " + adapterSide
                    + "\nraw:     " + rawSide);
        }
    }
}
