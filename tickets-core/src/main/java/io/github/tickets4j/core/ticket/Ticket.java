package io.github.tickets4j.core.ticket;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.WorkflowRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A ticket's current state, without its history, as the desk hands it out. Immutable: tickets change only
 * through {@code TicketDesk}, whose every decision stores a new state one version higher and appends one entry to
 * the history. Store adapters rebuild what they read with {@link io.github.tickets4j.core.spi.StoredTicket}.
 * Invariant: closed at/by are present exactly when the status is in the closed category.
 *
 * @param tenant the tenant the ticket belongs to, never null
 * @param id the identity, never null
 * @param number the number, never null
 * @param title the title, never null
 * @param description the description; never null, may be empty
 * @param status the status, never null
 * @param priority the priority; never null, may be empty
 * @param category the category (type); never null, may be empty
 * @param project the project; never null, may be empty
 * @param customer the customer; never null, may be empty
 * @param contact the customer's contact person; never null, may be empty
 * @param submitter the submitter's details; never null, may be empty
 * @param assignee the assignee; never null, may be empty
 * @param team the team; never null, may be empty
 * @param tags the tags, sorted and unmodifiable; never null
 * @param hiddenFromCustomer whether the ticket is hidden from the customer
 * @param dueAt the deadline; never null, may be empty
 * @param followUpDate the next follow-up date; never null, may be empty
 * @param createdAt when the ticket was created, never null
 * @param createdBy who created the ticket, never null
 * @param closedAt when it was closed; present exactly when the status is closed
 * @param closedBy who closed it; present exactly when the status is closed
 * @param resolvedAt when it was resolved (or closed without a resolved step); never null, may be empty
 * @param resolutionNote the resolution note; never null, may be empty
 * @param rating how its current resolution was rated; never null, empty until rated; present only when resolved
 * @param lastActivityAt when anything last happened to it, never null
 * @param lastFollowUpAt when the last follow-up was added; never null, may be empty
 * @param workflow the workflow and version the ticket lives under, never null
 * @param version the version the store holds this ticket at, from 0; the concurrency token
 */
public record Ticket(TenantId tenant, TicketId id, TicketNumber number, String title, Optional<String> description,
        Status status, Optional<String> priority, Optional<String> category, Optional<ProjectId> project,
        Optional<CustomerId> customer, Optional<ContactId> contact, Optional<Submitter> submitter,
        Optional<UserId> assignee, Optional<TeamId> team, Set<String> tags, boolean hiddenFromCustomer,
        Optional<Instant> dueAt, Optional<LocalDate> followUpDate, Instant createdAt, UserId createdBy,
        Optional<Instant> closedAt, Optional<UserId> closedBy, Optional<Instant> resolvedAt,
        Optional<String> resolutionNote, Optional<Rating> rating, Instant lastActivityAt,
        Optional<Instant> lastFollowUpAt, WorkflowRef workflow, long version) {

    /** The most tags one ticket holds. */
    public static final int MAX_TAGS = 20;

    /**
     * Checks that every part is present and the invariants hold, and copies the tags.
     *
     * @param tenant the tenant the ticket belongs to, never null
     * @param id the identity, never null
     * @param number the number, never null
     * @param title the title, never null
     * @param description the description; never null, may be empty
     * @param status the status, never null
     * @param priority the priority; never null, may be empty
     * @param category the category (type); never null, may be empty
     * @param project the project; never null, may be empty
     * @param customer the customer; never null, may be empty
     * @param contact the customer's contact person; never null, may be empty
     * @param submitter the submitter's details; never null, may be empty
     * @param assignee the assignee; never null, may be empty
     * @param team the team; never null, may be empty
     * @param tags the tags, sorted and unmodifiable; never null
     * @param hiddenFromCustomer whether the ticket is hidden from the customer
     * @param dueAt the deadline; never null, may be empty
     * @param followUpDate the next follow-up date; never null, may be empty
     * @param createdAt when the ticket was created, never null
     * @param createdBy who created the ticket, never null
     * @param closedAt when it was closed; present exactly when the status is closed
     * @param closedBy who closed it; present exactly when the status is closed
     * @param resolvedAt when it was resolved (or closed without a resolved step); never null, may be empty
     * @param resolutionNote the resolution note; never null, may be empty
     * @param rating how its current resolution was rated; never null, empty until rated; present only when resolved
     * @param lastActivityAt when anything last happened to it, never null
     * @param lastFollowUpAt when the last follow-up was added; never null, may be empty
     * @param workflow the workflow and version the ticket lives under, never null
     * @param version the version the store holds this ticket at, from 0; the concurrency token
     * @throws NullPointerException naming the part that is null
     * @throws IllegalArgumentException if the version is negative, closed at/by disagree with the status, or a
     *     rating is present without a resolution
     */
    public Ticket {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(submitter, "submitter");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(team, "team");
        tags = Tags.of(Objects.requireNonNull(tags, "tags"));
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(followUpDate, "followUpDate");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(resolutionNote, "resolutionNote");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(lastActivityAt, "lastActivityAt");
        Objects.requireNonNull(lastFollowUpAt, "lastFollowUpAt");
        Objects.requireNonNull(workflow, "workflow");
        if (version < 0) {
            throw new IllegalArgumentException("Ticket " + number + ": version " + version + " is negative");
        }
        boolean closed = status.isClosed();
        if (closed != closedAt.isPresent() || closed != closedBy.isPresent()) {
            throw new IllegalArgumentException("Ticket " + number + " in status " + status.name()
                    + ": closed at/by must be present exactly when the status is in the closed category");
        }
        if (rating.isPresent() && resolvedAt.isEmpty()) {
            throw new IllegalArgumentException("Ticket " + number + ": a rating needs a resolution to rate");
        }
    }

    /**
     * The ticket as lists show it.
     *
     * @return the summary, never null
     */
    public TicketSummary summary() {
        return new TicketSummary(id, number, title, status, priority, category, project, customer, assignee, team,
                tags, hiddenFromCustomer, dueAt, followUpDate, createdAt, createdBy, closedAt, lastActivityAt,
                lastFollowUpAt);
    }

    /**
     * Tells whether the ticket is overdue; see {@link TicketSummary#isOverdue(ZonedDateTime)}.
     *
     * @param now the current time in the viewer's zone, never null
     * @return true when overdue
     * @throws ValidationFailedException naming {@code now} if it is null
     */
    public boolean isOverdue(ZonedDateTime now) {
        return summary().isOverdue(now);
    }

    /** Names the ticket by number, status, version and title, rather than listing its 29 parts. */
    @Override
    public String toString() {
        return "Ticket[" + number + " " + status.name() + " v" + version + " '" + title + "']";
    }
}
