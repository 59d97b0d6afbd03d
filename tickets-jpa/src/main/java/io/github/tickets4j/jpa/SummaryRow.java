package io.github.tickets4j.jpa;

import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.StatusCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The columns of a ticket row a list shows, read by a JPQL constructor expression ({@link #SELECT}) so that pages
 * neither load descriptions nor make the provider track entities it would only check for changes at commit.
 *
 * @param id the ticket's id
 * @param numberPrefix the number's prefix
 * @param numberSequence the number's sequence value
 * @param numberWidth the number's digit count
 * @param title the title
 * @param status the status name
 * @param statusCategory the status category name
 * @param priority the priority, may be null
 * @param category the category, may be null
 * @param projectId the project, may be null
 * @param customerId the customer, may be null
 * @param assigneeId the assignee, may be null
 * @param teamId the team, may be null
 * @param hiddenFromCustomer whether hidden from the customer
 * @param dueAt the deadline, may be null
 * @param followUpDate the follow-up date, may be null
 * @param createdAt the creation instant
 * @param createdBy the creator
 * @param closedAt the closing instant, may be null
 * @param lastActivityAt the last activity
 * @param lastFollowUpAt the last follow-up, may be null
 */
record SummaryRow(String id, String numberPrefix, long numberSequence, int numberWidth, String title,
        String status, String statusCategory, String priority, String category, String projectId, String customerId,
        String assigneeId, String teamId, boolean hiddenFromCustomer, Instant dueAt, LocalDate followUpDate,
        Instant createdAt, String createdBy, Instant closedAt, Instant lastActivityAt, Instant lastFollowUpAt) {

    /** The select clause over the ticket alias {@code t}. */
    static final String SELECT = "select new " + SummaryRow.class.getName() + "(t.id, t.numberPrefix,"
            + " t.numberSequence, t.numberWidth, t.title, t.status, t.statusCategory, t.priority, t.category,"
            + " t.projectId, t.customerId, t.assigneeId, t.teamId, t.hiddenFromCustomer, t.dueAt, t.followUpDate,"
            + " t.createdAt, t.createdBy, t.closedAt, t.lastActivityAt, t.lastFollowUpAt)";

    /**
     * The summary with the ticket's tags.
     *
     * @param tags the tags, null when it has none
     * @return the summary, never null
     */
    TicketSummary summary(Set<String> tags) {
        return new TicketSummary(new TicketId(UUID.fromString(id)),
                new TicketNumber(numberPrefix, numberSequence, numberWidth), title,
                Status.of(status, StatusCategory.valueOf(statusCategory)), Optional.ofNullable(priority),
                Optional.ofNullable(category), Optional.ofNullable(projectId).map(ProjectId::of),
                Optional.ofNullable(customerId).map(CustomerId::of), Optional.ofNullable(assigneeId).map(UserId::of),
                Optional.ofNullable(teamId).map(TeamId::of), tags == null ? new HashSet<>() : tags,
                hiddenFromCustomer, Optional.ofNullable(dueAt), Optional.ofNullable(followUpDate), createdAt,
                UserId.of(createdBy), Optional.ofNullable(closedAt), lastActivityAt,
                Optional.ofNullable(lastFollowUpAt));
    }
}
