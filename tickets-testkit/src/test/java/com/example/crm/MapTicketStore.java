package com.example.crm;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A host's own store, as the testing guide shows it: each ticket's state in a map, its history in a list of its
 * own, every call atomic, versions checked on every write. A database store would turn the criteria into SQL
 * instead of calling Aggregates, and read history pages with {@code where sequence < before order by sequence desc}.
 */
public final class MapTicketStore implements TicketStore {
    private final Map<TicketId, Ticket> tickets = new LinkedHashMap<>();
    private final Map<TicketId, List<TimelineEntry>> histories = new HashMap<>();

    @Override
    public synchronized void insert(Change change) {
        Ticket ticket = change.ticket();
        if (tickets.containsKey(ticket.id()) || findByNumber(ticket.tenant(), ticket.number()).isPresent()) {
            throw new TicketsException("Ticket " + ticket.number() + " exists already");
        }
        tickets.put(ticket.id(), ticket);
        histories.put(ticket.id(), new ArrayList<>(change.entries()));
    }

    @Override
    public synchronized void update(Change change) {
        checkVersion(change.ticket(), change.expectedVersion());
        tickets.put(change.ticket().id(), change.ticket());
        histories.get(change.ticket().id()).addAll(change.entries());
    }

    @Override
    public synchronized void delete(Ticket ticket) {
        checkVersion(ticket, ticket.version());
        tickets.remove(ticket.id());
        histories.remove(ticket.id());
    }

    private void checkVersion(Ticket ticket, long expected) {
        Ticket stored = tickets.get(ticket.id());
        if (stored == null) {
            throw new TicketNotFoundException(ticket.number().value());
        }
        if (stored.version() != expected) {
            throw new ConcurrentTicketModificationException(ticket.number().value(), expected);
        }
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

    /** Copies everything, for {@link MapTicketStorage} to put back when a unit of work fails. */
    synchronized Runnable savepoint() {
        Map<TicketId, Ticket> ticketsThen = new LinkedHashMap<>(tickets);
        Map<TicketId, List<TimelineEntry>> historiesThen = new HashMap<>();
        histories.forEach((id, entries) -> historiesThen.put(id, new ArrayList<>(entries)));
        return () -> {
            synchronized (this) {
                tickets.clear();
                tickets.putAll(ticketsThen);
                histories.clear();
                histories.putAll(historiesThen);
            }
        };
    }
}
