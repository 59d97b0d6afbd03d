package io.github.tickets4j.core.query;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Identifiers;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.StatusCategory;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A ticket search. Every filter is optional; an empty set means "no filter on this", several values in one set
 * mean "any of them", and different filters must all hold. Status and priority names are upper-cased, tags
 * lower-cased; the desk refuses names none of its workflows has (the presets' names are constants of the nested
 * classes of {@link io.github.tickets4j.core.workflow.Workflows}). The free text matches a ticket number (any
 * case, leading zeros optional, as the desk's
 * {@link io.github.tickets4j.core.ticket.TicketNumberFormat#parse(String)} reads it), or a title or description
 * containing it, ignoring case as {@link TextFolding} defines it. Whatever the query says, results only ever
 * include tickets the caller may view.
 *
 * @param statuses status names; never null
 * @param statusCategories status categories; never null
 * @param overdueOnly only overdue tickets
 * @param projects projects; never null
 * @param customers customers; never null
 * @param assignees assignees; never null
 * @param unassignedOnly only tickets nobody holds
 * @param creators creators; never null
 * @param teams teams; never null
 * @param priorities priority names; never null
 * @param categories ticket categories (types), matched ignoring case; never null
 * @param tags tags, any of them; never null
 * @param createdFrom created at or after; never null, may be empty
 * @param createdBefore created before; never null, may be empty
 * @param closedFrom closed at or after; never null, may be empty
 * @param closedBefore closed before; never null, may be empty
 * @param ratedFrom rated at or after (only rated tickets match); never null, may be empty
 * @param ratedBefore rated before (only rated tickets match); never null, may be empty
 * @param text free text, up to 200 characters; never null, may be empty
 */
public record TicketQuery(Set<String> statuses, Set<StatusCategory> statusCategories, boolean overdueOnly,
        Set<ProjectId> projects, Set<CustomerId> customers, Set<UserId> assignees, boolean unassignedOnly,
        Set<UserId> creators, Set<TeamId> teams, Set<String> priorities, Set<String> categories, Set<String> tags,
        Optional<Instant> createdFrom, Optional<Instant> createdBefore, Optional<Instant> closedFrom,
        Optional<Instant> closedBefore, Optional<Instant> ratedFrom, Optional<Instant> ratedBefore,
        Optional<String> text) {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    /** The longest free text a query accepts. */
    public static final int MAX_TEXT = 200;

    /**
     * Normalises and checks the filters.
     *
     * @param statuses status names; never null
     * @param statusCategories status categories; never null
     * @param overdueOnly only overdue tickets
     * @param projects projects; never null
     * @param customers customers; never null
     * @param assignees assignees; never null
     * @param unassignedOnly only tickets nobody holds
     * @param creators creators; never null
     * @param teams teams; never null
     * @param priorities priority names; never null
     * @param categories ticket categories (types), matched ignoring case; never null
     * @param tags tags, any of them; never null
     * @param createdFrom created at or after; never null, may be empty
     * @param createdBefore created before; never null, may be empty
     * @param closedFrom closed at or after; never null, may be empty
     * @param closedBefore closed before; never null, may be empty
     * @param ratedFrom rated at or after; never null, may be empty
     * @param ratedBefore rated before; never null, may be empty
     * @param text free text, up to 200 characters; never null, may be empty
     * @throws ValidationFailedException naming {@code text} if it is too long or holds control characters, a set
     *     filter if it is null or holds null, or a status or priority name that breaks the naming rule
     */
    public TicketQuery {
        statuses = normalise("statuses", statuses, s -> Identifiers.name("statuses", s));
        statusCategories = copy("statusCategories", statusCategories);
        projects = copy("projects", projects);
        customers = copy("customers", customers);
        assignees = copy("assignees", assignees);
        creators = copy("creators", creators);
        teams = copy("teams", teams);
        priorities = normalise("priorities", priorities, p -> Identifiers.name("priorities", p));
        categories = normalise("categories", categories, c -> c.strip().toLowerCase(Locale.ROOT));
        tags = normalise("tags", tags, Identifiers::tag);
        createdFrom = Objects.requireNonNullElse(createdFrom, Optional.empty());
        createdBefore = Objects.requireNonNullElse(createdBefore, Optional.empty());
        closedFrom = Objects.requireNonNullElse(closedFrom, Optional.empty());
        closedBefore = Objects.requireNonNullElse(closedBefore, Optional.empty());
        ratedFrom = Objects.requireNonNullElse(ratedFrom, Optional.empty());
        ratedBefore = Objects.requireNonNullElse(ratedBefore, Optional.empty());
        // Blank text filters nothing.
        text = text == null ? Optional.empty() : text.map(String::strip).filter(t -> !t.isEmpty());
        text.ifPresent(t -> {
            if (t.length() > MAX_TEXT) {
                throw ValidationFailedException.of("text", "must be at most " + MAX_TEXT + " characters");
            }
            if (CONTROL.matcher(t).find()) {
                throw ValidationFailedException.of("text", "must not contain control characters");
            }
        });
    }

    /**
     * The query without filters: every ticket the caller may view.
     *
     * @return the query, never null
     */
    public static TicketQuery all() {
        return builder().build();
    }

    /**
     * Starts a query.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Copies this query into a builder, to add filters.
     *
     * @return a builder holding this query's filters, never null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.statuses.addAll(statuses);
        b.statusCategories.addAll(statusCategories);
        b.overdueOnly = overdueOnly;
        b.projects.addAll(projects);
        b.customers.addAll(customers);
        b.assignees.addAll(assignees);
        b.unassignedOnly = unassignedOnly;
        b.creators.addAll(creators);
        b.teams.addAll(teams);
        b.priorities.addAll(priorities);
        b.categories.addAll(categories);
        b.tags.addAll(tags);
        b.createdFrom = createdFrom.orElse(null);
        b.createdBefore = createdBefore.orElse(null);
        b.closedFrom = closedFrom.orElse(null);
        b.closedBefore = closedBefore.orElse(null);
        b.ratedFrom = ratedFrom.orElse(null);
        b.ratedBefore = ratedBefore.orElse(null);
        b.text = text.orElse(null);
        return b;
    }

    private static Set<String> normalise(String field, Set<String> values, UnaryOperator<String> how) {
        return copy(field, values).stream().map(how).collect(Collectors.toUnmodifiableSet());
    }

    // A null set or value is bad input like any other: refuse it by name instead of failing with a bare NPE.
    private static <T> Set<T> copy(String field, Set<T> values) {
        if (values == null || values.stream().anyMatch(Objects::isNull)) {
            throw ValidationFailedException.of(field, "must not be null or hold null");
        }
        return Set.copyOf(values);
    }

    /** Builds a {@link TicketQuery}. Not thread-safe. */
    public static final class Builder {
        private final Set<String> statuses = new HashSet<>();
        private final Set<StatusCategory> statusCategories = new HashSet<>();
        private final Set<ProjectId> projects = new HashSet<>();
        private final Set<CustomerId> customers = new HashSet<>();
        private final Set<UserId> assignees = new HashSet<>();
        private final Set<UserId> creators = new HashSet<>();
        private final Set<TeamId> teams = new HashSet<>();
        private final Set<String> priorities = new HashSet<>();
        private final Set<String> categories = new HashSet<>();
        private final Set<String> tags = new HashSet<>();
        private boolean overdueOnly;
        private boolean unassignedOnly;
        private Instant createdFrom;
        private Instant createdBefore;
        private Instant closedFrom;
        private Instant closedBefore;
        private Instant ratedFrom;
        private Instant ratedBefore;
        private String text;

        private Builder() {
        }

        /**
         * A null array counts as one null value, so {@link #build()} refuses it naming the filter, as it refuses a
         * null inside the array, instead of failing here with a bare NullPointerException.
         */
        private static <T> java.util.List<T> given(T[] values) {
            return values == null ? java.util.Collections.singletonList(null) : Arrays.asList(values);
        }

        /**
         * @param names status names
         * @return this builder
         */
        public Builder statuses(String... names) {
            statuses.addAll(given(names));
            return this;
        }

        /**
         * @param values status categories
         * @return this builder
         */
        public Builder statusCategories(StatusCategory... values) {
            statusCategories.addAll(given(values));
            return this;
        }

        /**
         * @param only whether only overdue tickets count
         * @return this builder
         */
        public Builder overdueOnly(boolean only) {
            this.overdueOnly = only;
            return this;
        }

        /**
         * @param ids projects
         * @return this builder
         */
        public Builder projects(ProjectId... ids) {
            projects.addAll(given(ids));
            return this;
        }

        /**
         * @param ids customers
         * @return this builder
         */
        public Builder customers(CustomerId... ids) {
            customers.addAll(given(ids));
            return this;
        }

        /**
         * @param ids assignees
         * @return this builder
         */
        public Builder assignees(UserId... ids) {
            assignees.addAll(given(ids));
            return this;
        }

        /**
         * @param only whether only unassigned tickets count
         * @return this builder
         */
        public Builder unassignedOnly(boolean only) {
            this.unassignedOnly = only;
            return this;
        }

        /**
         * @param ids creators
         * @return this builder
         */
        public Builder creators(UserId... ids) {
            creators.addAll(given(ids));
            return this;
        }

        /**
         * @param ids teams
         * @return this builder
         */
        public Builder teams(TeamId... ids) {
            teams.addAll(given(ids));
            return this;
        }

        /**
         * @param names priorities
         * @return this builder
         */
        public Builder priorities(String... names) {
            priorities.addAll(given(names));
            return this;
        }

        /**
         * @param names ticket categories
         * @return this builder
         */
        public Builder categories(String... names) {
            categories.addAll(given(names));
            return this;
        }

        /**
         * @param names tags, any of which matches
         * @return this builder
         */
        public Builder tags(String... names) {
            tags.addAll(given(names));
            return this;
        }

        /**
         * @param from created at or after, may be null
         * @param before created before, may be null
         * @return this builder
         */
        public Builder createdBetween(Instant from, Instant before) {
            this.createdFrom = from;
            this.createdBefore = before;
            return this;
        }

        /**
         * @param from closed at or after, may be null
         * @param before closed before, may be null
         * @return this builder
         */
        public Builder closedBetween(Instant from, Instant before) {
            this.closedFrom = from;
            this.closedBefore = before;
            return this;
        }

        /**
         * @param from rated at or after, may be null
         * @param before rated before, may be null
         * @return this builder
         */
        public Builder ratedBetween(Instant from, Instant before) {
            this.ratedFrom = from;
            this.ratedBefore = before;
            return this;
        }

        /**
         * @param words free text, may be null
         * @return this builder
         */
        public Builder text(String words) {
            this.text = words;
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query, never null
         * @throws ValidationFailedException if a filter breaks its rule
         */
        public TicketQuery build() {
            return new TicketQuery(statuses, statusCategories, overdueOnly, projects, customers, assignees,
                    unassignedOnly, creators, teams, priorities, categories, tags, Optional.ofNullable(createdFrom),
                    Optional.ofNullable(createdBefore), Optional.ofNullable(closedFrom),
                    Optional.ofNullable(closedBefore), Optional.ofNullable(ratedFrom), Optional.ofNullable(ratedBefore),
                    Optional.ofNullable(text));
        }
    }
}
