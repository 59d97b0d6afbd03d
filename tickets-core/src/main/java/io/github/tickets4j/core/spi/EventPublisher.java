package io.github.tickets4j.core.spi;

import io.github.tickets4j.core.ticket.TicketEvent;

/**
 * Receives the event of every successful command. Called inside the use case's transaction, after the store
 * accepted the change: a publisher that writes to the same database (an outbox) commits or rolls back with the
 * ticket; one that throws makes the whole use case fail and roll back.
 */
public interface EventPublisher {

    /**
     * Publishes one event.
     *
     * @param event the event, never null
     */
    void publish(TicketEvent event);

    /**
     * A publisher that drops every event.
     *
     * @return the publisher, never null
     */
    static EventPublisher none() {
        return event -> { };
    }
}
