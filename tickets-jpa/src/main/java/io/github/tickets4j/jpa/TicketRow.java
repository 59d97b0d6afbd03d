package io.github.tickets4j.jpa;

import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.Rating;
import io.github.tickets4j.core.ticket.Submitter;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.WorkflowRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * A ticket's state as one row of the load query ({@link #SELECT}): the ticket's columns and one of its tags. The
 * query joins the tags, so a ticket reads in one statement, as a row per tag (one row without tags). A projection,
 * not an entity: nothing is cached in the persistence context, so a read always returns what the database holds,
 * even in an entity manager that outlives transactions, and nothing is loaded lazily later.
 *
 * @param tenantId the ticket's tenant
 * @param id the ticket's id
 * @param numberPrefix the number's prefix
 * @param numberSequence the number's sequence value
 * @param numberWidth the number's digit count
 * @param title the title
 * @param description the description, may be null
 * @param status the status name
 * @param statusCategory the status category name
 * @param priority the priority, may be null
 * @param category the category, may be null
 * @param projectId the project, may be null
 * @param customerId the customer, may be null
 * @param contactId the contact, may be null
 * @param hasSubmitter whether a submitter is recorded
 * @param submitterName the submitter's name, may be null
 * @param submitterEmail the submitter's e-mail, may be null
 * @param submitterCompany the submitter's company, may be null
 * @param assigneeId the assignee, may be null
 * @param teamId the team, may be null
 * @param hiddenFromCustomer whether hidden from the customer
 * @param dueAt the deadline, may be null
 * @param followUpDate the follow-up date, may be null
 * @param createdAt the creation instant
 * @param createdBy the creator
 * @param closedAt the closing instant, may be null
 * @param closedBy who closed it, may be null
 * @param resolvedAt the resolution instant, may be null
 * @param resolutionNote the resolution note, may be null
 * @param ratingScore the rating's score, null while unrated
 * @param ratingComment the rating's comment, may be null
 * @param ratedAt when it was rated, null while unrated
 * @param ratedBy who rated it, null while unrated
 * @param lastActivityAt the last activity
 * @param lastFollowUpAt the last follow-up, may be null
 * @param workflowId the workflow's name
 * @param workflowVersion the workflow's version
 * @param version the ticket's version
 * @param tag one tag of the ticket, null when it has none
 */
record TicketRow(String tenantId, String id, String numberPrefix, long numberSequence, int numberWidth,
        String title, String description, String status, String statusCategory, String priority, String category,
        String projectId, String customerId, String contactId, boolean hasSubmitter, String submitterName,
        String submitterEmail, String submitterCompany, String assigneeId, String teamId, boolean hiddenFromCustomer,
        Instant dueAt, LocalDate followUpDate, Instant createdAt, String createdBy, Instant closedAt,
        String closedBy, Instant resolvedAt, String resolutionNote, Short ratingScore, String ratingComment,
        Instant ratedAt, String ratedBy, Instant lastActivityAt, Instant lastFollowUpAt, String workflowId,
        int workflowVersion, long version, String tag) {

    /** The load query up to its condition, over the ticket alias {@code t}. */
    static final String SELECT = "select new " + TicketRow.class.getName() + "(t.tenantId, t.id, t.numberPrefix,"
            + " t.numberSequence, t.numberWidth, t.title, t.description, t.status, t.statusCategory, t.priority,"
            + " t.category, t.projectId, t.customerId, t.contactId, t.hasSubmitter, t.submitterName,"
            + " t.submitterEmail, t.submitterCompany, t.assigneeId, t.teamId, t.hiddenFromCustomer, t.dueAt,"
            + " t.followUpDate, t.createdAt, t.createdBy, t.closedAt, t.closedBy, t.resolvedAt, t.resolutionNote,"
            + " t.ratingScore, t.ratingComment, t.ratedAt, t.ratedBy, t.lastActivityAt, t.lastFollowUpAt,"
            + " t.workflowId, t.workflowVersion, t.version, g)"
            + " from T4jTicket t left join t.tags g";

    /**
     * The ticket this row describes.
     *
     * @param tags every tag of the ticket, never null
     * @return the ticket, never null
     */
    Ticket ticket(Collection<String> tags) {
        return StoredTicket.builder().tenant(TenantId.of(tenantId)).id(new TicketId(UUID.fromString(id)))
                .number(new TicketNumber(numberPrefix, numberSequence, numberWidth)).title(title)
                .description(description).status(Status.of(status, StatusCategory.valueOf(statusCategory)))
                .priority(priority).category(category).project(projectId == null ? null : ProjectId.of(projectId))
                .customer(customerId == null ? null : CustomerId.of(customerId))
                .contact(contactId == null ? null : ContactId.of(contactId))
                .submitter(hasSubmitter ? Submitter.of(submitterName, submitterEmail, submitterCompany) : null)
                .assignee(user(assigneeId)).team(teamId == null ? null : TeamId.of(teamId)).tags(tags)
                .hiddenFromCustomer(hiddenFromCustomer).dueAt(dueAt).followUpDate(followUpDate).createdAt(createdAt)
                .createdBy(user(createdBy)).closedAt(closedAt).closedBy(user(closedBy)).resolvedAt(resolvedAt)
                .resolutionNote(resolutionNote).rating(rating()).lastActivityAt(lastActivityAt)
                .lastFollowUpAt(lastFollowUpAt)
                .workflow(new WorkflowRef(workflowId, workflowVersion)).version(version).build();
    }

    /** The rating of the current resolution; none while the score column is null. */
    private Rating rating() {
        return ratingScore == null ? null
                : new Rating(ratingScore, Optional.ofNullable(ratingComment), ratedAt, UserId.of(ratedBy));
    }

    private static UserId user(String value) {
        return value == null ? null : UserId.of(value);
    }
}
