package io.github.tickets4j.core.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An activity note on a ticket, optionally scheduling the next action for a date.
 *
 * @param id the follow-up's identity, never null
 * @param note what was done or said, never blank
 * @param followUpDate when the next action is due; never null, may be empty
 * @param author who wrote it, never null
 * @param createdAt when it was written, never null
 * @param audience whether the customer may read it, never null
 */
public record FollowUp(UUID id, String note, Optional<LocalDate> followUpDate, UserId author, Instant createdAt,
        Audience audience) {
    /**
     * Checks the parts are present.
     *
     * @param id the follow-up's identity, never null
     * @param note what was done or said, never blank
     * @param followUpDate when the next action is due; never null, may be empty
     * @param author who wrote it, never null
     * @param createdAt when it was written, never null
     * @param audience whether the customer may read it, never null
     */
    public FollowUp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(followUpDate, "followUpDate");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(audience, "visibility");
    }
}
