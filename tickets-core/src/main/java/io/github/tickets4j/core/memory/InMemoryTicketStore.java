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
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.TimelineEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The in-memory {@link TicketStore} of {@link InMemoryStorage}. A ticket is held as one immutable record of its
 * state and the head of its history, a list linked from the newest entry back: appending an entry is one new node,
 * whatever the history's length, and a reader walking it never sees it change. Writes run one at a time; a use case
 * run by {@link InMemoryStorage#transactions()} holds the write lock throughout and undoes its writes when it
 * fails. Reads take no lock. Thread-safe.
 */
public final class InMemoryTicketStore implements TicketStore {
    private final Map<TicketId, Stored> byId = new ConcurrentHashMap<>();
    private final Map<TicketNumber, TicketId> byNumber = new ConcurrentHashMap<>();
    private final ReentrantLock writes = new ReentrantLock();
    private final ThreadLocal<Map<TicketId, Optional<Stored>>> undo = new ThreadLocal<>();

    /** One ticket: its state and the newest node of its history. */
    private record Stored(Ticket ticket, Entry newest) {
    }

    /** A history node: an entry and the one before it (null for the creation). */
    private record Entry(TimelineEntry entry, Entry previous) {
    }

    InMemoryTicketStore() {
    }

    @Override
    public void insert(Change change) {
        Ticket ticket = change.ticket();
        write(() -> {
            if (byId.containsKey(ticket.id())) {
                throw new TicketsException("Ticket id " + ticket.id() + " is stored already");
            }
            if (byNumber.containsKey(ticket.number())) {
                throw new TicketsException("Ticket number " + ticket.number() + " is stored already");
            }
            put(ticket.id(), new Stored(ticket, append(null, change.entries())));
        });
    }

    @Override
    public void update(Change change) {
        Ticket ticket = change.ticket();
        write(() -> {
            Stored stored = current(ticket, change.expectedVersion());
            put(ticket.id(), new Stored(ticket, append(stored.newest(), change.entries())));
        });
    }

    @Override
    public void delete(Ticket ticket) {
        write(() -> {
            current(ticket, ticket.version());
            put(ticket.id(), null);
        });
    }

    @Override
    public List<TimelineEntry> history(TicketId ticket, HistoryQuery query) {
        Stored stored = byId.get(ticket);
        List<TimelineEntry> page = new ArrayList<>();
        for (Entry e = stored == null ? null : stored.newest(); e != null && page.size() < query.limit();
                e = e.previous()) {
            if (query.test(e.entry())) {
                page.add(e.entry());
            }
        }
        return page;
    }

    @Override
    public Optional<Ticket> findById(TicketId id) {
        return Optional.ofNullable(byId.get(id)).map(Stored::ticket);
    }

    @Override
    public Optional<Ticket> findByNumber(TicketNumber number) {
        return Optional.ofNullable(byNumber.get(number)).flatMap(this::findById);
    }

    @Override
    public Page<TicketSummary> find(TicketCriteria criteria, Sort sort, PageRequest page) {
        return Aggregates.find(tickets(), criteria, sort, page);
    }

    @Override
    public long count(TicketCriteria criteria) {
        return Aggregates.count(tickets(), criteria);
    }

    @Override
    public Map<String, Long> countBy(TicketCriteria criteria, Dimension dimension) {
        return Aggregates.countBy(tickets(), criteria, dimension);
    }

    @Override
    public DurationStats resolution(TicketCriteria criteria) {
        return Aggregates.resolution(tickets(), criteria);
    }

    @Override
    public Map<String, DurationStats> resolutionBy(TicketCriteria criteria, Dimension dimension) {
        return Aggregates.resolutionBy(tickets(), criteria, dimension);
    }

    @Override
    public Map<LocalDate, Long> createdPerDay(TicketCriteria criteria, ZoneId zone) {
        return Aggregates.createdPerDay(tickets(), criteria, zone);
    }

    private Collection<Ticket> tickets() {
        List<Ticket> all = new ArrayList<>(byId.size());
        byId.values().forEach(s -> all.add(s.ticket()));
        return all;
    }

    private static Entry append(Entry newest, List<TimelineEntry> entries) {
        Entry head = newest;
        for (TimelineEntry entry : entries) {
            head = new Entry(entry, head);
        }
        return head;
    }

    private Stored current(Ticket ticket, long expectedVersion) {
        Stored stored = byId.get(ticket.id());
        if (stored == null) {
            throw new TicketNotFoundException(ticket.number().value());
        }
        if (stored.ticket().version() != expectedVersion) {
            throw new ConcurrentTicketModificationException(ticket.number().value(), expectedVersion);
        }
        return stored;
    }

    private void put(TicketId id, Stored next) {
        Map<TicketId, Optional<Stored>> log = undo.get();
        Stored previous = byId.get(id);
        if (log != null) {
            log.putIfAbsent(id, Optional.ofNullable(previous));
        }
        restore(id, previous, next);
    }

    private void restore(TicketId id, Stored previous, Stored next) {
        if (next != null) {
            // Replaced, not removed and re-added: a lock-free lookup by number never misses a ticket being written.
            byId.put(id, next);
            byNumber.put(next.ticket().number(), id);
        } else {
            byId.remove(id);
        }
        if (previous != null && (next == null || !previous.ticket().number().equals(next.ticket().number()))) {
            byNumber.remove(previous.ticket().number());
        }
    }

    private void write(Runnable work) {
        writes.lock();
        try {
            work.run();
        } finally {
            writes.unlock();
        }
    }

    /** Runs a use case holding the write lock, undoing its writes when it fails; joins one already running. */
    <T> T inTransaction(Supplier<T> work) {
        if (undo.get() != null) {
            return work.get();
        }
        writes.lock();
        Map<TicketId, Optional<Stored>> log = new HashMap<>();
        undo.set(log);
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            log.forEach((id, before) -> restore(id, byId.get(id), before.orElse(null)));
            throw e;
        } finally {
            undo.remove();
            writes.unlock();
        }
    }
}
