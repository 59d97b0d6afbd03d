package io.github.tickets4j.benchmarks.jpa;

import io.github.tickets4j.benchmarks.data.Dataset;
import io.github.tickets4j.benchmarks.jdbc.Database;
import io.github.tickets4j.benchmarks.jdbc.RawCreate;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.jpa.Numbering;
import java.sql.SQLException;
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
 * Creating a ticket end to end, one thread: through the desk on the JPA adapter (validation, permission, number
 * from the sequence, ticket row, tag row, timeline row, one transaction) against hand-written JDBC writing the
 * same rows with the same sequence in one transaction ({@link RawCreate}). Each trial starts from an empty schema.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JpaCreateBenchmark {
    private static final String SCHEMA = "t4j_bench_create";
    private static final int COMMANDS = 1000;

    /** The database. */
    @Param({"postgresql", "h2"})
    public String db;

    private final Actor actor = Dataset.operations();
    private final CreateTicket[] commands = Dataset.newTickets(COMMANDS);
    private AdapterDesk adapter;
    private RawCreate raw;
    private int next;

    /**
     * Creates the empty schema, the adapter's desk and the hand-written statements.
     *
     * @throws SQLException if the database refuses
     */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        Database database = Database.of(db);
        EmptySchema.create(database, SCHEMA);
        adapter = AdapterDesk.open(database, SCHEMA, Numbering.GAPLESS);
        raw = new RawCreate(database, SCHEMA);
    }

    /**
     * Closes the connections.
     *
     * @throws SQLException if closing fails
     */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        adapter.close();
        raw.close();
    }

    /**
     * Creates a ticket through the desk and the adapter.
     *
     * @return the ticket
     */
    @Benchmark
    public Ticket adapterCreate() {
        return adapter.desk().create(actor, commands[next++ % COMMANDS]);
    }

    /**
     * Creates the same ticket with hand-written JDBC.
     *
     * @return its sequence value
     * @throws SQLException if a statement fails
     */
    @Benchmark
    public long rawCreate() throws SQLException {
        return raw.create(actor.id(), commands[next++ % COMMANDS]);
    }
}
