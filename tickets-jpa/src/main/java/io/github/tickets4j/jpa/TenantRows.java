package io.github.tickets4j.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rows a tenant needs before its first ticket: its number counter ({@code t4j_number_counter}, at 0) and the
 * lock row of its status rollup ({@code t4j_status_count}, stripe {@value StatusCountEntity#LOCK_STRIPE}). A tenant
 * needs no setup: both are created on its first use, each by an insert that does nothing when the row exists
 * ({@link SqlDialect}). Rows are never removed, so each instance remembers the tenants whose rows it created or
 * found, and those need no statement at all.
 */
final class TenantRows {
    private final SqlDialect dialect;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /**
     * Creates the writer of tenants' first rows, which knows no tenant yet.
     *
     * @param dialect the database's SQL for inserting a row unless it exists, never null
     */
    TenantRows(SqlDialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /**
     * Tells whether this instance saw the tenant's rows.
     *
     * @param tenant the tenant's id, never null
     * @return true when they exist
     */
    boolean known(String tenant) {
        return known.contains(tenant);
    }

    /**
     * Tells whether a tenant's rows are better created in a transaction of their own, before a longer transaction
     * needs them: on H2, where two transactions creating the same tenant's rows at once fail the later one.
     *
     * @return true on H2
     */
    boolean inTransactionOfItsOwn() {
        return !dialect.insertIfAbsentWaits();
    }

    /**
     * Creates the tenant's counter and lock rows in the current transaction, unless they exist. PostgreSQL and
     * MariaDB make a transaction that creates a row another transaction is creating wait for that one and then do
     * nothing; H2 fails it with a unique key violation (see {@link #inTransactionOfItsOwn()}).
     *
     * @param em the entity manager of the transaction, never null
     * @param tenant the tenant's id, never null
     * @throws jakarta.persistence.PersistenceException if the database fails
     */
    void create(EntityManager em, String tenant) {
        em.createNativeQuery(dialect.insertIfAbsent("t4j_number_counter", List.of("tenant_id", "name", "last_value"),
                2)).setParameter(1, tenant).setParameter(2, NumberCounterEntity.TICKETS).setParameter(3, 0L)
                .executeUpdate();
        em.createNativeQuery(dialect.insertIfAbsent("t4j_status_count", List.of("tenant_id", "status",
                "status_category", "stripe", "ticket_count"), 4)).setParameter(1, tenant).setParameter(2, "")
                .setParameter(3, "").setParameter(4, StatusCountEntity.LOCK_STRIPE).setParameter(5, 0L)
                .executeUpdate();
        if (!inTransactionOfItsOwn()) {
            // Another transaction creating them waits for this one, so they may count as seen already. On H2 only
            // their commit may (remember): another thread would skip creating them and not find them yet.
            known.add(tenant);
        }
    }

    /**
     * Notes that a tenant's rows exist, once the transaction of their own that created them committed (on H2).
     *
     * @param tenant the tenant's id, never null
     */
    void remember(String tenant) {
        known.add(tenant);
    }
}
