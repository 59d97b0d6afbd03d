package io.github.tickets4j.core.ticket;

import io.github.tickets4j.core.Identifiers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The command to create a ticket. Only the title is required by default; a workflow may also require a priority
 * or a category. A ticket created from a project is linked to the project's customer automatically. Text is
 * stripped of surrounding blanks before the rules are checked.
 *
 * @param title what the ticket is about, 1 to 200 characters, no control characters
 * @param description details, up to 20,000 characters; never null, may be empty
 * @param project the project it is created from; never null, may be empty
 * @param customer the customer, when not implied by the project; never null, may be empty
 * @param contact the customer's contact person; never null, may be empty
 * @param submitter who submitted it, for tickets not yet linked to a customer; never null, may be empty
 * @param priority one of the workflow's priorities (any case); never null, may be empty
 * @param category one of the workflow's categories (any case); never null, may be empty
 * @param assignee who should handle it; never null, may be empty
 * @param team the team or group; never null, may be empty
 * @param tags labels, at most 20, none null; never null
 * @param dueAt the deadline; never null, may be empty
 * @param hiddenFromCustomer whether the ticket is hidden from the customer (seed 004)
 * @param workflow the name of the workflow (ticket type) to create it under, one the desk was given; never null,
 *     empty for the desk's default
 */
public record CreateTicket(
        @NotBlank @Size(max = 200) @Pattern(regexp = Texts.SINGLE_LINE, message = Texts.SINGLE_LINE_MESSAGE)
        String title,
        Optional<@Size(max = 20_000) @Pattern(regexp = Texts.MULTI_LINE, message = Texts.MULTI_LINE_MESSAGE) String>
                description,
        Optional<ProjectId> project,
        Optional<CustomerId> customer,
        Optional<ContactId> contact,
        Optional<@Valid Submitter> submitter,
        Optional<@Size(max = 60) @Pattern(regexp = Texts.SINGLE_LINE, message = Texts.SINGLE_LINE_MESSAGE) String>
                priority,
        Optional<@Size(max = 60) @Pattern(regexp = Texts.SINGLE_LINE, message = Texts.SINGLE_LINE_MESSAGE) String>
                category,
        Optional<UserId> assignee,
        Optional<TeamId> team,
        @Size(max = 20) Set<@NotNull @Pattern(regexp = Texts.TAG, message = Texts.TAG_MESSAGE) String> tags,
        Optional<Instant> dueAt,
        boolean hiddenFromCustomer,
        Optional<String> workflow) {

    /**
     * Strips text, normalises tags, truncates the due date to milliseconds (as stored) and turns nulls into empty
     * values; the rules are checked by the desk.
     *
     * @param title what the ticket is about, 1 to 200 characters, no control characters
     * @param description details, up to 20,000 characters; never null, may be empty
     * @param project the project it is created from; never null, may be empty
     * @param customer the customer, when not implied by the project; never null, may be empty
     * @param contact the customer's contact person; never null, may be empty
     * @param submitter who submitted it, for tickets not yet linked to a customer; never null, may be empty
     * @param priority one of the workflow's priorities (any case); never null, may be empty
     * @param category one of the workflow's categories (any case); never null, may be empty
     * @param assignee who should handle it; never null, may be empty
     * @param team the team or group; never null, may be empty
     * @param tags labels, at most 20, none null; never null
     * @param dueAt the deadline; never null, may be empty
     * @param hiddenFromCustomer whether the ticket is hidden from the customer (seed 004)
     * @param workflow the name of the workflow (ticket type) to create it under, one the desk was given; never null,
     *     empty for the desk's default
     */
    public CreateTicket {
        title = Texts.strip(title);
        description = Texts.optional(description);
        project = Objects.requireNonNullElse(project, Optional.empty());
        customer = Objects.requireNonNullElse(customer, Optional.empty());
        contact = Objects.requireNonNullElse(contact, Optional.empty());
        submitter = Objects.requireNonNullElse(submitter, Optional.empty());
        priority = Texts.optional(priority);
        category = Texts.optional(category);
        assignee = Objects.requireNonNullElse(assignee, Optional.empty());
        team = Objects.requireNonNullElse(team, Optional.empty());
        // A null tag is kept, not thrown on, so the desk refuses it with the command's other broken rules.
        Set<String> normalised = new TreeSet<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        if (tags != null) {
            tags.forEach(t -> normalised.add(Identifiers.tag(t)));
        }
        tags = java.util.Collections.unmodifiableSet(normalised);
        dueAt = dueAt == null ? Optional.empty() : dueAt.map(d -> d.truncatedTo(ChronoUnit.MILLIS));
        workflow = Texts.optional(workflow);
    }

    /**
     * Starts a command with its title.
     *
     * @param title the title, may be null (then refused by validation)
     * @return a builder, never null
     */
    public static Builder titled(String title) {
        return new Builder(title);
    }

    /**
     * Copies this command into a builder, to change some of its fields.
     *
     * @return a builder holding this command's values, never null
     */
    public Builder toBuilder() {
        Builder b = new Builder(title);
        b.description = description.orElse(null);
        b.project = project.orElse(null);
        b.customer = customer.orElse(null);
        b.contact = contact.orElse(null);
        b.submitter = submitter.orElse(null);
        b.priority = priority.orElse(null);
        b.category = category.orElse(null);
        b.assignee = assignee.orElse(null);
        b.team = team.orElse(null);
        b.tags.addAll(tags);
        b.dueAt = dueAt.orElse(null);
        b.hiddenFromCustomer = hiddenFromCustomer;
        b.workflow = workflow.orElse(null);
        return b;
    }

    /** Builds a {@link CreateTicket}; every setter accepts null for "not given". Not thread-safe. */
    public static final class Builder {
        private final String title;
        private final Set<String> tags = new LinkedHashSet<>();
        private String description;
        private ProjectId project;
        private CustomerId customer;
        private ContactId contact;
        private Submitter submitter;
        private String priority;
        private String category;
        private UserId assignee;
        private TeamId team;
        private Instant dueAt;
        private boolean hiddenFromCustomer;
        private String workflow;

        private Builder(String title) {
            this.title = title;
        }

        /**
         * @param text the description, may be null
         * @return this builder
         */
        public Builder description(String text) {
            this.description = text;
            return this;
        }

        /**
         * @param id the project the ticket is created from, may be null
         * @return this builder
         */
        public Builder project(ProjectId id) {
            this.project = id;
            return this;
        }

        /**
         * @param id the customer, may be null
         * @return this builder
         */
        public Builder customer(CustomerId id) {
            this.customer = id;
            return this;
        }

        /**
         * @param id the contact person, may be null
         * @return this builder
         */
        public Builder contact(ContactId id) {
            this.contact = id;
            return this;
        }

        /**
         * @param details the submitter's details, may be null
         * @return this builder
         */
        public Builder submitter(Submitter details) {
            this.submitter = details;
            return this;
        }

        /**
         * @param name a priority of the workflow, may be null
         * @return this builder
         */
        public Builder priority(String name) {
            this.priority = name;
            return this;
        }

        /**
         * @param name a category of the workflow, may be null
         * @return this builder
         */
        public Builder category(String name) {
            this.category = name;
            return this;
        }

        /**
         * @param user who should handle it, may be null
         * @return this builder
         */
        public Builder assignee(UserId user) {
            this.assignee = user;
            return this;
        }

        /**
         * @param id the team, may be null
         * @return this builder
         */
        public Builder team(TeamId id) {
            this.team = id;
            return this;
        }

        /**
         * @param labels tags to add; a null array, like a null tag, is refused with the command's other broken rules
         * @return this builder
         */
        public Builder tags(String... labels) {
            // Kept as a null tag rather than thrown on here: the desk names it (tags) among every broken rule.
            tags.addAll(labels == null ? java.util.Collections.singletonList(null) : java.util.Arrays.asList(labels));
            return this;
        }

        /**
         * @param deadline the due date, may be null
         * @return this builder
         */
        public Builder dueAt(Instant deadline) {
            this.dueAt = deadline;
            return this;
        }

        /**
         * @param hide whether to hide the ticket from the customer
         * @return this builder
         */
        public Builder hiddenFromCustomer(boolean hide) {
            this.hiddenFromCustomer = hide;
            return this;
        }

        /**
         * @param name the workflow (ticket type) to create the ticket under, may be null for the desk's default
         * @return this builder
         */
        public Builder workflow(String name) {
            this.workflow = name;
            return this;
        }

        /**
         * Builds the command; the rules are checked when the desk receives it.
         *
         * @return the command, never null
         */
        public CreateTicket build() {
            return new CreateTicket(title, Optional.ofNullable(description), Optional.ofNullable(project),
                    Optional.ofNullable(customer), Optional.ofNullable(contact), Optional.ofNullable(submitter),
                    Optional.ofNullable(priority), Optional.ofNullable(category), Optional.ofNullable(assignee),
                    Optional.ofNullable(team), tags, Optional.ofNullable(dueAt), hiddenFromCustomer, Optional.ofNullable(workflow));
        }
    }
}
