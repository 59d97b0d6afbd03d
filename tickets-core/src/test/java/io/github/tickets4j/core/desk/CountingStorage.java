package io.github.tickets4j.core.desk;

import io.github.tickets4j.core.ticket.TenantId;
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
import io.github.tickets4j.core.stats.DurationStats;
import io.github.tickets4j.core.stats.RatingStats;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.TimelineEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Another storage's store, recording what the desk asks of it: history reads and the changes written. */
final class CountingStorage implements TicketStorage {
    final AtomicInteger historyReads = new AtomicInteger();
    final List<Change> updates = new CopyOnWriteArrayList<>();
    private final TicketStorage inner;
    private final TicketStore store;

    CountingStorage(TicketStorage inner) {
        this.inner = inner;
        this.store = new Counting(inner.tickets());
    }

    @Override
    public TicketStore tickets() {
        return store;
    }

    @Override
    public GuestPasses guestPasses() {
        return inner.guestPasses();
    }

    @Override
    public NumberSequence numbers() {
        return inner.numbers();
    }

    @Override
    public Transactions transactions() {
        return inner.transactions();
    }

    /** Delegates every call, counting history reads and keeping every update. */
    private final class Counting implements TicketStore {
        private final TicketStore store;

        Counting(TicketStore store) {
            this.store = store;
        }

        @Override
        public void insert(Change change) {
            store.insert(change);
        }

        @Override
        public void update(Change change) {
            updates.add(change);
            store.update(change);
        }

        @Override
        public void delete(Ticket ticket) {
            store.delete(ticket);
        }

        @Override
        public List<TimelineEntry> history(TenantId tenant, TicketId ticket, HistoryQuery query) {
            historyReads.incrementAndGet();
            return store.history(tenant, ticket, query);
        }

        @Override
        public Optional<Ticket> findById(TenantId tenant, TicketId id) {
            return store.findById(tenant, id);
        }

        @Override
        public Optional<Ticket> findByNumber(TenantId tenant, TicketNumber number) {
            return store.findByNumber(tenant, number);
        }

        @Override
        public Page<TicketSummary> find(TicketCriteria criteria, Sort sort, PageRequest page) {
            return store.find(criteria, sort, page);
        }

        @Override
        public long count(TicketCriteria criteria) {
            return store.count(criteria);
        }

        @Override
        public Map<String, Long> countBy(TicketCriteria criteria, Dimension dimension) {
            return store.countBy(criteria, dimension);
        }

        @Override
        public DurationStats resolution(TicketCriteria criteria) {
            return store.resolution(criteria);
        }

        @Override
        public Map<String, DurationStats> resolutionBy(TicketCriteria criteria, Dimension dimension) {
            return store.resolutionBy(criteria, dimension);
        }

        @Override
        public RatingStats ratings(TicketCriteria criteria) {
            return store.ratings(criteria);
        }

        @Override
        public Map<String, RatingStats> ratingsBy(TicketCriteria criteria, Dimension dimension) {
            return store.ratingsBy(criteria, dimension);
        }

        @Override
        public Map<LocalDate, Long> createdPerDay(TicketCriteria criteria, ZoneId zone) {
            return store.createdPerDay(criteria, zone);
        }
    }
}
