package com.example.crm;

import io.github.tickets4j.core.ConcurrentTicketModificationException;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.stats.Aggregates;
import io.github.tickets4j.core.stats.DurationStats;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A host's own store, as the testing guide shows it: tickets in a map, every call atomic, versions checked on
 * every write. A database store would turn the criteria into SQL instead of calling Aggregates.
 */
public final class MapTicketStore implements TicketStore {
    private final Map<TicketId, Ticket> tickets = new LinkedHashMap<>();

    @Override
    public synchronized Ticket insert(Ticket ticket) {
        boolean numberTaken = tickets.values().stream().anyMatch(t -> t.number().equals(ticket.number()));
        if (tickets.containsKey(ticket.id()) || numberTaken) {
            throw new TicketsException("Ticket " + ticket.number() + " exists already");
        }
        tickets.put(ticket.id(), ticket);
        return ticket;
    }

    @Override
    public synchronized Ticket update(Ticket ticket) {
        checkVersion(ticket);
        Ticket stored = ticket.toBuilder().version(ticket.version() + 1).build();
        tickets.put(ticket.id(), stored);
        return stored;
    }

    @Override
    public synchronized void delete(Ticket ticket) {
        checkVersion(ticket);
        tickets.remove(ticket.id());
    }

    private void checkVersion(Ticket ticket) {
        Ticket stored = tickets.get(ticket.id());
        if (stored == null) {
            throw new TicketNotFoundException(ticket.number().value());
        }
        if (stored.version() != ticket.version()) {
            throw new ConcurrentTicketModificationException(ticket.number().value(), ticket.version());
        }
    }

    @Override
    public synchronized Optional<Ticket> findById(TicketId id) {
        return Optional.ofNullable(tickets.get(id));
    }

    @Override
    public synchronized Optional<Ticket> findByNumber(TicketNumber number) {
        return tickets.values().stream().filter(t -> t.number().equals(number)).findFirst();
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
    public Map<LocalDate, Long> createdPerDay(TicketCriteria criteria, ZoneId zone) {
        return Aggregates.createdPerDay(snapshot(), criteria, zone);
    }

    private synchronized List<Ticket> snapshot() {
        return new ArrayList<>(tickets.values());
    }
}
