package io.github.tickets4j.jpa.internal;

import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.jpa.internal.StatusCountEntity.Key;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The rollup of ticket counts per status (table {@code t4j_status_count}), changed in the transaction of every
 * write that adds, moves or removes a ticket, so counts of all tickets by status or status category read a few
 * rows instead of the ticket table.
 *
 * <p>A write adds to one of {@value #STRIPES} rows of its status picked at random, so parallel writers seldom wait
 * for each other's row lock. A missing row is inserted while holding the lock row: only then can two writers race
 * to insert the same row, and only then does a write take a gap lock (MariaDB) on a row that does not exist.
 * Rows are never removed, so each instance remembers the rows it saw and updates those directly.
 */
public final class StatusCounts {
    /** How many rows a status's count is spread over. */
    static final int STRIPES = 8;
    private final Set<Key> known = ConcurrentHashMap.newKeySet();

    /** Creates the rollup's writer, which has seen no rows yet. */
    public StatusCounts() {
    }

    /**
     * Adds to the count of a status in the current transaction.
     *
     * @param em the entity manager of the writing transaction, never null
     * @param status the status name, never null
     * @param category the status's category name, never null
     * @param delta what to add, +1 or -1
     * @throws TicketsException if the schema lacks the lock row
     */
    void add(EntityManager em, String status, String category, long delta) {
        Key key = new Key(status, category, ThreadLocalRandom.current().nextInt(STRIPES));
        if (known.contains(key) && bump(em, key, delta) == 1) {
            return;
        }
        lock(em);
        if (bump(em, key, delta) == 0) {
            em.createNativeQuery("insert into t4j_status_count (status, status_category, stripe, ticket_count)"
                    + " values (?1, ?2, ?3, ?4)").setParameter(1, key.status).setParameter(2, key.statusCategory)
                    .setParameter(3, key.stripe).setParameter(4, delta).executeUpdate();
        }
        known.add(key);
    }

    /**
     * Recomputes the rollup from the ticket table in the current transaction: for tickets written, imported or
     * purged around the adapter. Holds the lock row, so no writer adds a stripe meanwhile.
     *
     * @param em the entity manager of the transaction, never null
     * @throws TicketsException if the schema lacks the lock row
     */
    public void rebuild(EntityManager em) {
        lock(em);
        em.createNativeQuery("delete from t4j_status_count where stripe <> " + StatusCountEntity.LOCK_STRIPE)
                .executeUpdate();
        em.createNativeQuery("insert into t4j_status_count (status, status_category, stripe, ticket_count)"
                + " select status, status_category, 0, count(*) from t4j_ticket group by status, status_category")
                .executeUpdate();
        // Every stripe but 0 is gone; writers find out by their update counting no row, and add the stripe again.
        known.clear();
    }

    /**
     * Locks the lock row until the transaction ends. Native SQL (the same on every database), so the persistence
     * context never holds a rollup row that a later statement could leave stale.
     */
    private static void lock(EntityManager em) {
        List<?> row = em.createNativeQuery("select stripe from t4j_status_count where status = '' and"
                + " status_category = '' and stripe = " + StatusCountEntity.LOCK_STRIPE + " for update")
                .getResultList();
        if (row.isEmpty()) {
            throw new TicketsException("The lock row of t4j_status_count is missing; run the Tickets4j schema script");
        }
    }

    /**
     * Adds to one row. Native SQL, the same on every database, because a provider may translate a JPQL update
     * again on every execution (Hibernate does), a cost every ticket creation would pay.
     */
    private static int bump(EntityManager em, Key key, long delta) {
        return em.createNativeQuery("update t4j_status_count set ticket_count = ticket_count + ?1"
                + " where status = ?2 and status_category = ?3 and stripe = ?4").setParameter(1, delta)
                .setParameter(2, key.status).setParameter(3, key.statusCategory).setParameter(4, key.stripe)
                .executeUpdate();
    }

    /**
     * Tells whether the rollup answers counts of the criteria: every ticket is visible, and the query filters by
     * status and status category at most.
     *
     * @param c the criteria, never null
     * @return true when {@link #count} and {@link #countBy} may answer
     */
    static boolean answers(TicketCriteria c) {
        TicketQuery q = c.query();
        return c.scopes().stream().allMatch(ViewableTickets.All.class::isInstance)
                && q.equals(TicketQuery.builder().statuses(q.statuses().toArray(String[]::new))
                        .statusCategories(q.statusCategories().toArray(StatusCategory[]::new)).build());
    }

    /**
     * Counts the tickets of criteria the rollup {@link #answers}.
     *
     * @param em the entity manager, never null
     * @param c the criteria, never null
     * @return the count
     */
    static long count(EntityManager em, TicketCriteria c) {
        return countBy(em, c, Dimension.STATUS).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Counts the tickets of criteria the rollup {@link #answers} per status or per status category.
     *
     * @param em the entity manager, never null
     * @param c the criteria, never null
     * @param d {@link Dimension#STATUS} or {@link Dimension#STATUS_CATEGORY}
     * @return counts by value, sorted, without values that count nothing; never null
     */
    static Map<String, Long> countBy(EntityManager em, TicketCriteria c, Dimension d) {
        Set<String> statuses = c.query().statuses();
        Set<StatusCategory> categories = c.query().statusCategories();
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : em.createQuery("select c.status, c.statusCategory, sum(c.ticketCount)"
                + " from T4jStatusCount c where c.stripe <> " + StatusCountEntity.LOCK_STRIPE
                + " group by c.status, c.statusCategory", Object[].class)
                .getResultList()) {
            String status = (String) row[0];
            String category = (String) row[1];
            if ((statuses.isEmpty() || statuses.contains(status))
                    && (categories.isEmpty() || categories.contains(StatusCategory.valueOf(category)))) {
                counts.merge(d == Dimension.STATUS ? status : category, ((Number) row[2]).longValue(), Long::sum);
            }
        }
        counts.values().removeIf(n -> n == 0);
        return counts;
    }
}
