package io.github.tickets4j.core.memory;

import io.github.tickets4j.core.ConcurrentTicketModificationException;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.core.stats.Aggregates;
import io.github.tickets4j.core.stats.DurationStats;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A thread-safe ticket store in memory, so the core runs with no database (as Quartz's RAM job store does).
 * Writes are serialised; {@link #transactions()} gives the matching transaction runner, which holds the write lock
 * for the whole use case and undoes its writes when it fails. Reads never block and may see a transaction's
 * writes before it ends. Queries and aggregates are {@link Aggregates} over the stored tickets.
 */
public final class InMemoryTicketStore implements TicketStore {
    private final Map<TicketId, Ticket> byId = new ConcurrentHashMap<>();
    private final Map<TicketNumber, TicketId> byNumber = new ConcurrentHashMap<>();
    private final ReentrantLock writes = new ReentrantLock();
    private final ThreadLocal<Map<TicketId, Optional<Ticket>>> undo = new ThreadLocal<>();
    private final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return run(work);
        }
    };

    /** Creates an empty store. */
    public InMemoryTicketStore() {
    }

    /**
     * The transaction runner that belongs to this store: pass it to the desk with the store.
     *
     * @return the runner, never null
     */
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public Ticket insert(Ticket ticket) {
        return write(() -> {
            if (byId.containsKey(ticket.id()) || byNumber.containsKey(ticket.number())) {
                throw new TicketsException("Ticket " + ticket.number() + " is stored already");
            }
            put(ticket.id(), ticket);
            return ticket;
        });
    }

    @Override
    public Ticket update(Ticket ticket) {
        return write(() -> {
            Ticket stored = current(ticket);
            Ticket next = ticket.toBuilder().version(stored.version() + 1).build();
            put(ticket.id(), next);
            return next;
        });
    }

    @Override
    public void delete(Ticket ticket) {
        write(() -> {
            current(ticket);
            put(ticket.id(), null);
            return null;
        });
    }

    @Override
    public Optional<Ticket> findById(TicketId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Ticket> findByNumber(TicketNumber number) {
        return Optional.ofNullable(byNumber.get(number)).map(byId::get);
    }

    @Override
    public Page<TicketSummary> find(TicketCriteria criteria, Sort sort, PageRequest page) {
        return Aggregates.find(byId.values(), criteria, sort, page);
    }

    @Override
    public long count(TicketCriteria criteria) {
        return Aggregates.count(byId.values(), criteria);
    }

    @Override
    public Map<String, Long> countBy(TicketCriteria criteria, Dimension dimension) {
        return Aggregates.countBy(byId.values(), criteria, dimension);
    }

    @Override
    public DurationStats resolution(TicketCriteria criteria) {
        return Aggregates.resolution(byId.values(), criteria);
    }

    @Override
    public Map<String, DurationStats> resolutionBy(TicketCriteria criteria, Dimension dimension) {
        return Aggregates.resolutionBy(byId.values(), criteria, dimension);
    }

    @Override
    public Map<LocalDate, Long> createdPerDay(TicketCriteria criteria, ZoneId zone) {
        return Aggregates.createdPerDay(byId.values(), criteria, zone);
    }

    private Ticket current(Ticket ticket) {
        Ticket stored = byId.get(ticket.id());
        if (stored == null) {
            throw new TicketNotFoundException(ticket.number().value());
        }
        if (stored.version() != ticket.version()) {
            throw new ConcurrentTicketModificationException(ticket.number().value(), ticket.version());
        }
        return stored;
    }

    /** Replaces (or with null removes) a ticket, remembering the old one when inside a transaction. */
    private void put(TicketId id, Ticket next) {
        Map<TicketId, Optional<Ticket>> log = undo.get();
        Ticket previous = byId.get(id);
        if (log != null) {
            log.putIfAbsent(id, Optional.ofNullable(previous));
        }
        restore(id, previous, next);
    }

    /**
     * Swaps the stored ticket. Readers do not lock, so the number's entry is replaced, never removed and put back:
     * in between, a concurrent lookup by number would find no ticket.
     */
    private void restore(TicketId id, Ticket previous, Ticket next) {
        if (next != null) {
            byId.put(id, next);
            byNumber.put(next.number(), id);
        } else {
            byId.remove(id);
        }
        if (previous != null && (next == null || !previous.number().equals(next.number()))) {
            byNumber.remove(previous.number());
        }
    }

    private <T> T write(Supplier<T> work) {
        writes.lock();
        try {
            return work.get();
        } finally {
            writes.unlock();
        }
    }

    private <T> T run(Supplier<T> work) {
        if (undo.get() != null) {
            return work.get();
        }
        writes.lock();
        Map<TicketId, Optional<Ticket>> log = new HashMap<>();
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
