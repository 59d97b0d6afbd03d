package io.github.tickets4j.jpa;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A ticket's row, package-private: {@link TicketMapper} copies it from and to the domain's {@code Ticket}. Besides the
 * aggregate's fields it keeps values derived for the database's sake: the status category (grouping and the
 * "closed" rule), the number's parts (lookup, uniqueness and sorting by prefix and sequence, whatever width the
 * number is shown with; the formatted number is kept for display), the creation instant in epoch milliseconds (days
 * in any zone with portable arithmetic), the resolution time in seconds (resolution statistics) and the folded
 * search text (free text, compared as the core folds it, never with the database's case rules). The rating of the
 * current resolution lives in four nullable columns of the row (a ticket holds at most one). The version is
 * compared and set by {@link TicketWrites} in one conditional update, not by the provider, so it rises by exactly
 * one per change. The adapter never loads this entity: it persists new rows, reads state through projections
 * ({@link TicketRow}) and changes rows with bulk updates, so no stale managed instance can answer a later read.
 *
 * <p>The tenant leads the key, every unique key and every index (the schema scripts are the reference; the
 * annotations below only describe them), so each statement reads one tenant's range, and a sharded database can
 * distribute the rows by tenant with the tags and the history on the same shard.
 */
@Entity(name = "T4jTicket")
@IdClass(TicketEntity.Key.class)
@Table(name = "t4j_ticket", uniqueConstraints = @UniqueConstraint(name = "t4j_ticket_number_uk",
        columnNames = {"tenant_id", "number_prefix", "number_sequence"}), indexes = {
            @Index(name = "t4j_ticket_status_ix", columnList = "tenant_id, status"),
            @Index(name = "t4j_ticket_closed_ix", columnList = "tenant_id, status_category, closed_at"),
            @Index(name = "t4j_ticket_project_ix", columnList = "tenant_id, project_id"),
            @Index(name = "t4j_ticket_assignee_ix", columnList = "tenant_id, assignee_id"),
            @Index(name = "t4j_ticket_follow_up_ix", columnList = "tenant_id, follow_up_date, status_category"),
            @Index(name = "t4j_ticket_due_ix", columnList = "tenant_id, due_at, follow_up_date, status_category"),
            @Index(name = "t4j_ticket_created_ix", columnList = "tenant_id, created_at"),
            @Index(name = "t4j_ticket_rated_ix", columnList = "tenant_id, rated_at"),
            @Index(name = "t4j_ticket_customer_ix", columnList = "tenant_id, customer_id")})
class TicketEntity {
    @Id
    @Column(name = "tenant_id", length = Limits.ID)
    String tenantId;
    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "ticket_number", length = 30, nullable = false)
    String number;
    @Column(name = "number_prefix", length = 10, nullable = false)
    String numberPrefix;
    @Column(name = "number_sequence", nullable = false)
    long numberSequence;
    @Column(name = "number_width", nullable = false)
    int numberWidth;
    @Column(name = "title", length = Limits.TITLE, nullable = false)
    String title;
    @Column(name = "description", length = Limits.DESCRIPTION)
    String description;
    @Column(name = "search_text", length = Limits.SEARCH_TEXT, nullable = false)
    String searchText;
    @Column(name = "status", length = 40, nullable = false)
    String status;
    @Column(name = "status_category", length = 20, nullable = false)
    String statusCategory;
    @Column(name = "priority", length = Limits.NAME)
    String priority;
    @Column(name = "category", length = Limits.NAME)
    String category;
    @Column(name = "project_id", length = Limits.ID)
    String projectId;
    @Column(name = "customer_id", length = Limits.ID)
    String customerId;
    @Column(name = "contact_id", length = Limits.ID)
    String contactId;
    @Column(name = "has_submitter", nullable = false)
    boolean hasSubmitter;
    @Column(name = "submitter_name", length = Limits.SUBMITTER_NAME)
    String submitterName;
    @Column(name = "submitter_email", length = Limits.EMAIL)
    String submitterEmail;
    @Column(name = "submitter_company", length = Limits.SUBMITTER_NAME)
    String submitterCompany;
    @Column(name = "assignee_id", length = Limits.ID)
    String assigneeId;
    @Column(name = "team_id", length = Limits.ID)
    String teamId;
    @ElementCollection
    @CollectionTable(name = "t4j_ticket_tag", joinColumns = {
        @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
        @JoinColumn(name = "ticket_id", referencedColumnName = "id")})
    @Column(name = "tag", length = Limits.TAG, nullable = false)
    Set<String> tags = new HashSet<>();
    @Column(name = "hidden", nullable = false)
    boolean hiddenFromCustomer;
    @Column(name = "due_at")
    Instant dueAt;
    @Column(name = "follow_up_date")
    LocalDate followUpDate;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "created_epoch_ms", nullable = false)
    long createdEpochMs;
    @Column(name = "created_by", length = Limits.ID, nullable = false)
    String createdBy;
    @Column(name = "closed_at")
    Instant closedAt;
    @Column(name = "closed_by", length = Limits.ID)
    String closedBy;
    @Column(name = "resolution_seconds")
    Long resolutionSeconds;
    @Column(name = "resolved_at")
    Instant resolvedAt;
    @Column(name = "resolution_note", length = Limits.REASON)
    String resolutionNote;
    /** The rating of the current resolution: score, comment, when and by whom; all null while unrated. */
    @Column(name = "rating_score")
    Short ratingScore;
    @Column(name = "rating_comment", length = Limits.REASON)
    String ratingComment;
    @Column(name = "rated_at")
    Instant ratedAt;
    @Column(name = "rated_by", length = Limits.ID)
    String ratedBy;
    @Column(name = "last_activity_at", nullable = false)
    Instant lastActivityAt;
    @Column(name = "last_follow_up_at")
    Instant lastFollowUpAt;
    @Column(name = "workflow_id", length = Limits.ID, nullable = false)
    String workflowId;
    @Column(name = "workflow_version", nullable = false)
    int workflowVersion;
    @Column(name = "version", nullable = false)
    long version;

    /** For the persistence provider. */
    protected TicketEntity() {
    }

    /** The primary key of a row keyed by its tenant and its own id: a ticket's, and a guest pass's. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String tenantId;
        String id;

        /** For the persistence provider. */
        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantId, k.tenantId) && Objects.equals(id, k.id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, id);
        }
    }
}
