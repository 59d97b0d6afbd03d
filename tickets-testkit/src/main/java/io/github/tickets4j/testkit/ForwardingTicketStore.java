package io.github.tickets4j.testkit;

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
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.TimelineEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A store passing every call to another; a subclass overrides the calls it is about. For tests that put a fault or
 * a race between the desk and a real store (a write that fails once, another node's change between a read and a
 * write), as the kit's own self-tests do; {@link #in(TicketStorage)} puts it in front of a storage's store.
 */
public abstract class ForwardingTicketStore implements TicketStore {
    /** The store underneath. */
    protected final TicketStore delegate;

    /**
     * Creates the store.
     *
     * @param delegate the store every call goes to, never null
     */
    protected ForwardingTicketStore(TicketStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * The storage with this store in front of its own; its guest passes, numbers and transactions stay.
     *
     * @param storage the storage whose store this one forwards to, never null
     * @return the storage, never null
     */
    public TicketStorage in(TicketStorage storage) {
        Objects.requireNonNull(storage, "storage");
        TicketStore self = this;
        return new TicketStorage() {
            @Override
            public TicketStore tickets() {
                return self;
            }

            @Override
            public GuestPasses guestPasses() {
                return storage.guestPasses();
            }

            @Override
            public NumberSequence numbers() {
                return storage.numbers();
            }

            @Override
            public Transactions transactions() {
                return storage.transactions();
            }
        };
    }

    @Override
    public void insert(Change change) {
        delegate.insert(change);
    }

    @Override
    public void update(Change change) {
        delegate.update(change);
    }

    @Override
    public void delete(Ticket ticket) {
        delegate.delete(ticket);
    }

    @Override
    public List<TimelineEntry> history(TenantId tenant, TicketId ticket, HistoryQuery query) {
        return delegate.history(tenant, ticket, query);
    }

    @Override
    public Optional<Ticket> findById(TenantId tenant, TicketId id) {
        return delegate.findById(tenant, id);
    }

    @Override
    public Optional<Ticket> findByNumber(TenantId tenant, TicketNumber number) {
        return delegate.findByNumber(tenant, number);
    }

    @Override
    public Page<TicketSummary> find(TicketCriteria criteria, Sort sort, PageRequest page) {
        return delegate.find(criteria, sort, page);
    }

    @Override
    public long count(TicketCriteria criteria) {
        return delegate.count(criteria);
    }

    @Override
    public Map<String, Long> countBy(TicketCriteria criteria, Dimension dimension) {
        return delegate.countBy(criteria, dimension);
    }

    @Override
    public DurationStats resolution(TicketCriteria criteria) {
        return delegate.resolution(criteria);
    }

    @Override
    public Map<String, DurationStats> resolutionBy(TicketCriteria criteria, Dimension dimension) {
        return delegate.resolutionBy(criteria, dimension);
    }

    @Override
    public RatingStats ratings(TicketCriteria criteria) {
        return delegate.ratings(criteria);
    }

    @Override
    public Map<String, RatingStats> ratingsBy(TicketCriteria criteria, Dimension dimension) {
        return delegate.ratingsBy(criteria, dimension);
    }

    @Override
    public Map<LocalDate, Long> createdPerDay(TicketCriteria criteria, ZoneId zone) {
        return delegate.createdPerDay(criteria, zone);
    }
}
