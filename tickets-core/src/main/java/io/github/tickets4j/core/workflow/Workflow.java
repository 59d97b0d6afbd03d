package io.github.tickets4j.core.workflow;

import io.github.tickets4j.core.ConfigurationException;
import io.github.tickets4j.core.Identifiers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A ticket workflow as data: statuses with categories, the initial status, the allowed transitions and their
 * rules, and the priorities and categories tickets may carry. Immutable; built with {@link #builder(String)},
 * which refuses a workflow that cannot work. {@link Workflows} holds the presets of the five seed systems. The
 * file is long because the definition and its checking {@link Builder} (public API) are one unit.
 */
public final class Workflow {
    private final String name;
    private final int version;
    private final Map<String, Status> statuses;
    private final List<String> order;
    private final Status initial;
    private final List<Transition> transitions;
    private final List<String> priorities;
    private final Optional<String> defaultPriority;
    private final boolean priorityRequired;
    private final List<String> categories;
    private final boolean categoryRequired;

    private Workflow(Builder b) {
        this.name = b.name;
        this.version = b.version;
        this.statuses = Map.copyOf(b.statuses);
        this.initial = b.statuses.get(b.initial);
        this.transitions = List.copyOf(b.transitions);
        this.priorities = List.copyOf(b.priorities);
        this.defaultPriority = Optional.ofNullable(b.defaultPriority);
        this.priorityRequired = b.priorityRequired;
        this.categories = List.copyOf(b.categories);
        this.categoryRequired = b.categoryRequired;
        this.order = List.copyOf(b.statuses.keySet());
    }

    /**
     * Starts a workflow definition.
     *
     * @param name the workflow's name, for messages; never null
     * @return a builder, never null
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @return the workflow's name, never null; tickets record it with the version */
    public String name() {
        return name;
    }

    /** @return the workflow's version, at least 1 */
    public int version() {
        return version;
    }

    /** @return the name and version that tickets created under this workflow record, never null */
    public WorkflowRef ref() {
        return new WorkflowRef(name, version);
    }

    /** @return the statuses in the order they were declared, never null */
    public List<Status> statuses() {
        return order.stream().map(statuses::get).toList();
    }

    /** @return the status new tickets start in, never null */
    public Status initial() {
        return initial;
    }

    /** @return every allowed transition, never null */
    public List<Transition> transitions() {
        return transitions;
    }

    /** @return the priorities from lowest to highest, never null; empty when tickets carry none */
    public List<String> priorities() {
        return priorities;
    }

    /** @return the priority given to new tickets that name none, if any */
    public Optional<String> defaultPriority() {
        return defaultPriority;
    }

    /** @return whether a new ticket must name a priority (when there is no default) */
    public boolean priorityRequired() {
        return priorityRequired;
    }

    /** @return the allowed ticket categories (types), never null; empty means any text */
    public List<String> categories() {
        return categories;
    }

    /** @return whether a new ticket must name a category */
    public boolean categoryRequired() {
        return categoryRequired;
    }

    /**
     * Looks a status up by name, ignoring case and reading blanks as underscores, as names are declared
     * ({@code "Work in progress"} finds {@code WORK_IN_PROGRESS}).
     *
     * @param statusName the name, may be null
     * @return the status, or empty when the workflow has none of that name
     */
    public Optional<Status> status(String statusName) {
        if (statusName == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(statuses.get(normalise(statusName)));
    }

    /**
     * Finds the transition between two statuses.
     *
     * @param from the current status name, never null
     * @param to the wanted status name, never null
     * @return the transition, or empty when the move is not allowed
     */
    public Optional<Transition> transition(String from, String to) {
        return transitions.stream().filter(t -> t.from().equals(from) && t.to().equals(to)).findFirst();
    }

    /**
     * Lists the transitions out of a status.
     *
     * @param from the status name, never null
     * @return the transitions in declaration order, never null
     */
    public List<Transition> transitionsFrom(String from) {
        return transitions.stream().filter(t -> t.from().equals(from)).toList();
    }

    /**
     * The first declared transition from an open status into the closed category: what "close" means there.
     *
     * @param from the status name, never null
     * @return the transition, or empty when the ticket cannot be closed from there or is closed already
     */
    public Optional<Transition> closeTransitionFrom(String from) {
        if (statuses.get(from).isClosed()) {
            return Optional.empty();
        }
        return transitionsFrom(from).stream().filter(t -> statuses.get(t.to()).isClosed()).findFirst();
    }

    /**
     * The first declared transition from a closed status out of the closed category: what "reopen" means there.
     *
     * @param from the status name, never null
     * @return the transition, or empty when the status is not closed or cannot be reopened
     */
    public Optional<Transition> reopenTransitionFrom(String from) {
        if (!statuses.get(from).isClosed()) {
            return Optional.empty();
        }
        return transitionsFrom(from).stream().filter(t -> !statuses.get(t.to()).isClosed()).findFirst();
    }

    /**
     * Names the statuses in the given categories.
     *
     * @param wanted the categories, never null
     * @return the status names in declaration order, never null
     */
    public Set<String> statusesIn(Collection<StatusCategory> wanted) {
        return order.stream().filter(n -> wanted.contains(statuses.get(n).category()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Looks a priority up by name, ignoring case.
     *
     * @param priority the name, may be null
     * @return the priority as declared, or empty when unknown
     */
    public Optional<String> priority(String priority) {
        if (priority == null) {
            return Optional.empty();
        }
        return priorities.stream().filter(normalise(priority)::equals).findFirst();
    }

    private static String normalise(String name) {
        return name.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
    }

    /**
     * Looks a category up, ignoring case; with no declared categories any text is accepted as it is.
     *
     * @param category the category, may be null
     * @return the category as declared, or empty when unknown
     */
    public Optional<String> category(String category) {
        if (category == null || category.isBlank()) {
            return Optional.empty();
        }
        if (categories.isEmpty()) {
            return Optional.of(category.strip());
        }
        return categories.stream().filter(c -> c.equalsIgnoreCase(category.strip())).findFirst();
    }

    @Override
    public String toString() {
        return "Workflow[" + name + ", statuses=" + order + "]";
    }

    /** Collects a workflow definition and checks it when built. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final Map<String, Status> statuses = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();
        private final List<Transition> transitions = new ArrayList<>();
        private final List<String> priorities = new ArrayList<>();
        private final List<String> categories = new ArrayList<>();
        private String initial;
        private String defaultPriority;
        private boolean priorityRequired;
        private boolean categoryRequired;
        private int version = 1;

        private Builder(String name) {
            if (name == null || name.isBlank()) {
                throw new ConfigurationException("a workflow needs a name");
            }
            this.name = name.strip();
            if (!name.strip().matches("[A-Za-z0-9][A-Za-z0-9._@:+-]{0,99}")) {
                problems.add("name '" + name.strip() + "' must be 1 to 100 letters, digits or . _ @ : + - starting"
                        + " with a letter or digit");
            }
        }

        /**
         * Sets the version, 1 when not set. Raise it when a changed workflow must not apply to the tickets created
         * under the previous one; a desk given both versions decides each ticket with the version it records.
         *
         * @param value the version, at least 1
         * @return this builder
         */
        public Builder version(int value) {
            if (value < 1) {
                problems.add("version must be at least 1, was " + value);
            }
            this.version = value;
            return this;
        }

        /**
         * Declares a status. Declaration order is the order used for sorting and dashboards.
         *
         * @param statusName the name, never null
         * @param category its category, never null
         * @return this builder
         */
        public Builder status(String statusName, StatusCategory category) {
            String name = checkedName("status", statusName);
            if (name != null && category == null) {
                problems.add("status " + name + " has no category");
            } else if (name != null && statuses.putIfAbsent(name, Status.of(name, category)) != null) {
                problems.add("status " + name + " is declared twice");
            }
            return this;
        }

        /**
         * Names the status new tickets start in.
         *
         * @param statusName a declared, non-closed status, never null
         * @return this builder
         */
        public Builder initial(String statusName) {
            this.initial = checkedName("initial status", statusName);
            return this;
        }

        /**
         * Allows a move anyone with the matching permission may take, without a reason.
         *
         * @param action the action's name, never null
         * @param from the status it leaves, never null
         * @param to the status it enters, never null
         * @return this builder
         */
        public Builder transition(String action, String from, String to) {
            return transition(new Transition(action, from, to, TransitionRule.permitted(), false, Set.of()));
        }

        /**
         * Allows a move with its own rules.
         *
         * @param transition the transition, never null
         * @return this builder
         */
        public Builder transition(Transition transition) {
            transitions.add(transition);
            return this;
        }

        /**
         * Declares the priorities, lowest first.
         *
         * @param lowestFirst the names, never null
         * @return this builder
         */
        public Builder priorities(String... lowestFirst) {
            for (String p : lowestFirst) {
                String normalised = checkedName("priority", p);
                if (normalised == null) {
                    continue;
                }
                if (priorities.contains(normalised)) {
                    problems.add("priority " + normalised + " is declared twice");
                } else {
                    priorities.add(normalised);
                }
            }
            return this;
        }

        /**
         * Names the priority of new tickets that name none.
         *
         * @param priority a declared priority, never null
         * @return this builder
         */
        public Builder defaultPriority(String priority) {
            this.defaultPriority = checkedName("default priority", priority);
            return this;
        }

        /**
         * Demands that new tickets name a priority (ignored when there is a default).
         *
         * @param required whether it is required
         * @return this builder
         */
        public Builder priorityRequired(boolean required) {
            this.priorityRequired = required;
            return this;
        }

        /**
         * Declares the ticket categories (types) tickets may carry; none declared means any text.
         *
         * @param names the names, never null
         * @return this builder
         */
        public Builder categories(String... names) {
            for (String c : names) {
                if (c == null || c.isBlank() || c.strip().length() > 60) {
                    problems.add("category '" + c + "' must be 1 to 60 characters");
                } else if (categories.stream().anyMatch(c.strip()::equalsIgnoreCase)) {
                    problems.add("category '" + c.strip() + "' is declared twice");
                } else {
                    categories.add(c.strip());
                }
            }
            return this;
        }

        /**
         * Demands that new tickets name a category.
         *
         * @param required whether it is required
         * @return this builder
         */
        public Builder categoryRequired(boolean required) {
            this.categoryRequired = required;
            return this;
        }

        /**
         * Checks the definition and builds the workflow.
         *
         * @return the workflow, never null
         * @throws ConfigurationException naming every problem found: no statuses, an unknown or closed initial
         *     status, a transition to or from an unknown status, no closed status, a status that cannot be
         *     reached or that can never reach a closed status, an unknown default priority
         */
        public Workflow build() {
            List<String> found = new ArrayList<>(problems);
            if (statuses.isEmpty()) {
                found.add("it declares no status");
            }
            if (initial == null) {
                found.add("it names no initial status");
            } else if (!statuses.containsKey(initial)) {
                found.add("initial status " + initial + " is not declared");
            } else if (statuses.get(initial).isClosed()) {
                found.add("initial status " + initial + " is in the closed category");
            }
            Set<String> pairs = new HashSet<>();
            for (Transition t : transitions) {
                if (!statuses.containsKey(t.from())) {
                    found.add("transition " + t.name() + " leaves unknown status " + t.from());
                }
                if (!statuses.containsKey(t.to())) {
                    found.add("transition " + t.name() + " goes to unknown status " + t.to());
                }
                if (t.from().equals(t.to())) {
                    found.add("transition " + t.name() + " goes from " + t.from() + " to itself");
                }
                if (!pairs.add(t.from() + "->" + t.to())) {
                    found.add("transition " + t.from() + " -> " + t.to() + " is declared twice");
                }
            }
            if (statuses.values().stream().noneMatch(Status::isClosed)) {
                found.add("no status is in the CLOSED category");
            }
            if (defaultPriority != null && !priorities.contains(defaultPriority)) {
                found.add("default priority " + defaultPriority + " is not declared");
            }
            if (priorityRequired && priorities.isEmpty()) {
                found.add("a priority is required but none is declared");
            }
            if (found.isEmpty()) {
                checkReachability(found);
            }
            if (!found.isEmpty()) {
                throw new ConfigurationException("Workflow " + name + " is invalid: " + String.join("; ", found));
            }
            return new Workflow(this);
        }

        /** Normalises a name, recording a malformed one as a problem instead of failing on the spot. */
        private String checkedName(String what, String value) {
            try {
                return Identifiers.name(what, value);
            } catch (io.github.tickets4j.core.ValidationFailedException e) {
                problems.add(what + " '" + value + "' must be 1 to 40 characters of A-Z, 0-9 and _ starting with a letter");
                return null;
            }
        }

        private void checkReachability(List<String> found) {
            Set<String> reached = walk(Set.of(initial), true);
            statuses.keySet().stream().filter(s -> !reached.contains(s))
                    .forEach(s -> found.add("status " + s + " cannot be reached from " + initial));
            Set<String> closed = statuses.values().stream().filter(Status::isClosed).map(Status::name)
                    .collect(Collectors.toSet());
            Set<String> canClose = walk(closed, false);
            statuses.keySet().stream().filter(s -> !canClose.contains(s))
                    .forEach(s -> found.add("status " + s + " can never reach a closed status"));
        }

        private Set<String> walk(Set<String> start, boolean forward) {
            Set<String> seen = new HashSet<>(start);
            Deque<String> queue = new ArrayDeque<>(start);
            while (!queue.isEmpty()) {
                String current = queue.pop();
                for (Transition t : transitions) {
                    String next = forward ? (t.from().equals(current) ? t.to() : null)
                            : (t.to().equals(current) ? t.from() : null);
                    if (next != null && seen.add(next)) {
                        queue.push(next);
                    }
                }
            }
            return seen;
        }
    }
}
