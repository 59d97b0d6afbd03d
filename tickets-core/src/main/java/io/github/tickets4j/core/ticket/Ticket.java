package io.github.tickets4j.core.ticket;

import io.github.tickets4j.core.RuleViolationException;
import io.github.tickets4j.core.TransitionNotAllowedException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.ticket.TicketEvent.Occurrence;
import io.github.tickets4j.core.workflow.Requirement;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Transition;
import io.github.tickets4j.core.workflow.WorkflowRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The ticket aggregate: the ticket's current state, without its history. Immutable: every decision returns a
 * {@link Change} holding the next state (version one higher) and the event that says what happened, whose timeline
 * entry the store appends to the ticket's history; this instance stays as it was, so a refused command changes
 * nothing. A decision never reads the history, so its cost does not grow with it. Invariant: closed at/by are
 * present exactly when the status is in the closed category.
 *
 * <p>Stores rebuild persisted tickets with {@link #builder()}; hosts change tickets through {@code TicketDesk}.
 * The file is long on purpose: the decisions, the 27 accessors and the nested {@link Builder} (public API for
 * stores) are one aggregate, and moving the builder out would rename the public type {@code Ticket.Builder}.
 */
public final class Ticket {
    /** The most tags one ticket holds. */
    public static final int MAX_TAGS = 20;

    private final TenantId tenant;
    private final TicketId id;
    private final TicketNumber number;
    private final String title;
    private final Optional<String> description;
    private final Status status;
    private final Optional<String> priority;
    private final Optional<String> category;
    private final Optional<ProjectId> project;
    private final Optional<CustomerId> customer;
    private final Optional<ContactId> contact;
    private final Optional<Submitter> submitter;
    private final Optional<UserId> assignee;
    private final Optional<TeamId> team;
    private final Set<String> tags;
    private final boolean hiddenFromCustomer;
    private final Optional<Instant> dueAt;
    private final Optional<LocalDate> followUpDate;
    private final Instant createdAt;
    private final UserId createdBy;
    private final Optional<Instant> closedAt;
    private final Optional<UserId> closedBy;
    private final Optional<Instant> resolvedAt;
    private final Optional<String> resolutionNote;
    private final Instant lastActivityAt;
    private final Optional<Instant> lastFollowUpAt;
    private final WorkflowRef workflow;
    private final long version;
    private final TicketSummary summary;

    private Ticket(Builder b) {
        this.tenant = Objects.requireNonNull(b.tenant, "tenant");
        this.id = Objects.requireNonNull(b.id, "id");
        this.number = Objects.requireNonNull(b.number, "number");
        this.title = Objects.requireNonNull(b.title, "title");
        this.description = Optional.ofNullable(b.description);
        this.status = Objects.requireNonNull(b.status, "status");
        this.priority = Optional.ofNullable(b.priority);
        this.category = Optional.ofNullable(b.category);
        this.project = Optional.ofNullable(b.project);
        this.customer = Optional.ofNullable(b.customer);
        this.contact = Optional.ofNullable(b.contact);
        this.submitter = Optional.ofNullable(b.submitter);
        this.assignee = Optional.ofNullable(b.assignee);
        this.team = Optional.ofNullable(b.team);
        this.tags = java.util.Collections.unmodifiableSet(new TreeSet<>(b.tags));
        this.hiddenFromCustomer = b.hiddenFromCustomer;
        this.dueAt = Optional.ofNullable(b.dueAt);
        this.followUpDate = Optional.ofNullable(b.followUpDate);
        this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(b.createdBy, "createdBy");
        this.closedAt = Optional.ofNullable(b.closedAt);
        this.closedBy = Optional.ofNullable(b.closedBy);
        this.resolvedAt = Optional.ofNullable(b.resolvedAt);
        this.resolutionNote = Optional.ofNullable(b.resolutionNote);
        this.lastActivityAt = Objects.requireNonNull(b.lastActivityAt, "lastActivityAt");
        this.lastFollowUpAt = Optional.ofNullable(b.lastFollowUpAt);
        this.workflow = Objects.requireNonNull(b.workflow, "workflow");
        this.version = b.version;
        if (version < 0) {
            throw new IllegalStateException("Ticket " + number + ": version " + version + " is negative");
        }
        boolean closed = status.isClosed();
        if (closed != closedAt.isPresent() || closed != closedBy.isPresent()) {
            throw new IllegalStateException("Ticket " + number + " in status " + status.name()
                    + ": closed at/by must be present exactly when the status is in the closed category");
        }
        // Built once: queries and aggregates look at the summary of every ticket they scan.
        this.summary = new TicketSummary(id, number, title, status, priority, category, project, customer, assignee,
                team, tags, hiddenFromCustomer, dueAt, followUpDate, createdAt, createdBy, closedAt, lastActivityAt,
                lastFollowUpAt);
    }

    /**
     * Decides the creation of a ticket. The command must already be validated and resolved against the workflow
     * (canonical priority and category, the project's customer filled in).
     *
     * @param tenant the tenant it belongs to, never null
     * @param id the new identity, never null
     * @param number the issued number, never null
     * @param workflow the workflow (and version) the ticket lives under from now on, never null
     * @param initial the workflow's initial status, never null
     * @param command the validated command, never null
     * @param actor the creator, never null
     * @param at now, never null
     * @return the new ticket (version 0) and its {@link TicketEvent.Created} event, never null
     */
    public static Change create(TenantId tenant, TicketId id, TicketNumber number, WorkflowRef workflow, Status initial,
            CreateTicket command, UserId actor, Instant at) {
        Occurrence occurrence = new Occurrence(UUID.randomUUID(), tenant, id, number, 0, at, actor);
        TicketEvent event = new TicketEvent.Created(occurrence, initial.name(), command.project(), command.customer());
        Builder b = builder().tenant(tenant).id(id).number(number).title(command.title())
                .description(command.description().orElse(null)).status(initial)
                .priority(command.priority().orElse(null)).category(command.category().orElse(null))
                .project(command.project().orElse(null)).customer(command.customer().orElse(null))
                .contact(command.contact().orElse(null)).submitter(command.submitter().orElse(null))
                .assignee(command.assignee().orElse(null)).team(command.team().orElse(null)).tags(command.tags())
                .hiddenFromCustomer(command.hiddenFromCustomer()).dueAt(command.dueAt().orElse(null))
                .createdAt(at).createdBy(actor).lastActivityAt(at).workflow(workflow).version(0);
        return new Change(b.build(), event);
    }

    /**
     * Decides a follow-up. A follow-up with a date moves the ticket's follow-up date to it, unless the ticket is
     * closed (an Admin's note on a closed ticket keeps its date but schedules nothing).
     *
     * @param note the note, already validated, never null
     * @param date the next action's date; never null, may be empty
     * @param audience who may read it, never null
     * @param actor the author, never null
     * @param at now, never null
     * @return the change, never null
     */
    public Change addFollowUp(String note, Optional<LocalDate> date, Audience audience, UserId actor, Instant at) {
        // The follow-up is its history entry: one identity, so the event's follow-up equals the one read back.
        Occurrence occurrence = occurrence(actor, at);
        FollowUp followUp = new FollowUp(occurrence.id(), note, date, actor, at, audience);
        return record(new TicketEvent.FollowUpAdded(occurrence, followUp), b -> {
            b.lastFollowUpAt = at;
            // A closed ticket schedules nothing: closing cleared its follow-up date and it must stay clear.
            if (!status.isClosed()) {
                date.ifPresent(d -> b.followUpDate = d);
            }
        });
    }

    /**
     * Decides a status transition. Entering the closed category stamps closed at/by and clears the follow-up
     * date; leaving it clears closed at/by and the resolution; entering the resolved category stamps resolved at.
     * Whether the transition's required reason was given is an input rule, checked by the desk before it decides.
     *
     * @param transition the workflow's transition, never null
     * @param target the status it enters, never null
     * @param reason the reason given; never null, may be empty
     * @param actor who moves it, never null
     * @param at now, never null
     * @return the change, never null
     * @throws TransitionNotAllowedException if the transition does not leave the current status, or the ticket
     *     does not meet one of its requirements
     */
    public Change move(Transition transition, Status target, Optional<String> reason, UserId actor, Instant at) {
        if (!transition.from().equals(status.name()) || !transition.to().equals(target.name())) {
            throw new TransitionNotAllowedException(number.value(), status.name(), target.name(),
                    "transition " + transition.name() + " goes from " + transition.from() + " to " + transition.to());
        }
        for (Requirement requirement : transition.requirements()) {
            if (requirement == Requirement.CUSTOMER_LINKED && customer.isEmpty()) {
                throw new TransitionNotAllowedException(number.value(), status.name(), target.name(),
                        "the ticket must be linked to a customer first");
            }
            if (requirement == Requirement.ASSIGNEE_SET && assignee.isEmpty()) {
                throw new TransitionNotAllowedException(number.value(), status.name(), target.name(),
                        "the ticket must be assigned first");
            }
        }
        Occurrence occurrence = occurrence(actor, at);
        boolean closing = !status.isClosed() && target.isClosed();
        boolean reopening = status.isClosed() && !target.isClosed();
        TicketEvent event = closing ? new TicketEvent.Closed(occurrence, status.name(), target.name(), reason)
                : reopening ? new TicketEvent.Reopened(occurrence, status.name(), target.name(), reason)
                : new TicketEvent.StatusChanged(occurrence, status.name(), target.name(), transition.name(), reason);
        return record(event, b -> {
            b.status = target;
            if (closing) {
                b.closedAt = at;
                b.closedBy = actor;
                b.followUpDate = null;
            } else if (reopening) {
                b.closedAt = null;
                b.closedBy = null;
            }
            StatusCategory category = target.category();
            if (category == StatusCategory.RESOLVED || (category == StatusCategory.CLOSED && b.resolvedAt == null)) {
                b.resolvedAt = at;
                reason.ifPresent(r -> b.resolutionNote = r);
            } else if (category != StatusCategory.CLOSED) {
                b.resolvedAt = null;
                b.resolutionNote = null;
            }
        });
    }

    /**
     * Decides an assignment; the status does not change.
     *
     * @param user the new assignee, never null
     * @param reason the reason given; never null, may be empty
     * @param actor who assigns, never null
     * @param at now, never null
     * @return the change, with a {@link TicketEvent.Assigned} event; never null
     * @throws RuleViolationException if the ticket is already assigned to that user
     */
    public Change assign(UserId user, Optional<String> reason, UserId actor, Instant at) {
        requireNotHeldBy(user);
        return record(new TicketEvent.Assigned(occurrence(actor, at), assignee, user, reason), b -> b.assignee = user);
    }

    /**
     * Decides that the actor takes the ticket themselves; the status does not change.
     *
     * @param actor who takes it, never null
     * @param at now, never null
     * @return the change, with a {@link TicketEvent.PickedUp} event; never null
     * @throws RuleViolationException if the actor holds the ticket already
     */
    public Change pickUp(UserId actor, Instant at) {
        requireNotHeldBy(actor);
        return record(new TicketEvent.PickedUp(occurrence(actor, at), assignee), b -> b.assignee = actor);
    }

    private void requireNotHeldBy(UserId user) {
        if (assignee.equals(Optional.of(user))) {
            throw new RuleViolationException("Ticket " + number + " is already assigned to " + user);
        }
    }

    /**
     * Decides the removal of the assignee.
     *
     * @param reason the reason given; never null, may be empty
     * @param actor who unassigns, never null
     * @param at now, never null
     * @return the change, never null
     * @throws RuleViolationException if nobody holds the ticket
     */
    public Change unassign(Optional<String> reason, UserId actor, Instant at) {
        UserId previous = assignee.orElseThrow(
                () -> new RuleViolationException("Ticket " + number + " is not assigned to anyone"));
        return record(new TicketEvent.Unassigned(occurrence(actor, at), previous, reason), b -> b.assignee = null);
    }

    /**
     * Decides a priority change.
     *
     * @param newPriority the canonical priority name, never null
     * @param escalation whether it ranks above the current priority (or the ticket has none)
     * @param reason the reason given; never null, may be empty
     * @param actor who changes it, never null
     * @param at now, never null
     * @return the change, with an {@link TicketEvent.Escalated} event for an escalation, else a
     *     {@link TicketEvent.PriorityChanged} event; never null
     * @throws RuleViolationException if the ticket already has that priority
     */
    public Change changePriority(String newPriority, boolean escalation, Optional<String> reason, UserId actor,
            Instant at) {
        unchanged(priority, Optional.of(newPriority), "priority " + newPriority);
        Occurrence occurrence = occurrence(actor, at);
        TicketEvent event = escalation ? new TicketEvent.Escalated(occurrence, priority, newPriority, reason)
                : new TicketEvent.PriorityChanged(occurrence, priority, newPriority, reason);
        return record(event, b -> b.priority = newPriority);
    }

    /**
     * Decides a due-date change.
     *
     * @param newDueAt the new deadline, empty to clear; never null
     * @param actor who changes it, never null
     * @param at now, never null
     * @return the change, never null
     * @throws RuleViolationException if the due date is already that
     */
    public Change setDueDate(Optional<Instant> newDueAt, UserId actor, Instant at) {
        unchanged(dueAt, newDueAt, "due date " + newDueAt.map(Instant::toString).orElse("cleared"));
        return record(new TicketEvent.DueDateChanged(occurrence(actor, at), dueAt, newDueAt),
                b -> b.dueAt = newDueAt.orElse(null));
    }

    /**
     * Decides a follow-up-date change.
     *
     * @param newDate the new date, empty to clear; never null
     * @param actor who changes it, never null
     * @param at now, never null
     * @return the change, never null
     * @throws RuleViolationException if the follow-up date is already that
     */
    public Change setFollowUpDate(Optional<LocalDate> newDate, UserId actor, Instant at) {
        unchanged(followUpDate, newDate, "follow-up date " + newDate.map(LocalDate::toString).orElse("cleared"));
        return record(new TicketEvent.FollowUpDateChanged(occurrence(actor, at), followUpDate, newDate),
                b -> b.followUpDate = newDate.orElse(null));
    }

    /**
     * Decides a new tag.
     *
     * @param tag the normalised tag, never null
     * @param actor who tags, never null
     * @param at now, never null
     * @return the change, never null
     * @throws RuleViolationException if the ticket has the tag already
     * @throws ValidationFailedException naming {@code tag} if the ticket holds {@link #MAX_TAGS} tags already
     */
    public Change tag(String tag, UserId actor, Instant at) {
        if (tags.contains(tag)) {
            throw new RuleViolationException("Ticket " + number + " is already tagged " + tag);
        }
        if (tags.size() >= MAX_TAGS) {
            throw ValidationFailedException.of("tag", "a ticket holds at most " + MAX_TAGS + " tags");
        }
        return record(new TicketEvent.Tagged(occurrence(actor, at), tag), b -> b.tags.add(tag));
    }

    /**
     * Decides the removal of a tag.
     *
     * @param tag the normalised tag, never null
     * @param actor who untags, never null
     * @param at now, never null
     * @return the change, never null
     * @throws RuleViolationException if the ticket does not have the tag
     */
    public Change untag(String tag, UserId actor, Instant at) {
        if (!tags.contains(tag)) {
            throw new RuleViolationException("Ticket " + number + " is not tagged " + tag);
        }
        return record(new TicketEvent.Untagged(occurrence(actor, at), tag), b -> b.tags.remove(tag));
    }

    /**
     * Decides a link to a customer, and optionally a project and contact.
     *
     * @param newCustomer the customer, never null
     * @param newProject the project; never null, may be empty (then unchanged)
     * @param newContact the contact; never null, may be empty (then unchanged)
     * @param actor who links, never null
     * @param at now, never null
     * @return the change, never null
     * @throws RuleViolationException if the ticket is linked exactly so already
     */
    public Change linkCustomer(CustomerId newCustomer, Optional<ProjectId> newProject, Optional<ContactId> newContact,
            UserId actor, Instant at) {
        if (customer.equals(Optional.of(newCustomer)) && (newProject.isEmpty() || newProject.equals(project))
                && (newContact.isEmpty() || newContact.equals(contact))) {
            throw new RuleViolationException("Ticket " + number + " is already linked to customer " + newCustomer);
        }
        return record(new TicketEvent.CustomerLinked(occurrence(actor, at), customer, newCustomer, newProject,
                newContact), b -> {
                    b.customer = newCustomer;
                    newProject.ifPresent(p -> b.project = p);
                    newContact.ifPresent(c -> b.contact = c);
                });
    }

    /**
     * Decides a team change.
     *
     * @param newTeam the team, empty to clear; never null
     * @param actor who changes it, never null
     * @param at now, never null
     * @return the change, never null
     * @throws RuleViolationException if the team is already that
     */
    public Change changeTeam(Optional<TeamId> newTeam, UserId actor, Instant at) {
        unchanged(team, newTeam, "team " + newTeam.map(TeamId::value).orElse("cleared"));
        return record(new TicketEvent.TeamChanged(occurrence(actor, at), team, newTeam),
                b -> b.team = newTeam.orElse(null));
    }

    /**
     * Decides a category change.
     *
     * @param newCategory the canonical category, empty to clear; never null
     * @param actor who changes it, never null
     * @param at now, never null
     * @return the change, never null
     * @throws RuleViolationException if the category is already that
     */
    public Change changeCategory(Optional<String> newCategory, UserId actor, Instant at) {
        unchanged(category, newCategory, "category " + newCategory.orElse("cleared"));
        return record(new TicketEvent.CategoryChanged(occurrence(actor, at), category, newCategory),
                b -> b.category = newCategory.orElse(null));
    }

    /**
     * Decides whether the ticket is hidden from the customer.
     *
     * @param hide whether to hide it
     * @param actor who changes it, never null
     * @param at now, never null
     * @return the change, never null
     * @throws RuleViolationException if the ticket is already so
     */
    public Change setHidden(boolean hide, UserId actor, Instant at) {
        if (hiddenFromCustomer == hide) {
            throw new RuleViolationException("Ticket " + number + " is already " + (hide ? "hidden" : "visible"));
        }
        return record(new TicketEvent.VisibilityChanged(occurrence(actor, at), hide), b -> b.hiddenFromCustomer = hide);
    }

    /**
     * Decides the deletion of this ticket. The ticket and its history go; only the event remains.
     *
     * @param actor who deletes, never null
     * @param at now, never null
     * @return the deletion event, never null
     */
    public TicketEvent.Deleted delete(UserId actor, Instant at) {
        return new TicketEvent.Deleted(occurrence(actor, at), title);
    }

    /**
     * The ticket as lists show it.
     *
     * @return the summary, never null
     */
    public TicketSummary summary() {
        return summary;
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

    /**
     * Copies this ticket into a builder.
     *
     * @return a builder holding this ticket's state, never null
     */
    public Builder toBuilder() {
        Builder b = builder().tenant(tenant).id(id).number(number).title(title).description(description.orElse(null)).status(status)
                .priority(priority.orElse(null)).category(category.orElse(null)).project(project.orElse(null))
                .customer(customer.orElse(null)).contact(contact.orElse(null)).submitter(submitter.orElse(null))
                .assignee(assignee.orElse(null)).team(team.orElse(null)).tags(tags).hiddenFromCustomer(hiddenFromCustomer)
                .dueAt(dueAt.orElse(null)).followUpDate(followUpDate.orElse(null)).createdAt(createdAt)
                .createdBy(createdBy).closedAt(closedAt.orElse(null)).closedBy(closedBy.orElse(null))
                .resolvedAt(resolvedAt.orElse(null)).resolutionNote(resolutionNote.orElse(null))
                .lastActivityAt(lastActivityAt).lastFollowUpAt(lastFollowUpAt.orElse(null)).workflow(workflow)
                .version(version);
        return b;
    }

    /** The occurrence of a decision taken on this state: it produces the next version. */
    private Occurrence occurrence(UserId actor, Instant at) {
        return new Occurrence(UUID.randomUUID(), tenant, id, number, version + 1, at, actor);
    }

    private Change record(TicketEvent event, Consumer<Builder> mutation) {
        Builder b = toBuilder();
        mutation.accept(b);
        b.lastActivityAt = event.occurrence().at();
        b.version = event.occurrence().version();
        return new Change(b.build(), event);
    }

    private <T> void unchanged(Optional<T> current, Optional<T> wanted, String what) {
        if (current.equals(wanted)) {
            throw new RuleViolationException("Ticket " + number + " already has " + what);
        }
    }

    /**
     * Starts an empty builder; stores use it to rebuild persisted tickets.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the tenant the ticket belongs to, never null */
    public TenantId tenant() {
        return tenant;
    }

    /** @return the identity, never null */
    public TicketId id() {
        return id;
    }

    /** @return the number, never null */
    public TicketNumber number() {
        return number;
    }

    /** @return the title, never null */
    public String title() {
        return title;
    }

    /** @return the description, may be empty */
    public Optional<String> description() {
        return description;
    }

    /** @return the status, never null */
    public Status status() {
        return status;
    }

    /** @return the priority, may be empty */
    public Optional<String> priority() {
        return priority;
    }

    /** @return the category (type), may be empty */
    public Optional<String> category() {
        return category;
    }

    /** @return the project, may be empty */
    public Optional<ProjectId> project() {
        return project;
    }

    /** @return the customer, may be empty */
    public Optional<CustomerId> customer() {
        return customer;
    }

    /** @return the contact, may be empty */
    public Optional<ContactId> contact() {
        return contact;
    }

    /** @return the submitter's details, may be empty */
    public Optional<Submitter> submitter() {
        return submitter;
    }

    /** @return the assignee, may be empty */
    public Optional<UserId> assignee() {
        return assignee;
    }

    /** @return the team, may be empty */
    public Optional<TeamId> team() {
        return team;
    }

    /** @return the tags, sorted, never null */
    public Set<String> tags() {
        return tags;
    }

    /** @return whether the ticket is hidden from the customer */
    public boolean hiddenFromCustomer() {
        return hiddenFromCustomer;
    }

    /** @return the deadline, may be empty */
    public Optional<Instant> dueAt() {
        return dueAt;
    }

    /** @return the next follow-up date, may be empty */
    public Optional<LocalDate> followUpDate() {
        return followUpDate;
    }

    /** @return when the ticket was created, never null */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return who created the ticket, never null */
    public UserId createdBy() {
        return createdBy;
    }

    /** @return when it was closed; present exactly when the status is closed */
    public Optional<Instant> closedAt() {
        return closedAt;
    }

    /** @return who closed it; present exactly when the status is closed */
    public Optional<UserId> closedBy() {
        return closedBy;
    }

    /** @return when it was resolved (or closed without a resolved step), may be empty */
    public Optional<Instant> resolvedAt() {
        return resolvedAt;
    }

    /** @return the resolution note, may be empty */
    public Optional<String> resolutionNote() {
        return resolutionNote;
    }

    /** @return when anything last happened to it, never null */
    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    /** @return when the last follow-up was added, may be empty */
    public Optional<Instant> lastFollowUpAt() {
        return lastFollowUpAt;
    }

    /** @return the workflow and version the ticket lives under, never null */
    public WorkflowRef workflow() {
        return workflow;
    }

    /** @return the version the store holds this ticket at; the concurrency token */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ticket t && t.id.equals(id) && t.tenant.equals(tenant) && t.version == version && t.workflow.equals(workflow)
                && t.summary.equals(summary)
                && t.description.equals(description) && t.contact.equals(contact) && t.submitter.equals(submitter)
                && t.closedBy.equals(closedBy) && t.resolvedAt.equals(resolvedAt)
                && t.resolutionNote.equals(resolutionNote);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "Ticket[" + number + " " + status.name() + " v" + version + " '" + title + "']";
    }

    /**
     * Rebuilds a ticket field by field; {@link #build()} checks the invariants. Setters take null for "absent".
     * Not thread-safe.
     */
    public static final class Builder {
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
        private Instant lastActivityAt;
        private Instant lastFollowUpAt;
        private WorkflowRef workflow;
        private long version;

        private Builder() {
        }

        /**
         * @param value the tenant
         * @return this builder
         */
        public Builder tenant(TenantId value) {
            this.tenant = value;
            return this;
        }

        /**
         * @param value the identity
         * @return this builder
         */
        public Builder id(TicketId value) {
            this.id = value;
            return this;
        }

        /**
         * @param value the number
         * @return this builder
         */
        public Builder number(TicketNumber value) {
            this.number = value;
            return this;
        }

        /**
         * @param value the title
         * @return this builder
         */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /**
         * @param value the description, may be null
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * @param value the status
         * @return this builder
         */
        public Builder status(Status value) {
            this.status = value;
            return this;
        }

        /**
         * @param value the priority, may be null
         * @return this builder
         */
        public Builder priority(String value) {
            this.priority = value;
            return this;
        }

        /**
         * @param value the category, may be null
         * @return this builder
         */
        public Builder category(String value) {
            this.category = value;
            return this;
        }

        /**
         * @param value the project, may be null
         * @return this builder
         */
        public Builder project(ProjectId value) {
            this.project = value;
            return this;
        }

        /**
         * @param value the customer, may be null
         * @return this builder
         */
        public Builder customer(CustomerId value) {
            this.customer = value;
            return this;
        }

        /**
         * @param value the contact, may be null
         * @return this builder
         */
        public Builder contact(ContactId value) {
            this.contact = value;
            return this;
        }

        /**
         * @param value the submitter's details, may be null
         * @return this builder
         */
        public Builder submitter(Submitter value) {
            this.submitter = value;
            return this;
        }

        /**
         * @param value the assignee, may be null
         * @return this builder
         */
        public Builder assignee(UserId value) {
            this.assignee = value;
            return this;
        }

        /**
         * @param value the team, may be null
         * @return this builder
         */
        public Builder team(TeamId value) {
            this.team = value;
            return this;
        }

        /**
         * @param values the tags, replacing any set before
         * @return this builder
         */
        public Builder tags(Collection<String> values) {
            this.tags.clear();
            this.tags.addAll(values);
            return this;
        }

        /**
         * @param value whether hidden from the customer
         * @return this builder
         */
        public Builder hiddenFromCustomer(boolean value) {
            this.hiddenFromCustomer = value;
            return this;
        }

        /**
         * @param value the deadline, may be null
         * @return this builder
         */
        public Builder dueAt(Instant value) {
            this.dueAt = value;
            return this;
        }

        /**
         * @param value the follow-up date, may be null
         * @return this builder
         */
        public Builder followUpDate(LocalDate value) {
            this.followUpDate = value;
            return this;
        }

        /**
         * @param value when created
         * @return this builder
         */
        public Builder createdAt(Instant value) {
            this.createdAt = value;
            return this;
        }

        /**
         * @param value who created it
         * @return this builder
         */
        public Builder createdBy(UserId value) {
            this.createdBy = value;
            return this;
        }

        /**
         * @param value when closed, may be null
         * @return this builder
         */
        public Builder closedAt(Instant value) {
            this.closedAt = value;
            return this;
        }

        /**
         * @param value who closed it, may be null
         * @return this builder
         */
        public Builder closedBy(UserId value) {
            this.closedBy = value;
            return this;
        }

        /**
         * @param value when resolved, may be null
         * @return this builder
         */
        public Builder resolvedAt(Instant value) {
            this.resolvedAt = value;
            return this;
        }

        /**
         * @param value the resolution note, may be null
         * @return this builder
         */
        public Builder resolutionNote(String value) {
            this.resolutionNote = value;
            return this;
        }

        /**
         * @param value when anything last happened
         * @return this builder
         */
        public Builder lastActivityAt(Instant value) {
            this.lastActivityAt = value;
            return this;
        }

        /**
         * @param value when the last follow-up was added, may be null
         * @return this builder
         */
        public Builder lastFollowUpAt(Instant value) {
            this.lastFollowUpAt = value;
            return this;
        }

        /**
         * @param value the workflow and version the ticket lives under
         * @return this builder
         */
        public Builder workflow(WorkflowRef value) {
            this.workflow = value;
            return this;
        }

        /**
         * @param value the stored version
         * @return this builder
         */
        public Builder version(long value) {
            this.version = value;
            return this;
        }

        /**
         * Builds the ticket.
         *
         * @return the ticket, never null
         * @throws NullPointerException if a required field is missing
         * @throws IllegalStateException if closed at/by disagree with the status
         */
        public Ticket build() {
            return new Ticket(this);
        }
    }
}
