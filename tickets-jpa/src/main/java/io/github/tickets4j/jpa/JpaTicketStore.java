package io.github.tickets4j.jpa;

import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.stats.DurationStats;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.jpa.internal.Failures;
import io.github.tickets4j.jpa.internal.StatusCounts;
import io.github.tickets4j.jpa.internal.TicketReads;
import io.github.tickets4j.jpa.internal.TicketWrites;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link TicketStore} on Jakarta Persistence, for one or many application nodes sharing a database. Tickets live
 * in the {@code t4j_} tables of the schema scripts ({@link DatabaseKind#schemaScript()}); queries, counts, pages
 * and report figures are computed in the database with JPQL. Counts of all tickets by status or status category
 * read a rollup table that every write keeps in step, so a dashboard does not scan the ticket table. Writes use
 * optimistic locking on a version column: a stale write fails with {@link
 * io.github.tickets4j.core.ConcurrentTicketModificationException} before it changed anything. Every failure
 * surfaces as a {@link io.github.tickets4j.core.TicketsException}, never as a persistence exception. Thread-safe.
 *
 * <p>The store works in the entity manager its {@link JpaTransactions} names: the host's, the one of the use case
 * running on this thread, or (resource-local, outside a use case) a short transaction of its own per call.
 */
public final class JpaTicketStore implements TicketStore {
    private final JpaTransactions transactions;
    private final StatusCounts counts = new StatusCounts();

    /**
     * Creates the store.
     *
     * @param transactions the runner the desk uses too, never null
     * @throws NullPointerException if {@code transactions} is null
     */
    public JpaTicketStore(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * {@inheritDoc}
     *
     * @throws io.github.tickets4j.core.ValidationFailedException if a text is longer than its column allows
     */
    @Override
    public Ticket insert(Ticket ticket) {
        return run(ticket.number(), em -> TicketWrites.insert(em, counts, ticket));
    }

    /**
     * {@inheritDoc}
     *
     * @throws io.github.tickets4j.core.ValidationFailedException if a text is longer than its column allows
     */
    @Override
    public Ticket update(Ticket ticket) {
        return run(ticket.number(), em -> TicketWrites.update(em, counts, ticket));
    }

    @Override
    public void delete(Ticket ticket) {
        run(ticket.number(), em -> {
            TicketWrites.delete(em, counts, ticket);
            return null;
        });
    }

    @Override
    public Optional<Ticket> findById(TicketId id) {
        Objects.requireNonNull(id, "id");
        return run(null, em -> TicketReads.byId(em, id.value().toString()));
    }

    @Override
    public Optional<Ticket> findByNumber(TicketNumber number) {
        Objects.requireNonNull(number, "number");
        return run(number, em -> TicketReads.byNumber(em, number.value()));
    }

    @Override
    public Page<TicketSummary> find(TicketCriteria criteria, Sort sort, PageRequest page) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
        return run(null, em -> TicketReads.find(em, criteria, sort, page));
    }

    @Override
    public long count(TicketCriteria criteria) {
        Objects.requireNonNull(criteria, "criteria");
        return run(null, em -> TicketReads.count(em, criteria));
    }

    @Override
    public Map<String, Long> countBy(TicketCriteria criteria, Dimension dimension) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(dimension, "dimension");
        return run(null, em -> TicketReads.countBy(em, criteria, dimension));
    }

    @Override
    public DurationStats resolution(TicketCriteria criteria) {
        Objects.requireNonNull(criteria, "criteria");
        return run(null, em -> TicketReads.resolutionBy(em, criteria, null)).getOrDefault("", DurationStats.empty());
    }

    @Override
    public Map<String, DurationStats> resolutionBy(TicketCriteria criteria, Dimension dimension) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(dimension, "dimension");
        return run(null, em -> TicketReads.resolutionBy(em, criteria, dimension));
    }

    @Override
    public Map<LocalDate, Long> createdPerDay(TicketCriteria criteria, ZoneId zone) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(zone, "zone");
        return run(null, em -> TicketReads.createdPerDay(em, criteria, zone));
    }

    /** Runs in the current entity manager and turns persistence exceptions into the core's. */
    private <T> T run(TicketNumber ticket, Function<EntityManager, T> work) {
        return transactions.withEntityManager(em -> {
            try {
                return work.apply(em);
            } catch (PersistenceException e) {
                throw Failures.translate(e, ticket == null ? null : ticket.value());
            }
        });
    }
}
