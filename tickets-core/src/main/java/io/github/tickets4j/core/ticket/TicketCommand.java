package io.github.tickets4j.core.ticket;

import io.github.tickets4j.core.Identifiers;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to an existing ticket, run by {@code TicketDesk.execute}. Pure data: a host writes plain values
 * ({@code new Close("Customer confirmed")}, {@code new SetDueDate(deadline)}), text is stripped here, and blank or
 * null free text (reasons, notes) means none. The rules are checked by the desk, and refused input throws one
 * {@link io.github.tickets4j.core.ValidationFailedException} listing every broken rule. Each record's canonical
 * constructor takes the {@link Optional}s its accessors return, so code that copies a command can rebuild it;
 * hosts use the constructors that take plain values.
 *
 * <p>Code that treats each type of command in its own way goes through a {@link Visitor}, as the desk does: the
 * compiler then points at every visitor when a type of command is added. The file is long on purpose: the
 * family's records are its public names ({@code TicketCommand.Close}) and stay beside the visitor that lists them.
 */
public sealed interface TicketCommand {

    /**
     * Hands this command to the visitor's method for its type.
     *
     * @param visitor the visitor, never null
     * @param <R> what the visitor answers
     * @return the visitor's answer for this command
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per type of command, called by {@link TicketCommand#accept(Visitor)}. The desk maps each command
     * to its rules and decision with one; a host may use one too (to render a command, or audit it by type) instead
     * of a chain of {@code instanceof} checks, and is then told by the compiler when a new type of command needs
     * handling.
     *
     * @param <R> what the visitor answers
     */
    interface Visitor<R> {
        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R addFollowUp(AddFollowUp command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R changeStatus(ChangeStatus command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R close(Close command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R reopen(Reopen command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R assign(Assign command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R pickUp(PickUp command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R unassign(Unassign command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R changePriority(ChangePriority command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R setDueDate(SetDueDate command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R clearDueDate(ClearDueDate command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R setFollowUpDate(SetFollowUpDate command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R clearFollowUpDate(ClearFollowUpDate command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R addTag(AddTag command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R removeTag(RemoveTag command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R linkCustomer(LinkCustomer command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R changeTeam(ChangeTeam command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R clearTeam(ClearTeam command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R changeCategory(ChangeCategory command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R clearCategory(ClearCategory command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R setHiddenFromCustomer(SetHiddenFromCustomer command);

        /**
         * @param command the command, never null
         * @return what the visitor makes of it
         */
        R rate(Rate command);
    }

    /**
     * Adds a follow-up note, optionally with the date of the next action (not before today). Internal unless made
     * {@link #visibleToCustomer()}.
     *
     * @param note what was done or said, 1 to 10,000 characters
     * @param followUpDate the next action's date; never null, may be empty
     * @param audience who may read it; internal when null
     */
    record AddFollowUp(
            @NotBlank @Size(max = 10_000) @Pattern(regexp = Texts.MULTI_LINE, message = Texts.MULTI_LINE_MESSAGE)
            String note,
            Optional<LocalDate> followUpDate,
            Audience audience) implements TicketCommand {
        /**
         * Strips the note; no date means none, no visibility means internal.
         *
         * @param note what was done or said, 1 to 10,000 characters
         * @param followUpDate the next action's date; never null, may be empty
         * @param audience who may read it; internal when null
         */
        public AddFollowUp {
            note = Texts.strip(note);
            followUpDate = Objects.requireNonNullElse(followUpDate, Optional.empty());
            audience = audience == null ? Audience.INTERNAL : audience;
        }

        /**
         * An internal note without a date.
         *
         * @param note the note
         */
        public AddFollowUp(String note) {
            this(note, Optional.empty(), Audience.INTERNAL);
        }

        /**
         * An internal note scheduling the next action.
         *
         * @param note the note
         * @param followUpDate the next action's date; null schedules nothing
         */
        public AddFollowUp(String note, LocalDate followUpDate) {
            this(note, Optional.ofNullable(followUpDate), Audience.INTERNAL);
        }

        /**
         * A reply the customer reads: public, scheduling nothing. The one kind of follow-up customers and guests
         * may add.
         *
         * @param note the reply
         * @return the command, never null
         */
        public static AddFollowUp reply(String note) {
            return new AddFollowUp(note, Optional.empty(), Audience.PUBLIC);
        }

        /**
         * The same note, readable by the customer too.
         *
         * @return a public copy of this follow-up, never null
         */
        public AddFollowUp visibleToCustomer() {
            return new AddFollowUp(note, followUpDate, Audience.PUBLIC);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.addFollowUp(this);
        }
    }

    /**
     * Moves the ticket to another status along a workflow transition. The preset's status names are constants,
     * such as {@code Workflows.Standard.IN_PROGRESS}.
     *
     * @param to the target status (any case)
     * @param reason why; required by some transitions; never null, may be empty
     */
    record ChangeStatus(
            @NotBlank @Size(max = 40) String to,
            Optional<@Reason String> reason) implements TicketCommand {
        /**
         * Strips the text.
         *
         * @param to the target status (any case)
         * @param reason why; required by some transitions; never null, may be empty
         */
        public ChangeStatus {
            to = Texts.strip(to);
            reason = Texts.optional(reason);
        }

        /**
         * A move without a reason.
         *
         * @param to the target status
         */
        public ChangeStatus(String to) {
            this(to, Optional.empty());
        }

        /**
         * A move with a reason.
         *
         * @param to the target status
         * @param reason why; null or blank means none
         */
        public ChangeStatus(String to, String reason) {
            this(to, Optional.ofNullable(reason));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.changeStatus(this);
        }
    }

    /**
     * Closes the ticket along the workflow's close transition from its current status.
     *
     * @param note the resolution note; never null, may be empty
     */
    record Close(Optional<@Reason String> note) implements TicketCommand {
        /**
         * Strips the text.
         *
         * @param note the resolution note; never null, may be empty
         */
        public Close {
            note = Texts.optional(note);
        }

        /** A close without a note. */
        public Close() {
            this(Optional.empty());
        }

        /**
         * A close with a resolution note.
         *
         * @param note the note; null or blank means none
         */
        public Close(String note) {
            this(Optional.ofNullable(note));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.close(this);
        }
    }

    /**
     * Reopens a closed ticket along the workflow's reopen transition.
     *
     * @param reason why; required by some workflows; never null, may be empty
     */
    record Reopen(Optional<@Reason String> reason) implements TicketCommand {
        /**
         * Strips the text.
         *
         * @param reason why; required by some workflows; never null, may be empty
         */
        public Reopen {
            reason = Texts.optional(reason);
        }

        /** A reopen without a reason. */
        public Reopen() {
            this(Optional.empty());
        }

        /**
         * A reopen with a reason.
         *
         * @param reason why; null or blank means none
         */
        public Reopen(String reason) {
            this(Optional.ofNullable(reason));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reopen(this);
        }
    }

    /**
     * Assigns or reassigns the ticket; the status does not change.
     *
     * @param assignee the new assignee
     * @param reason why (for reassignments); never null, may be empty
     */
    record Assign(@NotNull UserId assignee, Optional<@Reason String> reason) implements TicketCommand {
        /**
         * Strips the text.
         *
         * @param assignee the new assignee
         * @param reason why (for reassignments); never null, may be empty
         */
        public Assign {
            reason = Texts.optional(reason);
        }

        /**
         * An assignment without a reason.
         *
         * @param assignee the new assignee
         */
        public Assign(UserId assignee) {
            this(assignee, Optional.empty());
        }

        /**
         * An assignment with a reason.
         *
         * @param assignee the new assignee
         * @param reason why; null or blank means none
         */
        public Assign(UserId assignee, String reason) {
            this(assignee, Optional.ofNullable(reason));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.assign(this);
        }
    }

    /** The actor assigns the ticket to themselves; the status does not change (seed 003). */
    record PickUp() implements TicketCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.pickUp(this);
        }
    }

    /**
     * Removes the assignee.
     *
     * @param reason why; never null, may be empty
     */
    record Unassign(Optional<@Reason String> reason) implements TicketCommand {
        /**
         * Strips the text.
         *
         * @param reason why; never null, may be empty
         */
        public Unassign {
            reason = Texts.optional(reason);
        }

        /** An unassignment without a reason. */
        public Unassign() {
            this(Optional.empty());
        }

        /**
         * An unassignment with a reason.
         *
         * @param reason why; null or blank means none
         */
        public Unassign(String reason) {
            this(Optional.ofNullable(reason));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.unassign(this);
        }
    }

    /**
     * Changes the priority; raising it is recorded as an escalation. The preset's priority names are constants,
     * such as {@code Workflows.CrmSupport.HIGH}.
     *
     * @param priority one of the workflow's priorities (any case)
     * @param reason why; never null, may be empty
     */
    record ChangePriority(@NotBlank @Size(max = 60) String priority, Optional<@Reason String> reason)
            implements TicketCommand {
        /**
         * Strips the text.
         *
         * @param priority one of the workflow's priorities (any case)
         * @param reason why; never null, may be empty
         */
        public ChangePriority {
            priority = Texts.strip(priority);
            reason = Texts.optional(reason);
        }

        /**
         * A change without a reason.
         *
         * @param priority the new priority
         */
        public ChangePriority(String priority) {
            this(priority, Optional.empty());
        }

        /**
         * A change with a reason.
         *
         * @param priority the new priority
         * @param reason why; null or blank means none
         */
        public ChangePriority(String priority, String reason) {
            this(priority, Optional.ofNullable(reason));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.changePriority(this);
        }
    }

    /**
     * Sets or moves the due date; {@link ClearDueDate} removes it.
     *
     * @param dueAt the deadline; truncated to milliseconds, as stored
     */
    record SetDueDate(@NotNull Instant dueAt) implements TicketCommand {
        /**
         * Truncates the deadline to milliseconds so it reads back equal.
         *
         * @param dueAt the deadline; truncated to milliseconds, as stored
         */
        public SetDueDate {
            dueAt = dueAt == null ? null : dueAt.truncatedTo(ChronoUnit.MILLIS);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.setDueDate(this);
        }
    }

    /** Removes the due date; recorded like a due-date change to nothing. */
    record ClearDueDate() implements TicketCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.clearDueDate(this);
        }
    }

    /**
     * Sets or moves the follow-up date (not before today); {@link ClearFollowUpDate} removes it.
     *
     * @param followUpDate the date
     */
    record SetFollowUpDate(@NotNull LocalDate followUpDate) implements TicketCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.setFollowUpDate(this);
        }
    }

    /** Removes the follow-up date; recorded like a follow-up-date change to nothing. */
    record ClearFollowUpDate() implements TicketCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.clearFollowUpDate(this);
        }
    }

    /**
     * Adds a tag (stored in lower case).
     *
     * @param tag the tag
     */
    record AddTag(@NotNull @Pattern(regexp = Texts.TAG, message = Texts.TAG_MESSAGE) String tag)
            implements TicketCommand {
        /**
         * Normalises the tag.
         *
         * @param tag the tag
         */
        public AddTag {
            tag = Identifiers.tag(tag);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.addTag(this);
        }
    }

    /**
     * Removes a tag.
     *
     * @param tag the tag (any case)
     */
    record RemoveTag(@NotNull @Pattern(regexp = Texts.TAG, message = Texts.TAG_MESSAGE) String tag)
            implements TicketCommand {
        /**
         * Normalises the tag.
         *
         * @param tag the tag (any case)
         */
        public RemoveTag {
            tag = Identifiers.tag(tag);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.removeTag(this);
        }
    }

    /**
     * Links the ticket to a customer (seed 001): {@code new LinkCustomer(customer)}, optionally
     * {@code .withProject(project)} and {@code .withContact(contact)}. A project or contact not given stays as it is.
     *
     * @param customer the customer
     * @param project the project; never null, may be empty
     * @param contact the contact; never null, may be empty
     */
    record LinkCustomer(@NotNull CustomerId customer, Optional<ProjectId> project, Optional<ContactId> contact)
            implements TicketCommand {
        /**
         * Null means not given.
         *
         * @param customer the customer
         * @param project the project; never null, may be empty
         * @param contact the contact; never null, may be empty
         */
        public LinkCustomer {
            project = Objects.requireNonNullElse(project, Optional.empty());
            contact = Objects.requireNonNullElse(contact, Optional.empty());
        }

        /**
         * Links a customer only.
         *
         * @param customer the customer
         */
        public LinkCustomer(CustomerId customer) {
            this(customer, Optional.empty(), Optional.empty());
        }

        /**
         * Links the customer's project too.
         *
         * @param value the project, which the customer must own; null means none
         * @return a copy with the project, never null
         */
        public LinkCustomer withProject(ProjectId value) {
            return new LinkCustomer(customer, Optional.ofNullable(value), contact);
        }

        /**
         * Links the customer's contact person too.
         *
         * @param value the contact; null means none
         * @return a copy with the contact, never null
         */
        public LinkCustomer withContact(ContactId value) {
            return new LinkCustomer(customer, project, Optional.ofNullable(value));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.linkCustomer(this);
        }
    }

    /**
     * Sets or moves the ticket to a team (group); {@link ClearTeam} removes it.
     *
     * @param team the team, which must exist
     */
    record ChangeTeam(@NotNull TeamId team) implements TicketCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.changeTeam(this);
        }
    }

    /** Takes the ticket out of its team. */
    record ClearTeam() implements TicketCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.clearTeam(this);
        }
    }

    /**
     * Sets the category (type); {@link ClearCategory} removes it.
     *
     * @param category one of the workflow's categories (any case), or any text when it declares none
     */
    record ChangeCategory(
            @NotBlank @Size(max = 60) @Pattern(regexp = Texts.SINGLE_LINE, message = Texts.SINGLE_LINE_MESSAGE)
            String category) implements TicketCommand {
        /**
         * Strips the text.
         *
         * @param category one of the workflow's categories (any case), or any text when it declares none
         */
        public ChangeCategory {
            category = Texts.strip(category);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.changeCategory(this);
        }
    }

    /** Removes the category; refused when the ticket's workflow requires one. */
    record ClearCategory() implements TicketCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.clearCategory(this);
        }
    }

    /**
     * Hides the ticket from the customer, or shows it again (seed 004).
     *
     * @param hiddenFromCustomer whether it should be hidden
     */
    record SetHiddenFromCustomer(boolean hiddenFromCustomer) implements TicketCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.setHiddenFromCustomer(this);
        }
    }

    /**
     * Rates how the ticket's current resolution went (seed 001's customer satisfaction), once per resolution: the
     * ticket must be in a resolved or closed status and not rated since it got there; a reopening allows a new
     * rating for the next resolution.
     *
     * @param score from 1 (very dissatisfied) to 5 (very satisfied)
     * @param comment what the rater adds, up to 2,000 characters; never null, may be empty
     */
    record Rate(@Min(Rating.MIN) @Max(Rating.MAX) int score, Optional<@Reason String> comment)
            implements TicketCommand {
        /**
         * Strips the comment; null or blank means none.
         *
         * @param score from 1 to 5
         * @param comment what the rater adds; may be null
         */
        public Rate {
            comment = Texts.optional(comment);
        }

        /**
         * A score without comment.
         *
         * @param score from 1 to 5
         */
        public Rate(int score) {
            this(score, Optional.empty());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rate(this);
        }
    }
}
