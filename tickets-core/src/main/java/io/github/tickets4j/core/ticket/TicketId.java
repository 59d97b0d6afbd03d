package io.github.tickets4j.core.ticket;

import io.github.tickets4j.core.ValidationFailedException;
import java.util.UUID;

/**
 * The internal, never-shown identity of a ticket. Hosts reference tickets by {@link TicketNumber}.
 *
 * @param value the UUID, never null
 */
public record TicketId(UUID value) {
    /**
     * Checks the value is present.
     *
     * @param value the UUID, never null
     * @throws ValidationFailedException naming {@code ticketId} if the value is null
     */
    public TicketId {
        if (value == null) {
            throw ValidationFailedException.of("ticketId", "must not be null");
        }
    }

    /**
     * Creates a new random id.
     *
     * @return a fresh id, never null
     */
    public static TicketId random() {
        return new TicketId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
