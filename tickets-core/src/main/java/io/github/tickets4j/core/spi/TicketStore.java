package io.github.tickets4j.core.spi;

import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
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
import java.util.Optional;

/**
 * Where tickets live: each ticket's current state, in its tenant, and beside it its history, an append-only log of
 * {@link TimelineEntry timeline entries}. A write receives what one command changed (the next state and the entries to
 * append, with the version it expects) and never needs the rest of the history, so its cost does not depend on how long
 * the history is. Writes use optimistic locking on {@link Ticket#version()}. Queries and aggregates take {@link
 * TicketCriteria} and must agree exactly with {@link TicketCriteria#test(Ticket)} and with the pure calculation in
 * {@link io.github.tickets4j.core.stats.Aggregates}; a database store should compute them in the database. Tenants are
 * isolated absolutely: every lookup names the tenant, every criteria carries it, and a ticket of another tenant is
 * never found, listed, counted or aggregated, whatever its number (each tenant numbers from 1, so numbers repeat across
 * tenants). Every call runs in the unit of work of the {@link TicketStorage} the store belongs to. The testkit's store
 * contract proves an implementation. Implementations must be thread-safe.
 */
public interface TicketStore {
    /**
     * Stores a new ticket (version 0) and starts its history with the change's entries.
     *
     * @param change the creation, never null
     * @throws io.github.tickets4j.core.TicketsException if a ticket with that id exists already, or one with that
     *     number in the same tenant (a number with the same prefix and sequence, in whatever width)
     */
    void insert(Change change);

    /**
     * Replaces a ticket's state with the change's and appends the change's entries to its history, if the stored
     * version is still {@link Change#expectedVersion()}.
     *
     * @param change the next state and its entries, never null
     * @throws io.github.tickets4j.core.ConcurrentTicketModificationException if the stored version differs; nothing
     *     was written
     * @throws io.github.tickets4j.core.TicketNotFoundException if the ticket no longer exists
     */
    void update(Change change);

    /**
     * Removes a ticket with its history, if the stored version is still the one it was read at.
     *
     * @param ticket the ticket as read, never null
     * @throws io.github.tickets4j.core.ConcurrentTicketModificationException if the stored version differs
     * @throws io.github.tickets4j.core.TicketNotFoundException if the ticket no longer exists
     */
    void delete(Ticket ticket);

    /**
     * Reads a slice of a ticket's history, newest first: the entries {@link HistoryQuery#test(TimelineEntry)}
     * accepts, at most {@link HistoryQuery#limit()} of them. The cost must depend on the slice, not on the length of
     * the history (keyset paging on the sequence).
     *
     * @param tenant the tenant, never null
     * @param ticket the ticket, never null
     * @param query which entries, from where, how many; never null
     * @return the entries, newest first; empty for an unknown ticket or one of another tenant; never null
     */
    List<TimelineEntry> history(TenantId tenant, TicketId ticket, HistoryQuery query);

    /**
     * Looks a ticket's state up by identity.
     *
     * @param tenant the tenant, never null
     * @param id the identity, never null
     * @return the ticket, or empty when the tenant has none with that identity
     */
    Optional<Ticket> findById(TenantId tenant, TicketId id);

    /**
     * Looks a ticket's state up by number: by prefix and sequence, whatever the width (see {@link TicketNumber}), so
     * {@code RE0001} finds the ticket stored as {@code RE01}, which comes back with the number it was stored with.
     *
     * @param tenant the tenant, never null
     * @param number the number, never null
     * @return the ticket, or empty when the tenant has none with that number
     */
    Optional<Ticket> findByNumber(TenantId tenant, TicketNumber number);

    /**
     * Lists matching tickets, sorted (ties broken by number, ascending) and paged.
     *
     * @param criteria what matches, never null
     * @param sort the order, never null
     * @param page the slice, never null
     * @return the page with the total number of matches, never null
     */
    Page<TicketSummary> find(TicketCriteria criteria, Sort sort, PageRequest page);

    /**
     * Counts matching tickets.
     *
     * @param criteria what matches, never null
     * @return the count
     */
    long count(TicketCriteria criteria);

    /**
     * Counts matching tickets per value of a dimension; tickets without a value count under
     * {@link Dimension#NONE}; with {@link Dimension#TAG} a ticket counts once per tag. Values without tickets are
     * left out.
     *
     * @param criteria what matches, never null
     * @param dimension what to group by, never null
     * @return counts by value, never null
     */
    Map<String, Long> countBy(TicketCriteria criteria, Dimension dimension);

    /**
     * Summarises the resolution time (creation to latest closing, whole seconds) of matching closed tickets.
     *
     * @param criteria what matches, never null
     * @return the statistics, never null
     */
    DurationStats resolution(TicketCriteria criteria);

    /**
     * Summarises resolution times per value of a dimension, grouped as in {@link #countBy}.
     *
     * @param criteria what matches, never null
     * @param dimension what to group by, never null
     * @return statistics by value, never null
     */
    Map<String, DurationStats> resolutionBy(TicketCriteria criteria, Dimension dimension);

    /**
     * Summarises the satisfaction ratings of matching rated tickets (each ticket's rating of its latest resolution).
     *
     * @param criteria what matches, never null
     * @return the statistics, never null
     */
    RatingStats ratings(TicketCriteria criteria);

    /**
     * Summarises the satisfaction ratings per value of a dimension, grouped as in {@link #countBy}.
     *
     * @param criteria what matches, never null
     * @param dimension what to group by, never null
     * @return statistics by value, never null
     */
    Map<String, RatingStats> ratingsBy(TicketCriteria criteria, Dimension dimension);

    /**
     * Counts matching tickets per creation day in a zone. Days without tickets are left out.
     *
     * @param criteria what matches, never null
     * @param zone the zone days are counted in, never null
     * @return counts by day, never null
     */
    Map<LocalDate, Long> createdPerDay(TicketCriteria criteria, ZoneId zone);
}
