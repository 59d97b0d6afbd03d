package io.github.tickets4j.core.ticket;

import io.github.tickets4j.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A change to an existing ticket, run by {@code TicketDesk.execute}. Pure data: text is stripped and nulls become
 * empty values here; the rules are checked by the desk before anything is loaded, and refused input throws one
 * {@link io.github.tickets4j.core.ValidationFailedException} listing every broken rule.
 */
public sealed interface TicketCommand {

    /**
     * Adds a follow-up note, optionally with the date of the next action (not before today).
     *
     * @param note what was done or said, 1 to 10,000 characters
     * @param followUpDate the next action's date; never null, may be empty
     * @param visibility who may read it; internal when not given
     */
    record AddFollowUp(
            @NotBlank @Size(max = 10_000) @Pattern(regexp = Texts.MULTI_LINE, message = Texts.MULTI_LINE_MESSAGE)
            String note,
            Optional<LocalDate> followUpDate,
            Visibility visibility) implements TicketCommand {
        /** Strips the note; no date means none, no visibility means internal. */
        public AddFollowUp {
            note = Checks.strip(note);
            followUpDate = Checks.orEmpty(followUpDate);
            visibility = visibility == null ? Visibility.INTERNAL : visibility;
        }

        /**
         * An internal note without a date.
         *
         * @param note the note
         */
        public AddFollowUp(String note) {
            this(note, Optional.empty(), Visibility.INTERNAL);
        }

        /**
         * An internal note scheduling the next action.
         *
         * @param note the note
         * @param followUpDate the next action's date, may be null
         */
        public AddFollowUp(String note, LocalDate followUpDate) {
            this(note, Optional.ofNullable(followUpDate), Visibility.INTERNAL);
        }
    }

    /**
     * Moves the ticket to another status along a workflow transition.
     *
     * @param to the target status (any case)
     * @param reason why; required by some transitions; never null, may be empty
     */
    record ChangeStatus(
            @NotBlank @Size(max = 40) String to,
            Optional<@Reason String> reason) implements TicketCommand {
        /** Strips the text. */
        public ChangeStatus {
            to = Checks.strip(to);
            reason = Checks.optional(reason);
        }

        /**
         * A move without a reason.
         *
         * @param to the target status
         */
        public ChangeStatus(String to) {
            this(to, Optional.empty());
        }
    }

    /**
     * Closes the ticket along the workflow's close transition from its current status.
     *
     * @param note the resolution note; never null, may be empty
     */
    record Close(
            Optional<@Reason String> note) implements TicketCommand {
        /** Strips the text. */
        public Close {
            note = Checks.optional(note);
        }

        /** A close without a note. */
        public Close() {
            this(Optional.empty());
        }
    }

    /**
     * Reopens a closed ticket along the workflow's reopen transition.
     *
     * @param reason why; required by some workflows; never null, may be empty
     */
    record Reopen(
            Optional<@Reason String> reason) implements TicketCommand {
        /** Strips the text. */
        public Reopen {
            reason = Checks.optional(reason);
        }

        /** A reopen without a reason. */
        public Reopen() {
            this(Optional.empty());
        }
    }

    /**
     * Assigns or reassigns the ticket; the status does not change.
     *
     * @param assignee the new assignee
     * @param reason why (for reassignments); never null, may be empty
     */
    record Assign(
            @NotNull UserId assignee,
            Optional<@Reason String> reason) implements TicketCommand {
        /** Strips the text. */
        public Assign {
            reason = Checks.optional(reason);
        }

        /**
         * An assignment without a reason.
         *
         * @param assignee the new assignee
         */
        public Assign(UserId assignee) {
            this(assignee, Optional.empty());
        }
    }

    /** The actor assigns the ticket to themselves; the status does not change (seed 003). */
    record PickUp() implements TicketCommand {
    }

    /**
     * Removes the assignee.
     *
     * @param reason why; never null, may be empty
     */
    record Unassign(
            Optional<@Reason String> reason) implements TicketCommand {
        /** Strips the text. */
        public Unassign {
            reason = Checks.optional(reason);
        }

        /** An unassignment without a reason. */
        public Unassign() {
            this(Optional.empty());
        }
    }

    /**
     * Changes the priority; raising it is recorded as an escalation.
     *
     * @param priority one of the workflow's priorities (any case)
     * @param reason why; never null, may be empty
     */
    record ChangePriority(
            @NotBlank @Size(max = 60) String priority,
            Optional<@Reason String> reason) implements TicketCommand {
        /** Strips the text. */
        public ChangePriority {
            priority = Checks.strip(priority);
            reason = Checks.optional(reason);
        }

        /**
         * A change without a reason.
         *
         * @param priority the new priority
         */
        public ChangePriority(String priority) {
            this(priority, Optional.empty());
        }
    }

    /**
     * Sets, moves or clears the due date.
     *
     * @param dueAt the deadline, empty to clear; truncated to milliseconds, as stored
     */
    record SetDueDate(Optional<Instant> dueAt) implements TicketCommand {
        /** Null means clear; the deadline is truncated to milliseconds so it reads back equal. */
        public SetDueDate {
            dueAt = Checks.orEmpty(dueAt).map(Checks::millis);
        }
    }

    /**
     * Sets, moves or clears the follow-up date (not before today).
     *
     * @param followUpDate the date, empty to clear
     */
    record SetFollowUpDate(Optional<LocalDate> followUpDate) implements TicketCommand {
        /** Null means clear. */
        public SetFollowUpDate {
            followUpDate = Checks.orEmpty(followUpDate);
        }
    }

    /**
     * Adds a tag (stored in lower case).
     *
     * @param tag the tag
     */
    record AddTag(@NotNull @Pattern(regexp = Texts.TAG, message = Texts.TAG_MESSAGE) String tag)
            implements TicketCommand {
        /** Normalises the tag. */
        public AddTag {
            tag = Checks.tag(tag);
        }
    }

    /**
     * Removes a tag.
     *
     * @param tag the tag (any case)
     */
    record RemoveTag(@NotNull @Pattern(regexp = Texts.TAG, message = Texts.TAG_MESSAGE) String tag)
            implements TicketCommand {
        /** Normalises the tag. */
        public RemoveTag {
            tag = Checks.tag(tag);
        }
    }

    /**
     * Links the ticket to a customer, and optionally a project and contact (seed 001).
     *
     * @param customer the customer
     * @param project the project; never null, may be empty
     * @param contact the contact; never null, may be empty
     */
    record LinkCustomer(@NotNull CustomerId customer, Optional<ProjectId> project, Optional<ContactId> contact)
            implements TicketCommand {
        /** Null means not given. */
        public LinkCustomer {
            project = Checks.orEmpty(project);
            contact = Checks.orEmpty(contact);
        }

        /**
         * Links a customer only.
         *
         * @param customer the customer
         */
        public LinkCustomer(CustomerId customer) {
            this(customer, Optional.empty(), Optional.empty());
        }
    }

    /**
     * Sets or clears the team (group).
     *
     * @param team the team, empty to clear
     */
    record ChangeTeam(Optional<TeamId> team) implements TicketCommand {
        /** Null means clear. */
        public ChangeTeam {
            team = Checks.orEmpty(team);
        }
    }

    /**
     * Sets or clears the category (type).
     *
     * @param category one of the workflow's categories, empty to clear
     */
    record ChangeCategory(
            Optional<@Size(max = 60) @Pattern(regexp = Texts.SINGLE_LINE, message = Texts.SINGLE_LINE_MESSAGE) String>
                    category) implements TicketCommand {
        /** Strips the text. */
        public ChangeCategory {
            category = Checks.optional(category);
        }
    }

    /**
     * Hides the ticket from the customer, or shows it again (seed 004).
     *
     * @param hidden whether it should be hidden
     */
    record SetHidden(boolean hidden) implements TicketCommand {
    }
}
