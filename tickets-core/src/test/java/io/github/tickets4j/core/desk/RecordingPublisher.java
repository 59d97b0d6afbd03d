package io.github.tickets4j.core.desk;

import io.github.tickets4j.core.spi.EventPublisher;
import io.github.tickets4j.core.ticket.TicketEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every event a desk publishes, in order. Can be told to fail, as an outbox whose database write fails
 * would, to prove the use case rolls back. Thread-safe.
 */
final class RecordingPublisher implements EventPublisher {
    private final List<TicketEvent> events = new ArrayList<>();
    private final List<TicketEvent> refused = new ArrayList<>();
    private volatile boolean failing;

    @Override
    public synchronized void publish(TicketEvent event) {
        if (failing) {
            refused.add(event);
            throw new IllegalStateException("outbox unavailable");
        }
        events.add(event);
    }

    /** @return the events this publisher failed on, in order, so a test can look for what they were about */
    synchronized List<TicketEvent> refused() {
        return List.copyOf(refused);
    }

    void failing(boolean fail) {
        this.failing = fail;
    }

    synchronized List<TicketEvent> events() {
        return List.copyOf(events);
    }

    synchronized int count() {
        return events.size();
    }

    synchronized TicketEvent last() {
        return events.get(events.size() - 1);
    }

    /** @return the events published since the first {@code from} ones */
    synchronized List<TicketEvent> since(int from) {
        return List.copyOf(new ArrayList<>(events.subList(from, events.size())));
    }
}
