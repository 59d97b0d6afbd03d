package io.github.tickets4j.jpa;

import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.jpa.StatusCountEntity.Key;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The rollup of ticket counts per tenant and status (table {@code t4j_status_count}), changed in the transaction of
 * every write that adds, moves or removes a ticket, so counts of all of a tenant's tickets by status or status
 * category read a few rows instead of the ticket table.
 *
 * <p>A write adds to one of {@value #STRIPES} rows of its status picked at random, so parallel writers seldom wait
 * for each other's row lock. A missing row is inserted while holding the tenant's lock row: only then can two
 * writers race to insert the same row, and only then does a write take a gap lock (MariaDB) on a row that does not
 * exist. A tenant's lock row is created with its number counter ({@link TenantRows}), at the latest on its first
 * write. Rows are never removed, so each instance remembers the rows it saw and updates those directly.
 */
final class StatusCounts {
    /** How many rows a status's count is spread over. */
    static final int STRIPES = 8;
    private static final String LOCK_ROW = "tenant_id = ?1 and status = '' and status_category = '' and stripe = "
            + StatusCountEntity.LOCK_STRIPE;
    private final TenantRows tenants;
    private final Set<Key> known = ConcurrentHashMap.newKeySet();

    /**
     * Creates the rollup's writer, which has seen no rows yet.
     *
     * @param tenants creates a tenant's lock row on its first write, never null
     */
    StatusCounts(TenantRows tenants) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
    }

    /**
     * Adds to the count of a status of a tenant in the current transaction.
     *
     * @param em the entity manager of the writing transaction, never null
     * @param tenant the tenant, never null
     * @param status the status name, never null
     * @param category the status's category name, never null
     * @param delta what to add, +1 or -1
     */
    void add(EntityManager em, String tenant, String status, String category, long delta) {
        Key key = new Key(tenant, status, category, ThreadLocalRandom.current().nextInt(STRIPES));
        if (known.contains(key) && bump(em, key, delta) == 1) {
            return;
        }
        lock(em, tenant);
        if (bump(em, key, delta) == 0) {
            em.createNativeQuery("insert into t4j_status_count (tenant_id, status, status_category, stripe,"
                    + " ticket_count) values (?1, ?2, ?3, ?4, ?5)").setParameter(1, key.tenantId)
                    .setParameter(2, key.status).setParameter(3, key.statusCategory).setParameter(4, key.stripe)
                    .setParameter(5, delta).executeUpdate();
        }
        known.add(key);
    }

    /**
     * Recomputes a tenant's rollup from the ticket table in the current transaction: for tickets written, imported
     * or purged around the adapter. Holds the tenant's lock row, so no writer adds a stripe meanwhile.
     *
     * @param em the entity manager of the transaction, never null
     * @param tenant the tenant, never null
     */
    void rebuild(EntityManager em, String tenant) {
        lock(em, tenant);
        em.createNativeQuery("delete from t4j_status_count where tenant_id = ?1 and stripe <> "
                + StatusCountEntity.LOCK_STRIPE).setParameter(1, tenant).executeUpdate();
        em.createNativeQuery("insert into t4j_status_count (tenant_id, status, status_category, stripe, ticket_count)"
                + " select tenant_id, status, status_category, 0, count(*) from t4j_ticket where tenant_id = ?1"
                + " group by tenant_id, status, status_category").setParameter(1, tenant).executeUpdate();
        // Every stripe but 0 is gone; writers find out by their update counting no row, and add the stripe again.
        known.removeIf(k -> k.tenantId.equals(tenant));
    }

    /**
     * Locks the tenant's lock row until the transaction ends, creating it on the tenant's first write. Native SQL
     * (the same on every database but the creation), so the persistence context never holds a rollup row that a
     * later statement could leave stale.
     */
    private void lock(EntityManager em, String tenant) {
        String select = "select stripe from t4j_status_count where " + LOCK_ROW + " for update";
        if (em.createNativeQuery(select).setParameter(1, tenant).getResultList().isEmpty()) {
            tenants.create(em, tenant);
            if (em.createNativeQuery(select).setParameter(1, tenant).getResultList().isEmpty()) {
                throw new TicketsException("The status-count lock row of tenant " + tenant + " cannot be read after"
                        + " it was created; " + CounterRows.ISOLATION);
            }
        }
    }

    /**
     * Adds to one row. Native SQL, the same on every database, because a provider may translate a JPQL update
     * again on every execution (Hibernate does), a cost every ticket creation would pay.
     */
    private static int bump(EntityManager em, Key key, long delta) {
        return em.createNativeQuery("update t4j_status_count set ticket_count = ticket_count + ?1"
                + " where tenant_id = ?2 and status = ?3 and status_category = ?4 and stripe = ?5")
                .setParameter(1, delta).setParameter(2, key.tenantId).setParameter(3, key.status)
                .setParameter(4, key.statusCategory).setParameter(5, key.stripe).executeUpdate();
    }

    /**
     * Tells whether the rollup answers counts of the criteria: every ticket of the tenant is visible, and the query
     * filters by status and status category at most.
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
     * Counts the tickets of criteria the rollup {@link #answers} per status or per status category, in the
     * criteria's tenant.
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
                + " from T4jStatusCount c where c.tenantId = :tenant and c.stripe <> "
                + StatusCountEntity.LOCK_STRIPE + " group by c.status, c.statusCategory", Object[].class)
                .setParameter("tenant", c.tenant().value()).getResultList()) {
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
