package io.github.tickets4j.core.ticket;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.workflow.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A ticket as lists and tables show it: everything but the description, follow-ups and timeline. Queries return
 * summaries so a store never loads whole timelines to fill a page.
 *
 * @param id the identity, never null
 * @param number the number, never null
 * @param title the title, never null
 * @param status the status, never null
 * @param priority the priority; never null, may be empty
 * @param category the category; never null, may be empty
 * @param project the project; never null, may be empty
 * @param customer the customer; never null, may be empty
 * @param assignee the assignee; never null, may be empty
 * @param team the team; never null, may be empty
 * @param tags the tags, sorted; never null
 * @param hiddenFromCustomer whether hidden from the customer
 * @param dueAt the deadline; never null, may be empty
 * @param followUpDate the next follow-up date; never null, may be empty
 * @param createdAt when created, never null
 * @param createdBy who created it, never null
 * @param closedAt when closed; present exactly when the status is closed
 * @param lastActivityAt when anything last happened to it, never null
 * @param lastFollowUpAt when the last follow-up was added; never null, may be empty
 */
public record TicketSummary(TicketId id, TicketNumber number, String title, Status status, Optional<String> priority,
        Optional<String> category, Optional<ProjectId> project, Optional<CustomerId> customer,
        Optional<UserId> assignee, Optional<TeamId> team, Set<String> tags, boolean hiddenFromCustomer, Optional<Instant> dueAt,
        Optional<LocalDate> followUpDate, Instant createdAt, UserId createdBy, Optional<Instant> closedAt,
        Instant lastActivityAt, Optional<Instant> lastFollowUpAt) {

    /**
     * Checks the required parts and copies the tags.
     *
     * @param id the identity, never null
     * @param number the number, never null
     * @param title the title, never null
     * @param status the status, never null
     * @param priority the priority; never null, may be empty
     * @param category the category; never null, may be empty
     * @param project the project; never null, may be empty
     * @param customer the customer; never null, may be empty
     * @param assignee the assignee; never null, may be empty
     * @param team the team; never null, may be empty
     * @param tags the tags, sorted; never null
     * @param hiddenFromCustomer whether hidden from the customer
     * @param dueAt the deadline; never null, may be empty
     * @param followUpDate the next follow-up date; never null, may be empty
     * @param createdAt when created, never null
     * @param createdBy who created it, never null
     * @param closedAt when closed; present exactly when the status is closed
     * @param lastActivityAt when anything last happened to it, never null
     * @param lastFollowUpAt when the last follow-up was added; never null, may be empty
     */
    public TicketSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(lastActivityAt, "lastActivityAt");
        tags = Tags.of(tags);
    }

    /**
     * Tells whether the ticket is overdue: not closed, and its follow-up date is before today or its due date has
     * passed. A closed ticket is never overdue. "Today" is the date of {@code now} in its zone: pass the time in the
     * zone the viewer works in, as the desk does (the actor's zone, else the desk's), for example
     * {@code ZonedDateTime.now(clock.withZone(zone))}.
     *
     * @param now the current time in the viewer's zone, never null
     * @return true when overdue
     * @throws ValidationFailedException naming {@code now} if it is null
     */
    public boolean isOverdue(ZonedDateTime now) {
        if (now == null) {
            throw ValidationFailedException.of("now", "must not be null");
        }
        return isOverdue(now.toLocalDate(), now.toInstant());
    }

    /**
     * The one definition of overdue, with today and now given apart, as {@link
     * io.github.tickets4j.core.spi.TicketCriteria} carries them because a store compares the follow-up date and
     * the deadline in separate columns: not closed, and the follow-up date is before {@code today} or the deadline
     * is before {@code now}.
     *
     * @param today today in the viewer's zone, never null
     * @param now the current instant, never null
     * @return true when overdue
     * @throws ValidationFailedException naming {@code today} or {@code now} if it is null
     */
    public boolean isOverdue(LocalDate today, Instant now) {
        if (today == null || now == null) {
            throw ValidationFailedException.of(today == null ? "today" : "now", "must not be null");
        }
        return !status.isClosed() && (followUpDate.map(d -> d.isBefore(today)).orElse(false)
                || dueAt.map(d -> d.isBefore(now)).orElse(false));
    }

    /**
     * How long the ticket took from creation to its latest closing, in whole seconds.
     *
     * @return the duration, or empty when the ticket is not closed
     */
    public Optional<Duration> resolutionTime() {
        return closedAt.map(c -> Duration.ofSeconds(Duration.between(createdAt, c).getSeconds()));
    }
}
