package io.github.tickets4j.core.spi;

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
import io.github.tickets4j.core.workflow.WorkflowRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a {@link Ticket} field by field; {@link #build()} checks the invariants. Store adapters rebuild the
 * tickets they read with {@link #builder()}; {@link #from(Ticket)} copies a ticket to change some of its fields (a
 * test's variant of a stored ticket, or the desk's next state). Building a ticket stores nothing: tickets change
 * through {@code TicketDesk}. Setters take null for "absent". Not thread-safe.
 */
public final class StoredTicket {
    private final Set<String> tags = new TreeSet<>();
    private TenantId tenant;
    private TicketId id;
    private TicketNumber number;
    private String title;
    private String description;
    private Status status;
    private String priority;
    private String category;
    private ProjectId project;
    private CustomerId customer;
    private ContactId contact;
    private Submitter submitter;
    private UserId assignee;
    private TeamId team;
    private boolean hiddenFromCustomer;
    private Instant dueAt;
    private LocalDate followUpDate;
    private Instant createdAt;
    private UserId createdBy;
    private Instant closedAt;
    private UserId closedBy;
    private Instant resolvedAt;
    private String resolutionNote;
    private Rating rating;
    private Instant lastActivityAt;
    private Instant lastFollowUpAt;
    private WorkflowRef workflow;
    private long version;

    private StoredTicket() {
    }

    /**
     * Starts an empty ticket.
     *
     * @return a builder, never null
     */
    public static StoredTicket builder() {
        return new StoredTicket();
    }

    /**
     * Starts with every field of a ticket.
     *
     * @param ticket the ticket to copy, never null
     * @return a builder holding the ticket's state, never null
     * @throws NullPointerException if the ticket is null
     */
    public static StoredTicket from(Ticket ticket) {
        return builder().tenant(ticket.tenant()).id(ticket.id()).number(ticket.number()).title(ticket.title())
                .description(ticket.description().orElse(null)).status(ticket.status())
                .priority(ticket.priority().orElse(null)).category(ticket.category().orElse(null))
                .project(ticket.project().orElse(null)).customer(ticket.customer().orElse(null))
                .contact(ticket.contact().orElse(null)).submitter(ticket.submitter().orElse(null))
                .assignee(ticket.assignee().orElse(null)).team(ticket.team().orElse(null)).tags(ticket.tags())
                .hiddenFromCustomer(ticket.hiddenFromCustomer()).dueAt(ticket.dueAt().orElse(null))
                .followUpDate(ticket.followUpDate().orElse(null)).createdAt(ticket.createdAt())
                .createdBy(ticket.createdBy()).closedAt(ticket.closedAt().orElse(null))
                .closedBy(ticket.closedBy().orElse(null)).resolvedAt(ticket.resolvedAt().orElse(null))
                .resolutionNote(ticket.resolutionNote().orElse(null)).rating(ticket.rating().orElse(null))
                .lastActivityAt(ticket.lastActivityAt())
                .lastFollowUpAt(ticket.lastFollowUpAt().orElse(null)).workflow(ticket.workflow())
                .version(ticket.version());
    }

    /**
     * @param value the tenant
     * @return this builder
     */
    public StoredTicket tenant(TenantId value) {
        this.tenant = value;
        return this;
    }

    /**
     * @param value the identity
     * @return this builder
     */
    public StoredTicket id(TicketId value) {
        this.id = value;
        return this;
    }

    /**
     * @param value the number
     * @return this builder
     */
    public StoredTicket number(TicketNumber value) {
        this.number = value;
        return this;
    }

    /**
     * @param value the title
     * @return this builder
     */
    public StoredTicket title(String value) {
        this.title = value;
        return this;
    }

    /**
     * @param value the description, may be null
     * @return this builder
     */
    public StoredTicket description(String value) {
        this.description = value;
        return this;
    }

    /**
     * @param value the status
     * @return this builder
     */
    public StoredTicket status(Status value) {
        this.status = value;
        return this;
    }

    /**
     * @param value the priority, may be null
     * @return this builder
     */
    public StoredTicket priority(String value) {
        this.priority = value;
        return this;
    }

    /**
     * @param value the category, may be null
     * @return this builder
     */
    public StoredTicket category(String value) {
        this.category = value;
        return this;
    }

    /**
     * @param value the project, may be null
     * @return this builder
     */
    public StoredTicket project(ProjectId value) {
        this.project = value;
        return this;
    }

    /**
     * @param value the customer, may be null
     * @return this builder
     */
    public StoredTicket customer(CustomerId value) {
        this.customer = value;
        return this;
    }

    /**
     * @param value the contact, may be null
     * @return this builder
     */
    public StoredTicket contact(ContactId value) {
        this.contact = value;
        return this;
    }

    /**
     * @param value the submitter's details, may be null
     * @return this builder
     */
    public StoredTicket submitter(Submitter value) {
        this.submitter = value;
        return this;
    }

    /**
     * @param value the assignee, may be null
     * @return this builder
     */
    public StoredTicket assignee(UserId value) {
        this.assignee = value;
        return this;
    }

    /**
     * @param value the team, may be null
     * @return this builder
     */
    public StoredTicket team(TeamId value) {
        this.team = value;
        return this;
    }

    /**
     * @param values the tags, replacing any set before
     * @return this builder
     */
    public StoredTicket tags(Collection<String> values) {
        this.tags.clear();
        this.tags.addAll(values);
        return this;
    }

    /**
     * @param value whether hidden from the customer
     * @return this builder
     */
    public StoredTicket hiddenFromCustomer(boolean value) {
        this.hiddenFromCustomer = value;
        return this;
    }

    /**
     * @param value the deadline, may be null
     * @return this builder
     */
    public StoredTicket dueAt(Instant value) {
        this.dueAt = value;
        return this;
    }

    /**
     * @param value the follow-up date, may be null
     * @return this builder
     */
    public StoredTicket followUpDate(LocalDate value) {
        this.followUpDate = value;
        return this;
    }

    /**
     * @param value when created
     * @return this builder
     */
    public StoredTicket createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    /**
     * @param value who created it
     * @return this builder
     */
    public StoredTicket createdBy(UserId value) {
        this.createdBy = value;
        return this;
    }

    /**
     * @param value when closed, may be null
     * @return this builder
     */
    public StoredTicket closedAt(Instant value) {
        this.closedAt = value;
        return this;
    }

    /**
     * @param value who closed it, may be null
     * @return this builder
     */
    public StoredTicket closedBy(UserId value) {
        this.closedBy = value;
        return this;
    }

    /**
     * @param value when resolved, may be null
     * @return this builder
     */
    public StoredTicket resolvedAt(Instant value) {
        this.resolvedAt = value;
        return this;
    }

    /**
     * @param value the resolution note, may be null
     * @return this builder
     */
    public StoredTicket resolutionNote(String value) {
        this.resolutionNote = value;
        return this;
    }

    /**
     * @param value how the current resolution was rated, may be null
     * @return this builder
     */
    public StoredTicket rating(Rating value) {
        this.rating = value;
        return this;
    }

    /**
     * @param value when anything last happened
     * @return this builder
     */
    public StoredTicket lastActivityAt(Instant value) {
        this.lastActivityAt = value;
        return this;
    }

    /**
     * @param value when the last follow-up was added, may be null
     * @return this builder
     */
    public StoredTicket lastFollowUpAt(Instant value) {
        this.lastFollowUpAt = value;
        return this;
    }

    /**
     * @param value the workflow and version the ticket lives under
     * @return this builder
     */
    public StoredTicket workflow(WorkflowRef value) {
        this.workflow = value;
        return this;
    }

    /**
     * @param value the stored version
     * @return this builder
     */
    public StoredTicket version(long value) {
        this.version = value;
        return this;
    }

    /**
     * Builds the ticket.
     *
     * @return the ticket, never null
     * @throws NullPointerException naming a required field that is missing
     * @throws IllegalArgumentException if the version is negative, closed at/by disagree with the status, or a
     *     rating is present without a resolution
     */
    public Ticket build() {
        return new Ticket(tenant, id, number, title, Optional.ofNullable(description), status,
                Optional.ofNullable(priority), Optional.ofNullable(category), Optional.ofNullable(project),
                Optional.ofNullable(customer), Optional.ofNullable(contact), Optional.ofNullable(submitter),
                Optional.ofNullable(assignee), Optional.ofNullable(team), tags, hiddenFromCustomer,
                Optional.ofNullable(dueAt), Optional.ofNullable(followUpDate), createdAt, createdBy,
                Optional.ofNullable(closedAt), Optional.ofNullable(closedBy), Optional.ofNullable(resolvedAt),
                Optional.ofNullable(resolutionNote), Optional.ofNullable(rating), lastActivityAt,
                Optional.ofNullable(lastFollowUpAt), workflow,
                version);
    }
}
