package io.github.tickets4j.jpa;

import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.stats.DurationStats;
import io.github.tickets4j.core.stats.RatingStats;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.TimelineEntry;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The {@link TicketStore} of {@link JpaStorage}: each ticket's state in {@code t4j_ticket} (and its tags), its
 * history appended to {@code t4j_timeline_entry}; queries, counts, pages and report figures computed in the
 * database with JPQL. Counts of all tickets by status or status category read a rollup that every write keeps in
 * step. Writes use optimistic locking on the version column. Every statement names the tenant, which leads every
 * key and index: a lookup, query, count or write never reads past its tenant's rows. Every failure surfaces as a
 * {@link io.github.tickets4j.core.TicketsException}, never as a persistence exception. Thread-safe.
 */
final class JpaTicketStore implements TicketStore {
    private final JpaTransactions transactions;
    private final StatusCounts counts;

    JpaTicketStore(JpaTransactions transactions, TenantRows tenants) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.counts = new StatusCounts(tenants);
    }

    /**
     * {@inheritDoc}
     *
     * @throws io.github.tickets4j.core.ValidationFailedException if a text is longer than its column allows
     */
    @Override
    public void insert(Change change) {
        Objects.requireNonNull(change, "change");
        run(change.ticket().number(), s -> {
            TicketWrites.insert(s, counts, change);
            return null;
        });
    }

    /**
     * {@inheritDoc}
     *
     * @throws io.github.tickets4j.core.ValidationFailedException if a text is longer than its column allows
     */
    @Override
    public void update(Change change) {
        Objects.requireNonNull(change, "change");
        run(change.ticket().number(), s -> {
            TicketWrites.update(s, counts, change);
            return null;
        });
    }

    @Override
    public void delete(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        run(ticket.number(), s -> {
            TicketWrites.delete(s, counts, ticket);
            return null;
        });
    }

    @Override
    public List<TimelineEntry> history(TenantId tenant, TicketId ticket, HistoryQuery query) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(query, "query");
        return run(null, s -> TicketReads.history(s.em(), tenant.value(), ticket.value().toString(), query));
    }

    @Override
    public Optional<Ticket> findById(TenantId tenant, TicketId id) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        return run(null, s -> TicketReads.byId(s.em(), tenant.value(), id.value().toString()).map(s::remember));
    }

    @Override
    public Optional<Ticket> findByNumber(TenantId tenant, TicketNumber number) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(number, "number");
        return run(number, s -> TicketReads.byNumber(s.em(), tenant.value(), number).map(s::remember));
    }

    @Override
    public Page<TicketSummary> find(TicketCriteria criteria, Sort sort, PageRequest page) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
        return run(null, s -> TicketReads.find(s.em(), criteria, sort, page));
    }

    @Override
    public long count(TicketCriteria criteria) {
        Objects.requireNonNull(criteria, "criteria");
        return run(null, s -> TicketReads.count(s.em(), criteria));
    }

    @Override
    public Map<String, Long> countBy(TicketCriteria criteria, Dimension dimension) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(dimension, "dimension");
        return run(null, s -> TicketReads.countBy(s.em(), criteria, dimension));
    }

    @Override
    public DurationStats resolution(TicketCriteria criteria) {
        Objects.requireNonNull(criteria, "criteria");
        return run(null, s -> TicketReads.resolutionBy(s.em(), criteria, null)).getOrDefault("",
                DurationStats.empty());
    }

    @Override
    public Map<String, DurationStats> resolutionBy(TicketCriteria criteria, Dimension dimension) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(dimension, "dimension");
        return run(null, s -> TicketReads.resolutionBy(s.em(), criteria, dimension));
    }

    @Override
    public RatingStats ratings(TicketCriteria criteria) {
        Objects.requireNonNull(criteria, "criteria");
        return run(null, s -> TicketReads.ratingsBy(s.em(), criteria, null)).getOrDefault("", RatingStats.empty());
    }

    @Override
    public Map<String, RatingStats> ratingsBy(TicketCriteria criteria, Dimension dimension) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(dimension, "dimension");
        return run(null, s -> TicketReads.ratingsBy(s.em(), criteria, dimension));
    }

    @Override
    public Map<LocalDate, Long> createdPerDay(TicketCriteria criteria, ZoneId zone) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(zone, "zone");
        return run(null, s -> TicketReads.createdPerDay(s.em(), criteria, zone));
    }

    /**
     * The tenants with tickets or status counts, in the current use case: those whose derived data a rebuild
     * covers.
     *
     * @return the tenants, sorted; never null
     */
    List<TenantId> tenants() {
        return run(null, s -> {
            TreeSet<String> found = new TreeSet<>(s.em().createQuery("select distinct t.tenantId from T4jTicket t",
                    String.class).getResultList());
            found.addAll(s.em().createQuery("select distinct c.tenantId from T4jStatusCount c", String.class)
                    .getResultList());
            return found.stream().map(TenantId::of).toList();
        });
    }

    /** Recomputes a tenant's status rollup from the ticket table, in the current use case. */
    void rebuildStatusCounts(TenantId tenant) {
        run(null, s -> {
            s.writing();
            counts.rebuild(s.em(), tenant.value());
            return null;
        });
    }

    /**
     * Recomputes the search text of a tenant's next tickets in id order, in the current use case.
     *
     * @param tenant the tenant, never null
     * @param after the id to start after, null for the first batch
     * @param size the most tickets to read
     * @return what the batch did, never null
     */
    SearchTexts.Batch rebuildSearchTexts(TenantId tenant, String after, int size) {
        return run(null, s -> {
            s.writing();
            return SearchTexts.rebuild(s.em(), tenant.value(), after, size);
        });
    }

    /**
     * Runs in the use case's session and turns persistence exceptions (and the API's illegal-state and
     * illegal-argument exceptions) into the core's. A statement that failed may have left the transaction unusable
     * (PostgreSQL refuses every later statement), so it counts as a write: the use case's transaction must be
     * rolled back.
     */
    private <T> T run(TicketNumber ticket, Function<Session, T> work) {
        return transactions.inSession(s -> {
            try {
                return work.apply(s);
            } catch (PersistenceException e) {
                s.writing();
                throw Failures.translate(e, ticket == null ? null : ticket.value());
            } catch (IllegalStateException | IllegalArgumentException e) {
                s.writing();
                throw Failures.translateMisuse(e, ticket == null ? null : ticket.value());
            }
        });
    }
}
