package io.github.tickets4j.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The counter row of gapless numbering: the last value issued. Only ever changed by a conditional update inside
 * the creating transaction, which locks the row until that transaction ends.
 */
@Entity(name = "T4jNumberCounter")
@Table(name = "t4j_number_counter")
public class NumberCounterEntity {
    /** The counter the schema scripts create. */
    public static final String TICKETS = "tickets";

    @Id
    @Column(name = "name", length = 40)
    String name;
    @Column(name = "last_value", nullable = false)
    long lastValue;

    /** For the persistence provider. */
    protected NumberCounterEntity() {
    }
}
