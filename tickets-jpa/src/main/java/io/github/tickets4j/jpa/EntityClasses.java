package io.github.tickets4j.jpa;

import java.util.List;

/**
 * The entity classes Tickets4j maps, the one list every part of the adapter reads. It lives here rather than in
 * {@code TicketsPersistence}, whose {@code configuration(String)} needs Jakarta Persistence 3.2: code that runs on
 * 3.1 hosts (the storage's {@code problems()}) must never load that class.
 */
final class EntityClasses {
    /** Every entity class, parents first. */
    static final List<Class<?>> ALL = List.of(TicketEntity.class, TimelineEntity.class,
            NumberCounterEntity.class, StatusCountEntity.class, GuestPassEntity.class);

    private EntityClasses() {
    }
}
