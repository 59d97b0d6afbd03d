package io.github.tickets4j.jpa;

import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.core.stats.DurationStats;
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
import java.util.Optional;

/** A store handing every call to another; tests override the calls they intercept. */
class ForwardingStore implements TicketStore {
    private final TicketStore target;

    ForwardingStore(TicketStore target) {
        this.target = target;
    }

    /** The storage with this store in front of its own; numbers and transactions stay. */
    TicketStorage in(TicketStorage storage) {
        TicketStore self = this;
        return new TicketStorage() {
            @Override
            public TicketStore tickets() {
                return self;
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
        target.insert(change);
    }

    @Override
    public void update(Change change) {
        target.update(change);
    }

    @Override
    public void delete(Ticket ticket) {
        target.delete(ticket);
    }

    @Override
    public List<TimelineEntry> history(TenantId tenant, TicketId ticket, HistoryQuery query) {
        return target.history(tenant, ticket, query);
    }

    @Override
    public Optional<Ticket> findById(TenantId tenant, TicketId id) {
        return target.findById(tenant, id);
    }

    @Override
    public Optional<Ticket> findByNumber(TenantId tenant, TicketNumber number) {
        return target.findByNumber(tenant, number);
    }

    @Override
    public Page<TicketSummary> find(TicketCriteria criteria, Sort sort, PageRequest page) {
        return target.find(criteria, sort, page);
    }

    @Override
    public long count(TicketCriteria criteria) {
        return target.count(criteria);
    }

    @Override
    public Map<String, Long> countBy(TicketCriteria criteria, Dimension dimension) {
        return target.countBy(criteria, dimension);
    }

    @Override
    public DurationStats resolution(TicketCriteria criteria) {
        return target.resolution(criteria);
    }

    @Override
    public Map<String, DurationStats> resolutionBy(TicketCriteria criteria, Dimension dimension) {
        return target.resolutionBy(criteria, dimension);
    }

    @Override
    public Map<LocalDate, Long> createdPerDay(TicketCriteria criteria, ZoneId zone) {
        return target.createdPerDay(criteria, zone);
    }
}
