package io.github.tickets4j.core.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of a ticket's history, an append-only log: who did what when, from what to what, and why. Entries are
 * numbered by {@code sequence}: the ticket version the change produced (0 for the creation), so a ticket at version
 * {@code v} has entries 0 to {@code v}, and history pages are read newest first by sequence. A follow-up is an entry
 * too ({@link TimelineAction#FOLLOW_UP_ADDED}, its note in {@code detail}, its date in {@code to}): its text is stored
 * once.
 *
 * @param id the entry's identity (the id of the event that wrote it), never null
 * @param sequence the ticket version the entry's change produced, at least 0
 * @param at when, never null
 * @param actor who, never null
 * @param action what, never null
 * @param from the value before, for changes; never null, may be empty
 * @param to the value after; never null, may be empty
 * @param detail the reason, note or other words given; never null, may be empty
 * @param audience whether customer-facing views may show it, never null
 */
public record TimelineEntry(UUID id, long sequence, Instant at, UserId actor, TimelineAction action,
        Optional<String> from, Optional<String> to, Optional<String> detail, Audience audience) {
    /**
     * Checks the parts.
     *
     * @param id the entry's identity (the id of the event that wrote it), never null
     * @param sequence the ticket version the entry's change produced, at least 0
     * @param at when, never null
     * @param actor who, never null
     * @param action what, never null
     * @param from the value before, for changes; never null, may be empty
     * @param to the value after; never null, may be empty
     * @param detail the reason, note or other words given; never null, may be empty
     * @param audience whether customer-facing views may show it, never null
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the sequence is negative
     */
    public TimelineEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(audience, "visibility");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence " + sequence + " is negative");
        }
    }

    /**
     * Reads this entry as a follow-up.
     *
     * @return the follow-up, or empty when the entry records something else
     */
    public Optional<FollowUp> followUp() {
        if (action != TimelineAction.FOLLOW_UP_ADDED) {
            return Optional.empty();
        }
        return Optional.of(new FollowUp(id, detail.orElse(""), to.map(LocalDate::parse), actor, at, audience));
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append('#').append(sequence).append(' ').append(at).append(' ')
                .append(actor).append(' ').append(action);
        from.ifPresent(f -> s.append(' ').append(f).append(" ->"));
        to.ifPresent(t -> s.append(' ').append(t));
        detail.ifPresent(d -> s.append(": ").append(d));
        if (audience == Audience.INTERNAL) {
            s.append(" (internal)");
        }
        return s.toString();
    }
}
