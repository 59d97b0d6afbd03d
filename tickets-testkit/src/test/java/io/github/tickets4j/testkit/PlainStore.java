package io.github.tickets4j.testkit;

import io.github.tickets4j.core.ConcurrentTicketModificationException;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.memory.InMemoryNumberSequence;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A correct, plain map store whose steps the broken stores override one at a time: how a state is kept, how an
 * entry is kept, how the version is checked. Every call is atomic.
 */
class PlainStore implements TicketStore {
    private final Map<TicketId, Ticket> tickets = new LinkedHashMap<>();
    private final Map<TicketId, List<TimelineEntry>> histories = new HashMap<>();

    /** The state as this store keeps it; correct: as given. */
    Ticket kept(Ticket ticket) {
        return ticket;
    }

    /** An entry as this store keeps it; correct: as given. */
    TimelineEntry kept(TimelineEntry entry) {
        return entry;
    }

    /** Refuses a write expecting another version than the stored one; correct: a conflict. */
    void checkVersion(Ticket stored, long expected) {
        if (stored.version() != expected) {
            throw new ConcurrentTicketModificationException(stored.number().value(), expected);
        }
    }

    @Override
    public synchronized void insert(Change change) {
        Ticket ticket = change.ticket();
        if (tickets.containsKey(ticket.id()) || findByNumber(ticket.tenant(), ticket.number()).isPresent()) {
            throw new TicketsException("Ticket " + ticket.number() + " exists already");
        }
        tickets.put(ticket.id(), kept(ticket));
        histories.put(ticket.id(), new ArrayList<>(change.entries().stream().map(this::kept).toList()));
    }

    @Override
    public synchronized void update(Change change) {
        checkVersion(stored(change.ticket()), change.expectedVersion());
        tickets.put(change.ticket().id(), kept(change.ticket()));
        change.entries().forEach(e -> histories.get(change.ticket().id()).add(kept(e)));
    }

    @Override
    public synchronized void delete(Ticket ticket) {
        checkVersion(stored(ticket), ticket.version());
        tickets.remove(ticket.id());
        histories.remove(ticket.id());
    }

    private Ticket stored(Ticket ticket) {
        Ticket stored = tickets.get(ticket.id());
        if (stored == null) {
            throw new TicketNotFoundException(ticket.number().value());
        }
        return stored;
    }

    @Override
    public synchronized List<TimelineEntry> history(TenantId tenant, TicketId ticket, HistoryQuery query) {
        List<TimelineEntry> entries = findById(tenant, ticket).isEmpty() ? List.of() : histories.get(ticket);
        List<TimelineEntry> page = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && page.size() < query.limit(); i--) {
            if (query.test(entries.get(i))) {
                page.add(entries.get(i));
            }
        }
        return page;
    }

    @Override
    public synchronized Optional<Ticket> findById(TenantId tenant, TicketId id) {
        return Optional.ofNullable(tickets.get(id)).filter(t -> t.tenant().equals(tenant));
    }

    @Override
    public synchronized Optional<Ticket> findByNumber(TenantId tenant, TicketNumber number) {
        return tickets.values().stream().filter(t -> t.tenant().equals(tenant) && t.number().equals(number))
                .findFirst();
    }

    @Override
    public Page<TicketSummary> find(TicketCriteria criteria, Sort sort, PageRequest page) {
        return Aggregates.find(snapshot(), criteria, sort, page);
    }

    @Override
    public long count(TicketCriteria criteria) {
        return Aggregates.count(snapshot(), criteria);
    }

    @Override
    public Map<String, Long> countBy(TicketCriteria criteria, Dimension dimension) {
        return Aggregates.countBy(snapshot(), criteria, dimension);
    }

    @Override
    public DurationStats resolution(TicketCriteria criteria) {
        return Aggregates.resolution(snapshot(), criteria);
    }

    @Override
    public Map<String, DurationStats> resolutionBy(TicketCriteria criteria, Dimension dimension) {
        return Aggregates.resolutionBy(snapshot(), criteria, dimension);
    }

    @Override
    public RatingStats ratings(TicketCriteria criteria) {
        return Aggregates.ratings(snapshot(), criteria);
    }

    @Override
    public Map<String, RatingStats> ratingsBy(TicketCriteria criteria, Dimension dimension) {
        return Aggregates.ratingsBy(snapshot(), criteria, dimension);
    }

    @Override
    public Map<LocalDate, Long> createdPerDay(TicketCriteria criteria, ZoneId zone) {
        return Aggregates.createdPerDay(snapshot(), criteria, zone);
    }

    private synchronized List<Ticket> snapshot() {
        return new ArrayList<>(tickets.values());
    }

    /**
     * A plain store with guest passes, in-memory numbers and units of work that run one at a time (joined by nested
     * calls) and undo the passes' writes, never the tickets': enough for the store contract, whose rules need a
     * rollback only for passes (G07).
     */
    static final class Storage implements TicketStorage {
        private final TicketStore store;
        private final PlainGuestPasses passes;
        private final NumberSequence numbers = new InMemoryNumberSequence();
        private final ReentrantLock lock = new ReentrantLock();
        private final Transactions transactions = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                lock.lock();
                Runnable rollback = lock.getHoldCount() == 1 ? passes.savepoint() : () -> { };
                try {
                    return work.get();
                } catch (RuntimeException | Error e) {
                    rollback.run();
                    throw e;
                } finally {
                    lock.unlock();
                }
            }
        };

        Storage(PlainStore store) {
            this(store, new PlainGuestPasses());
        }

        Storage(PlainStore store, PlainGuestPasses passes) {
            this.store = store;
            this.passes = passes;
        }

        @Override
        public GuestPasses guestPasses() {
            return passes;
        }

        @Override
        public TicketStore tickets() {
            return store;
        }

        @Override
        public NumberSequence numbers() {
            return numbers;
        }

        @Override
        public Transactions transactions() {
            return transactions;
        }
    }
}
