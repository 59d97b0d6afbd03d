package io.github.tickets4j.testkit;

import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStore;
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

/** A store passing every call to another; subclasses change the calls they are about. */
abstract class ForwardingTicketStore implements TicketStore {
    /** The store underneath. */
    protected final TicketStore delegate;

    ForwardingTicketStore(TicketStore delegate) {
        this.delegate = delegate;
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
    public Map<LocalDate, Long> createdPerDay(TicketCriteria criteria, ZoneId zone) {
        return delegate.createdPerDay(criteria, zone);
    }
}
