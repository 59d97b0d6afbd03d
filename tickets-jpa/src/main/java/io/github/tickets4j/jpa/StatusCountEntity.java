package io.github.tickets4j.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One stripe of a tenant's ticket count of a status: the rollup {@link StatusCounts} keeps so that the dashboard's
 * counts read a few rows instead of the ticket table. A status's count is the sum of its stripes; a single stripe
 * may be negative. A tenant's row with stripe {@value #LOCK_STRIPE} (empty status and category) counts nothing and
 * only serves as that tenant's lock.
 */
@Entity(name = "T4jStatusCount")
@Table(name = "t4j_status_count")
@IdClass(StatusCountEntity.Key.class)
class StatusCountEntity {
    /** The stripe of a tenant's lock row. */
    static final int LOCK_STRIPE = -1;

    @Id
    @Column(name = "tenant_id", length = Limits.ID)
    String tenantId;
    @Id
    @Column(name = "status", length = 40)
    String status;
    @Id
    @Column(name = "status_category", length = 20)
    String statusCategory;
    @Id
    @Column(name = "stripe")
    int stripe;
    @Column(name = "ticket_count", nullable = false)
    long ticketCount;

    /** For the persistence provider. */
    protected StatusCountEntity() {
    }

    /** The primary key: tenant, status, its category and the stripe. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String tenantId;
        String status;
        String statusCategory;
        int stripe;

        /** For the persistence provider. */
        public Key() {
        }

        Key(String tenantId, String status, String statusCategory, int stripe) {
            this.tenantId = tenantId;
            this.status = status;
            this.statusCategory = statusCategory;
            this.stripe = stripe;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && stripe == k.stripe && tenantId.equals(k.tenantId) && status.equals(k.status)
                    && statusCategory.equals(k.statusCategory);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, status, statusCategory, stripe);
        }
    }
}
