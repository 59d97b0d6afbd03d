package io.github.tickets4j.benchmarks.jpa;

import io.github.tickets4j.benchmarks.data.Dataset;
import io.github.tickets4j.benchmarks.jdbc.BulkLoader;
import io.github.tickets4j.benchmarks.jdbc.Database;
import io.github.tickets4j.benchmarks.jdbc.RawFollowUp;
import io.github.tickets4j.benchmarks.jdbc.Rows;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.jpa.Numbering;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
 * Whether one command costs the same on a ticket with a long history as on a fresh one: adding an internal
 * follow-up note through the desk on the JPA adapter, to a ticket whose history holds {@link #history} entries,
 * against the same command written by hand ({@link RawFollowUp}: read the state, compare-and-set update, append
 * one entry). The target: the adapter's time at 10,000 entries ÷ its time on a fresh ticket ≤ 1.3.
 *
 * <p>Each trial creates two tickets through the desk, one for each side, then gives both the same long history
 * the fast way: {@code history - 1} entries bulk-written with plain JDBC (COPY on PostgreSQL) numbered 1 and up,
 * and the ticket's version set to match. After every command the entry it appended is deleted and the version set
 * back (not measured), so every measured command runs on a ticket with exactly {@link #history} entries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HistoryLengthBenchmark {
    /** The schema of a trial; one per history length, so trials of both lengths can also run side by side. */
    private static final String SCHEMA = "t4j_bench_history_";
    private static final String NOTE = "Called the customer back";
    private static final TicketCommand FOLLOW_UP = new TicketCommand.AddFollowUp(NOTE);

    /** The database. */
    @Param({"postgresql", "h2"})
    public String db;

    /** How many entries the ticket's history holds when the command runs; 1 is a fresh ticket (its creation). */
    @Param({"1", "10000"})
    public int history;

    private final Actor actor = Dataset.operations();
    /**
     * Both sides' time: a running clock, so that every note moves the ticket's activity times as a real one does
     * (under a stopped clock the adapter would find them unchanged and write the version only).
     */
    private final Clock clock = Clock.tickMillis(ZoneOffset.UTC);
    private AdapterDesk adapter;
    private RawFollowUp raw;
    private Connection undo;
    private PreparedStatement dropAppended;
    private PreparedStatement resetVersion;
    private Ticket adapterTicket;
    private Ticket rawTicket;
    private Ticket touched;

    /**
     * Creates the schema, the two tickets and their histories, and both sides.
     *
     * @throws SQLException if the database refuses
     */
    @Setup(Level.Trial)
    public void open() throws SQLException {
        if (history < 1) {
            throw new IllegalArgumentException("history must be at least 1 (the creation entry), was " + history);
        }
        Database database = Database.of(db);
        String schema = SCHEMA + history;
        EmptySchema.create(database, schema);
        adapter = AdapterDesk.open(database, schema, Numbering.GAPLESS, clock);
        var commands = Dataset.newTickets(2);
        adapterTicket = adapter.desk().create(actor, commands[0]);
        rawTicket = adapter.desk().create(actor, commands[1]);
        undo = database.connect(schema);
        lengthen(database, adapterTicket);
        lengthen(database, rawTicket);
        if (database == Database.POSTGRESQL) {
            try (Statement s = undo.createStatement()) {
                // Fresh statistics for the planner, after the bulk write, on both sides of the ratio alike.
                s.execute("VACUUM ANALYZE");
            }
        }
        dropAppended = undo.prepareStatement("DELETE FROM t4j_timeline_entry WHERE tenant_id = 'default' AND ticket_id = ? AND seq >= ?");
        resetVersion = undo.prepareStatement("UPDATE t4j_ticket SET version = ? WHERE tenant_id = 'default' AND id = ?");
        raw = new RawFollowUp(database, schema);
        check();
    }

    /** Makes sure each side's command meets a history of the intended length and the undo restores it. */
    private void check() throws SQLException {
        for (int round = 0; round < 2; round++) {
            long version = adapterFollowUp().version();
            TimelineEntry newest = adapter.desk().history(actor, adapterTicket.number(), HistoryQuery.newest(2))
                    .entries().get(0);
            expect(version == history && newest.sequence() == history && newest.detail().equals(Optional.of(NOTE)),
                    "the adapter's command wrote version " + version + " and entry " + newest);
            restore();
            version = rawFollowUp();
            expect(version == history, "the hand-written command wrote version " + version);
            restore();
        }
    }

    private void expect(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("On a ticket with " + history + " history entries " + what
                    + ", expected version and entry " + history);
        }
    }

    /** Gives a ticket entries 1 to history - 1 (follow-up notes, every third one public) and the version to match. */
    private void lengthen(Database database, Ticket ticket) throws SQLException {
        List<Object[]> rows = new ArrayList<>(history);
        for (long seq = 1; seq < history; seq++) {
            TimelineEntry e = new TimelineEntry(UUID.randomUUID(), seq, ticket.createdAt().plusSeconds(seq),
                    actor.id(), TimelineAction.FOLLOW_UP_ADDED, Optional.empty(), Optional.empty(),
                    Optional.of("Earlier note number " + seq + " on this ticket"),
                    seq % 3 == 0 ? Audience.PUBLIC : Audience.INTERNAL);
            rows.add(Rows.entry(ticket.tenant(), ticket.id(), e));
        }
        undo.setAutoCommit(false);
        BulkLoader.write(undo, database, Rows.TIMELINE_TABLE, Rows.TIMELINE, rows);
        try (PreparedStatement version = undo.prepareStatement("UPDATE t4j_ticket SET version = ? WHERE tenant_id = 'default' AND id = ?")) {
            Rows.bind(version, new Object[] {history - 1L, ticket.id().value().toString()});
            version.executeUpdate();
        }
        undo.commit();
        undo.setAutoCommit(true);
    }

    /**
     * Takes the entry the last command appended away again and sets the ticket's version back, so the next
     * command meets the same history length.
     *
     * @throws SQLException if the database refuses
     */
    @TearDown(Level.Invocation)
    public void restore() throws SQLException {
        if (touched == null) {
            return;
        }
        String id = touched.id().value().toString();
        Rows.bind(dropAppended, new Object[] {id, (long) history});
        dropAppended.executeUpdate();
        Rows.bind(resetVersion, new Object[] {history - 1L, id});
        resetVersion.executeUpdate();
        touched = null;
    }

    /**
     * Closes both sides.
     *
     * @throws SQLException if closing fails
     */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        adapter.close();
        raw.close();
        undo.close();
    }

    /**
     * Adds the note through the desk and the adapter.
     *
     * @return the ticket's new state
     */
    @Benchmark
    public Ticket adapterFollowUp() {
        touched = adapterTicket;
        return adapter.desk().execute(actor, adapterTicket.number(), FOLLOW_UP);
    }

    /**
     * Adds the same note with hand-written JDBC.
     *
     * @return the ticket's new version
     * @throws SQLException if a statement fails
     */
    @Benchmark
    public long rawFollowUp() throws SQLException {
        touched = rawTicket;
        return raw.addFollowUp(actor.id(), rawTicket.number(), NOTE, clock.instant());
    }
}
