package io.github.tickets4j.core.memory;

import io.github.tickets4j.core.ConcurrentTicketModificationException;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.stats.Aggregates;
import io.github.tickets4j.core.stats.DurationStats;
import io.github.tickets4j.core.stats.RatingStats;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.TimelineEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The in-memory {@link TicketStore} of {@link InMemoryStorage}, with snapshot reads. Each ticket is a short chain of
 * immutable versions (state plus the newest {@link HistoryNode} of its history), each stamped with the number of the
 * unit of work that wrote it. Units of work that write run one at a time under a lock and undo their writes when they
 * fail; a unit that only reads pins the number of the last committed write and sees exactly the versions committed up
 * to it, however long it takes and whatever writers do meanwhile, without taking the lock. Nothing uncommitted is ever
 * read outside the unit that wrote it. Versions no running reader can see any more are dropped as writers pass.
 * Thread-safe.
 */
public final class InMemoryTicketStore implements TicketStore {
    private final Map<TicketId, Version> byId = new ConcurrentHashMap<>();
    private final Map<Numbered, TicketId> byNumber = new ConcurrentHashMap<>();
    private final ReentrantLock writes = new ReentrantLock();
    private final ThreadLocal<Unit> unit = new ThreadLocal<>();
    private final Snapshots snapshots = new Snapshots();
    /** Tickets whose chain still holds versions some reader may see; pruned again at later commits. */
    private final java.util.Set<TicketId> unpruned = new java.util.HashSet<>();
    private volatile long committed;

    /**
     * One version of a ticket, written by unit {@code at}, and the version it replaced; {@code ticket} is null for a
     * deletion. Not a record: equals and toString would walk the chain and the history.
     */
    private static final class Version {
        final Ticket ticket;
        final HistoryNode newest;
        final long at;
        final Version previous;

        Version(Ticket ticket, HistoryNode newest, long at, Version previous) {
            this.ticket = ticket;
            this.newest = newest;
            this.at = at;
            this.previous = previous;
        }
    }

    /** The unit of work running on a thread: a writer's number and undo log, or a reader's snapshot. */
    /** A number is unique within its tenant only: every tenant numbers from 1. */
    private record Numbered(TenantId tenant, TicketNumber number) {
        static Numbered of(Ticket ticket) {
            return new Numbered(ticket.tenant(), ticket.number());
        }
    }

    private record Unit(long number, Map<TicketId, Optional<Version>> undo) {
        boolean writes() {
            return undo != null;
        }
    }

    InMemoryTicketStore() {
    }

    @Override
    public void insert(Change change) {
        Ticket ticket = change.ticket();
        write(w -> {
            Optional<Ticket> stored = visible(byId.get(ticket.id()), w);
            if (stored.isPresent()) {
                throw new TicketsException("Ticket id " + ticket.id() + " is taken");
            }
            if (byNumber(Numbered.of(ticket), w).isPresent()) {
                throw new TicketsException("Ticket number " + ticket.number() + " is taken in tenant "
                        + ticket.tenant());
            }
            if (change.expectedVersion() != -1) {
                throw new TicketsException("Ticket " + ticket.number() + " is new, so its version must be 0, was "
                        + ticket.version());
            }
            put(ticket.id(), ticket, HistoryNode.append(null, change.entries()));
        });
    }

    @Override
    public void update(Change change) {
        Ticket ticket = change.ticket();
        write(w -> {
            Version current = current(ticket, change.expectedVersion(), w);
            put(ticket.id(), ticket, HistoryNode.append(current.newest, change.entries()));
        });
    }

    @Override
    public void delete(Ticket ticket) {
        write(w -> {
            current(ticket, ticket.version(), w);
            put(ticket.id(), null, null);
        });
    }

    @Override
    public List<TimelineEntry> history(TenantId tenant, TicketId ticket, HistoryQuery query) {
        return read(snapshot -> {
            Version version = version(byId.get(ticket), snapshot);
            boolean theirs = version != null && version.ticket != null && version.ticket.tenant().equals(tenant);
            return HistoryNode.page(theirs ? version.newest : null, query);
        });
    }

    @Override
    public Optional<Ticket> findById(TenantId tenant, TicketId id) {
        return read(snapshot -> visible(byId.get(id), snapshot).filter(t -> t.tenant().equals(tenant)));
    }

    @Override
    public Optional<Ticket> findByNumber(TenantId tenant, TicketNumber number) {
        return read(snapshot -> byNumber(new Numbered(tenant, number), snapshot));
    }

    @Override
    public Page<TicketSummary> find(TicketCriteria criteria, Sort sort, PageRequest page) {
        return read(snapshot -> Aggregates.find(tickets(snapshot), criteria, sort, page));
    }

    @Override
    public long count(TicketCriteria criteria) {
        return read(snapshot -> Aggregates.count(tickets(snapshot), criteria));
    }

    @Override
    public Map<String, Long> countBy(TicketCriteria criteria, Dimension dimension) {
        return read(snapshot -> Aggregates.countBy(tickets(snapshot), criteria, dimension));
    }

    @Override
    public DurationStats resolution(TicketCriteria criteria) {
        return read(snapshot -> Aggregates.resolution(tickets(snapshot), criteria));
    }

    @Override
    public Map<String, DurationStats> resolutionBy(TicketCriteria criteria, Dimension dimension) {
        return read(snapshot -> Aggregates.resolutionBy(tickets(snapshot), criteria, dimension));
    }

    @Override
    public RatingStats ratings(TicketCriteria criteria) {
        return read(snapshot -> Aggregates.ratings(tickets(snapshot), criteria));
    }

    @Override
    public Map<String, RatingStats> ratingsBy(TicketCriteria criteria, Dimension dimension) {
        return read(snapshot -> Aggregates.ratingsBy(tickets(snapshot), criteria, dimension));
    }

    @Override
    public Map<LocalDate, Long> createdPerDay(TicketCriteria criteria, ZoneId zone) {
        return read(snapshot -> Aggregates.createdPerDay(tickets(snapshot), criteria, zone));
    }

    /** Runs a unit of work that writes: alone, undone when it fails, visible to readers once it returns. */
    <T> T inTransaction(Supplier<T> work) {
        Unit running = unit.get();
        if (running != null && running.writes()) {
            return work.get();
        }
        if (running != null) {
            throw new TicketsException("a unit of work that only reads cannot write; run the writing use case "
                    + "outside it");
        }
        writes.lock();
        Unit w = new Unit(committed + 1, new HashMap<>());
        unit.set(w);
        try {
            T result = work.get();
            committed = w.number();
            prune();
            return result;
        } catch (RuntimeException | Error e) {
            w.undo().forEach((id, before) -> restore(id, byId.get(id), before.orElse(null)));
            throw e;
        } finally {
            unit.remove();
            writes.unlock();
        }
    }

    /** Runs a unit of work that only reads, on the last committed state, without taking the write lock. */
    <T> T readOnly(Supplier<T> work) {
        if (unit.get() != null) {
            return work.get();
        }
        long snapshot = snapshots.open(() -> committed);
        unit.set(new Unit(snapshot, null));
        try {
            return work.get();
        } finally {
            unit.remove();
            snapshots.close(snapshot);
        }
    }

    private <T> T read(java.util.function.LongFunction<T> work) {
        Unit running = unit.get();
        if (running != null) {
            return work.apply(running.writes() ? Long.MAX_VALUE : running.number());
        }
        return readOnly(() -> work.apply(unit.get().number()));
    }

    private void write(java.util.function.LongConsumer work) {
        inTransaction(() -> {
            work.accept(Long.MAX_VALUE);
            return null;
        });
    }

    private List<Ticket> tickets(long snapshot) {
        List<Ticket> all = new ArrayList<>(byId.size());
        for (Version head : byId.values()) {
            Version v = version(head, snapshot);
            if (v != null && v.ticket != null) {
                all.add(v.ticket);
            }
        }
        return all;
    }

    private Optional<Ticket> byNumber(Numbered number, long snapshot) {
        return Optional.ofNullable(byNumber.get(number)).flatMap(id -> visible(byId.get(id), snapshot));
    }

    private static Optional<Ticket> visible(Version head, long snapshot) {
        return Optional.ofNullable(version(head, snapshot)).map(v -> v.ticket);
    }

    /** The newest version written at or before the snapshot; null when the ticket did not exist then. */
    private static Version version(Version head, long snapshot) {
        Version v = head;
        while (v != null && v.at > snapshot) {
            v = v.previous;
        }
        return v;
    }

    private Version current(Ticket ticket, long expectedVersion, long snapshot) {
        Version head = version(byId.get(ticket.id()), snapshot);
        if (head == null || head.ticket == null) {
            throw new TicketNotFoundException(ticket.number().value());
        }
        if (head.ticket.version() != expectedVersion) {
            throw new ConcurrentTicketModificationException(ticket.number().value(), expectedVersion);
        }
        return head;
    }

    private void put(TicketId id, Ticket ticket, HistoryNode newest) {
        Unit w = unit.get();
        Version previous = byId.get(id);
        w.undo().putIfAbsent(id, Optional.ofNullable(previous));
        restore(id, previous, new Version(ticket, newest, w.number(), previous));
    }

    private void restore(TicketId id, Version previous, Version next) {
        if (next != null) {
            // Replaced, not removed and re-added: a lock-free lookup never misses a ticket being written.
            byId.put(id, next);
            if (next.ticket != null) {
                byNumber.put(Numbered.of(next.ticket), id);
            }
        } else {
            byId.remove(id);
            if (previous != null && previous.ticket != null) {
                byNumber.remove(Numbered.of(previous.ticket), id);
            }
        }
    }

    /** Drops versions no running reader can see; called by the writer holding the lock, after its commit. */
    private void prune() {
        long oldest = snapshots.oldest(committed);
        unpruned.addAll(unit.get().undo().keySet());
        for (java.util.Iterator<TicketId> it = unpruned.iterator(); it.hasNext();) {
            TicketId id = it.next();
            Version head = byId.get(id);
            Version kept = keep(head, oldest);
            if (kept != null && kept.ticket == null && kept.previous == null) {
                // A deletion no reader can look behind any more: forget the ticket.
                byId.remove(id, head);
                Numbered number = number(head);
                if (number != null) {
                    byNumber.remove(number, id);
                }
            } else if (kept != head) {
                byId.replace(id, head, kept);
            }
            Version now = byId.get(id);
            if (now == null || now.previous == null && now.ticket != null) {
                it.remove();
            }
        }
    }

    /** The chain from head down to the newest version at or before {@code oldest}, which loses its past. */
    private static Version keep(Version head, long oldest) {
        if (head == null) {
            return null;
        }
        if (head.at <= oldest) {
            return head.previous == null ? head : new Version(head.ticket, head.newest, head.at, null);
        }
        Version rest = keep(head.previous, oldest);
        return rest == head.previous ? head : new Version(head.ticket, head.newest, head.at, rest);
    }

    private static Numbered number(Version tombstone) {
        for (Version v = tombstone; v != null; v = v.previous) {
            if (v.ticket != null) {
                return Numbered.of(v.ticket);
            }
        }
        return null;
    }

    /** The snapshots open readers hold, so that writers keep the versions those readers see. */
    private static final class Snapshots {
        /** Reader counts by snapshot; the key 0 holds pruning back while a reader picks its snapshot. */
        private final java.util.concurrent.ConcurrentSkipListMap<Long, Integer> open =
                new java.util.concurrent.ConcurrentSkipListMap<>();

        long open(java.util.function.LongSupplier committed) {
            enter(0);
            long snapshot = committed.getAsLong();
            enter(snapshot);
            leave(0);
            return snapshot;
        }

        void close(long snapshot) {
            leave(snapshot);
        }

        long oldest(long committed) {
            Map.Entry<Long, Integer> first = open.firstEntry();
            return first == null ? committed : Math.min(first.getKey(), committed);
        }

        private void enter(long snapshot) {
            open.compute(snapshot, (k, n) -> n == null ? 1 : n + 1);
        }

        private void leave(long snapshot) {
            open.compute(snapshot, (k, n) -> n == null || n == 1 ? null : n - 1);
        }
    }
}
