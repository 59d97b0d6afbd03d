package io.github.tickets4j.benchmarks.jpa;

import io.github.tickets4j.benchmarks.data.Dataset;
import io.github.tickets4j.benchmarks.jdbc.Database;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.jpa.Numbering;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.Threads;

/**
 * Ticket creation through the adapter by 1, 4 and 8 threads at once, numbered from the database sequence or the
 * gapless counter row. The counter row is locked by each creating transaction until it commits, so gapless
 * creations queue behind each other; the sequence never waits. Scores are total creations per second across all
 * threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NumberingBenchmark {
    private static final String SCHEMA = "t4j_bench_numbering";
    private static final int COMMANDS = 1000;

    /** The database. */
    @Param({"postgresql", "h2"})
    public String db;

    /** The numbering strategy's name ({@code Numbering} is no enum since it has {@code blocks(size)}). */
    @Param({"SEQUENCE", "GAPLESS"})
    public String numbering;

    private final Actor actor = Dataset.operations();
    private final CreateTicket[] commands = Dataset.newTickets(COMMANDS);
    private final AtomicInteger next = new AtomicInteger();
    private AdapterDesk adapter;

    /**
     * Creates the empty schema and the desk.
     *
     * @throws SQLException if the database refuses
     */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        Database database = Database.of(db);
        EmptySchema.create(database, SCHEMA);
        adapter = AdapterDesk.open(database, SCHEMA, "GAPLESS".equals(numbering) ? Numbering.GAPLESS
                : Numbering.SEQUENCE);
    }

    /** Closes the desk's connections. */
    @TearDown(Level.Trial)
    public void close() {
        adapter.close();
    }

    /** @return the created ticket */
    @Benchmark
    @Threads(1)
    public Ticket create1Thread() {
        return create();
    }

    /** @return the created ticket */
    @Benchmark
    @Threads(4)
    public Ticket create4Threads() {
        return create();
    }

    /** @return the created ticket */
    @Benchmark
    @Threads(8)
    public Ticket create8Threads() {
        return create();
    }

    private Ticket create() {
        return adapter.desk().create(actor, commands[Math.floorMod(next.getAndIncrement(), COMMANDS)]);
    }
}
