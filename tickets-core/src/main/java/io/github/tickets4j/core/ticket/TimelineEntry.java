package io.github.tickets4j.core.ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of a ticket's audit timeline: who did what when, from what to what, and why.
 *
 * @param id the entry's identity (the id of the event that wrote it), never null
 * @param at when, never null
 * @param actor who, never null
 * @param action what, never null
 * @param from the value before, for changes; never null, may be empty
 * @param to the value after; never null, may be empty
 * @param detail the reason, note or other words given; never null, may be empty
 */
public record TimelineEntry(UUID id, Instant at, UserId actor, TimelineAction action, Optional<String> from,
        Optional<String> to, Optional<String> detail) {
    /** Checks the parts are present. */
    public TimelineEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(at).append(' ').append(actor).append(' ').append(action);
        from.ifPresent(f -> s.append(' ').append(f).append(" ->"));
        to.ifPresent(t -> s.append(' ').append(t));
        detail.ifPresent(d -> s.append(": ").append(d));
        return s.toString();
    }
}
