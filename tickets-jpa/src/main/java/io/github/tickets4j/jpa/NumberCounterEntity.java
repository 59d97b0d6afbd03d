package io.github.tickets4j.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A tenant's number counter: the last value its series issued (gapless numbering) or handed to a node (block
 * numbering). Created on the tenant's first number and only ever changed by {@link CounterRows}, under the row's
 * lock.
 */
@Entity(name = "T4jNumberCounter")
@IdClass(NumberCounterEntity.Key.class)
@Table(name = "t4j_number_counter")
class NumberCounterEntity {
    /** The name of the ticket-number counter, the only one there is. */
    static final String TICKETS = "tickets";

    @Id
    @Column(name = "tenant_id", length = Limits.ID)
    String tenantId;
    @Id
    @Column(name = "name", length = 40)
    String name;
    @Column(name = "last_value", nullable = false)
    long lastValue;

    /** For the persistence provider. */
    protected NumberCounterEntity() {
    }

    /** The primary key: tenant and counter name. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String tenantId;
        String name;

        /** For the persistence provider. */
        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(name, k.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, name);
        }
    }
}
