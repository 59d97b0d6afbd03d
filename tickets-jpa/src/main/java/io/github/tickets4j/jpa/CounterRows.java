package io.github.tickets4j.jpa;

import io.github.tickets4j.core.NumbersExhaustedException;
import io.github.tickets4j.core.TicketsException;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;

/**
 * The tenants' number counters (table {@code t4j_number_counter}, one row per tenant): the last value each tenant's
 * series issued or handed out. A row is created with the tenant's first draw ({@link TenantRows}), by an insert that
 * does nothing when another transaction created it first, and then locked: two nodes drawing a new tenant's first
 * number both succeed, one after the other. A lock that finds no row creates it after all.
 */
final class CounterRows {
    /** Why a row created a moment ago cannot be read: another transaction created it after this one's snapshot. */
    static final String ISOLATION = "Tickets4j needs the READ COMMITTED isolation level (REPEATABLE READ on MariaDB,"
            + " whose locking reads see the latest rows)";
    private static final String TABLE = "t4j_number_counter";
    private final TenantRows tenants;

    /**
     * Creates the counters' writer.
     *
     * @param tenants creates a tenant's rows on its first use, never null
     */
    CounterRows(TenantRows tenants) {
        this.tenants = Objects.requireNonNull(tenants, "tenants");
    }

    /**
     * Values taken from a counter, {@code first} to {@code last}.
     *
     * @param first the first value
     * @param last the last value, at least {@code first}
     */
    record Range(long first, long last) {
    }

    /**
     * Takes the next values of a tenant's series in the current transaction: locks its counter row until the
     * transaction ends and advances it by {@code count}, or up to {@code maximum} when fewer are left. Undone with
     * the transaction.
     *
     * @param em the entity manager of the transaction, never null
     * @param tenant the tenant's id, never null
     * @param count how many values to take, at least 1
     * @param maximum the largest value that may be taken
     * @return the values taken, never null
     * @throws NumbersExhaustedException if the counter reached {@code maximum}; it is left as it was
     * @throws TicketsException if the row cannot be read after it was created
     * @throws jakarta.persistence.PersistenceException if the database fails
     */
    Range take(EntityManager em, String tenant, long count, long maximum) {
        if (!tenants.known(tenant)) {
            tenants.create(em, tenant);
        }
        Long last = lock(em, tenant);
        if (last == null) {
            tenants.create(em, tenant);
            last = lock(em, tenant);
        }
        if (last == null) {
            throw new TicketsException("The number counter of tenant " + tenant + " cannot be read after it was"
                    + " created; " + ISOLATION);
        }
        if (last >= maximum) {
            throw new NumbersExhaustedException(maximum);
        }
        long end = maximum - last <= count ? maximum : last + count;
        em.createNativeQuery("update " + TABLE + " set last_value = ?1 where tenant_id = ?2 and name = ?3")
                .setParameter(1, end).setParameter(2, tenant).setParameter(3, NumberCounterEntity.TICKETS)
                .executeUpdate();
        return new Range(last + 1, end);
    }

    /** Locks the tenant's row and reads it; null when there is none. */
    private static Long lock(EntityManager em, String tenant) {
        List<?> value = em.createNativeQuery("select last_value from " + TABLE + " where tenant_id = ?1 and name = ?2"
                + " for update").setParameter(1, tenant).setParameter(2, NumberCounterEntity.TICKETS)
                .getResultList();
        return value.isEmpty() ? null : ((Number) value.get(0)).longValue();
    }
}
