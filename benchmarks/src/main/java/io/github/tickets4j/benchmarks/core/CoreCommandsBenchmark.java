package io.github.tickets4j.benchmarks.core;

import io.github.tickets4j.benchmarks.data.Dataset;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.AccessTarget;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Decision;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketNumber;
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
 * The core's commands in memory, through the public {@link TicketDesk} facade with the in-memory store: what one
 * command costs in the library itself (validation, policy, workflow, aggregate, store), with no database.
 *
 * <p>Every iteration starts from a fresh desk holding {@code tickets} tickets, so the store's memory does not grow
 * without bound; follow-ups and transitions go round-robin over those tickets. (A command never reads the
 * ticket's history, so the history's length does not matter here; {@code jpa.HistoryLengthBenchmark} measures
 * that on a database.)
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CoreCommandsBenchmark {
    private static final TicketCommand FOLLOW_UP = new TicketCommand.AddFollowUp("Called the customer back");
    /** One ticket's cycle through the standard workflow: OPEN → IN_PROGRESS → CLOSED → (Admin) OPEN. */
    private static final TicketCommand[] CYCLE = {new TicketCommand.ChangeStatus("IN_PROGRESS"),
        new TicketCommand.Close(), new TicketCommand.Reopen()};

    private final Actor operations = Dataset.operations();
    private final Actor admin = Dataset.admin();
    private final Actor sales = Dataset.sales();
    private final RoleMatrix policy = RoleMatrix.standard();
    private final InMemoryDirectory directory = Dataset.directory();
    /** How many tickets each iteration's desk starts with. */
    @Param("10000")
    public int tickets;

    private CreateTicket[] commands;
    private TicketDesk desk;
    private TicketNumber[] pool;
    private AccessTarget salesTicket;
    private long next;

    /** Fills a fresh desk with the pool of tickets. */
    @Setup(Level.Iteration)
    public void freshDesk() {
        desk = Dataset.desk().inMemory().build();
        commands = Dataset.newTickets(tickets);
        pool = new TicketNumber[tickets];
        for (int i = 0; i < tickets; i++) {
            pool[i] = desk.create(admin, commands[i]).number();
        }
        // Project P0007 is one of the 50 assigned to sales-7: the check has to look through the directory.
        salesTicket = AccessTarget.of(desk.find(admin, pool[7]).orElseThrow());
        next = 0;
    }

    /**
     * Creates a ticket: validation, permission, number, aggregate, insert.
     *
     * @return the new ticket
     */
    @Benchmark
    public Ticket create() {
        return desk.create(operations, commands[(int) (next++ % tickets)]);
    }

    /**
     * Adds an internal follow-up note to a ticket.
     *
     * @return the changed ticket
     */
    @Benchmark
    public Ticket addFollowUp() {
        return desk.execute(operations, pool[(int) (next++ % tickets)], FOLLOW_UP);
    }

    /**
     * Moves a ticket one step along the workflow (start, close, or an Admin's reopen).
     *
     * @return the changed ticket
     */
    @Benchmark
    public Ticket transition() {
        long i = next++;
        return desk.execute(admin, pool[(int) (i % tickets)], CYCLE[(int) (i / tickets % CYCLE.length)]);
    }

    /**
     * Asks the standard role matrix whether a Sales user may follow up on a ticket of one of their projects.
     *
     * @return the decision
     */
    @Benchmark
    public Decision permissionCheck() {
        return policy.decide(sales, Permission.FOLLOW_UP, salesTicket, directory);
    }
}
