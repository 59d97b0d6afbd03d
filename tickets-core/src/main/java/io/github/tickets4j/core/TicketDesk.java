package io.github.tickets4j.core;

import io.github.tickets4j.core.access.AccessPolicy;
import io.github.tickets4j.core.access.AccessTarget;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.access.ViewScope;
import io.github.tickets4j.core.internal.Decider;
import io.github.tickets4j.core.internal.Guard;
import io.github.tickets4j.core.internal.InputRules;
import io.github.tickets4j.core.internal.Reporting;
import io.github.tickets4j.core.memory.InMemoryNumberSequence;
import io.github.tickets4j.core.memory.InMemoryTicketStore;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.query.View;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.spi.EventPublisher;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.core.stats.Dashboard;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.stats.Report;
import io.github.tickets4j.core.stats.ReportPeriod;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one facade a host calls. Every command goes the same way: its input rules are checked (nothing touched
 * yet); then, in one transaction, the ticket is loaded, the access policy and the workflow decide, the aggregate
 * changes, the store saves with optimistic locking and the event is published. A refused command changes
 * nothing: no ticket, no version, no timeline entry, no event, no number. Every query and count only sees the
 * tickets the caller may view. Thread-safe; build one per workflow with {@link #builder()}.
 */
public final class TicketDesk {
    private static final Logger LOG = LoggerFactory.getLogger(TicketDesk.class);

    private final Workflow workflow;
    private final TicketStore store;
    private final NumberSequence numbers;
    private final Transactions transactions;
    private final EventPublisher events;
    private final Directory directory;
    private final AccessPolicy policy;
    private final Clock clock;
    private final ZoneId zone;
    private final TicketNumberFormat format;
    private final InputRules rules;
    private final Guard guard;
    private final Decider decider;
    private final Reporting reporting;

    private TicketDesk(Builder b) {
        this.workflow = b.workflow;
        this.store = b.store;
        this.numbers = b.numbers;
        this.transactions = b.transactions;
        this.events = b.events;
        this.directory = b.directory;
        this.policy = b.policy;
        this.clock = b.clock;
        this.zone = b.zone == null ? b.clock.getZone() : b.zone;
        this.format = b.format;
        this.rules = new InputRules(b.validator);
        this.guard = new Guard(policy, directory);
        this.decider = new Decider(workflow, guard);
        this.reporting = new Reporting(workflow, store, zone);
    }

    /**
     * Starts configuring a desk.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a ticket. The number is drawn only after the input is valid and the actor may create, so a refused
     * creation consumes no number.
     *
     * @param actor who creates it, never null
     * @param command what to create, never null
     * @return the stored ticket, never null
     * @throws ValidationFailedException if the command breaks an input rule (listing all of them)
     * @throws AccessDeniedException if the actor may not create a ticket for the project
     * @throws NumbersExhaustedException if the number format has no numbers left
     */
    public Ticket create(Actor actor, CreateTicket command) {
        requireActor(actor);
        rules.check(command, creationRules(command));
        return transactions.inTransaction(() -> {
            CreateTicket resolved = resolve(command);
            guard.require(actor, Permission.CREATE,
                    AccessTarget.newTicket(resolved.project(), resolved.team(), actor.id()));
            TicketNumber number = format.format(numbers.next(format.maximum()));
            Status initial = workflow.initial();
            Change change = Ticket.create(TicketId.random(), number, initial, resolved, actor.id(), now());
            Ticket saved = store.insert(change.ticket());
            events.publish(change.event());
            LOG.debug("{} created {} in {}", actor.id(), number, initial.name());
            return saved;
        });
    }

    /**
     * Runs a command on a ticket: add a follow-up, change the status, close, reopen, assign, pick up, unassign,
     * change priority, set dates, tag, link a customer, change team or category, hide.
     *
     * @param actor who acts, never null
     * @param number the ticket, never null
     * @param command what to do, never null
     * @return the ticket as stored after the change, never null
     * @throws ValidationFailedException if the command breaks an input rule (listing all of them)
     * @throws TicketNotFoundException if there is no such ticket
     * @throws AccessDeniedException if the policy or the transition's rule refuses the actor
     * @throws TransitionNotAllowedException if the workflow does not allow the move from the current status
     * @throws RuleViolationException if the ticket's state rules the command out (already assigned, …)
     * @throws ConcurrentTicketModificationException if the ticket changed meanwhile; reload and retry
     */
    public Ticket execute(Actor actor, TicketNumber number, TicketCommand command) {
        requireActor(actor);
        requireNumber(number);
        rules.check(command, commandRules(command));
        return transactions.inTransaction(() -> {
            Ticket ticket = load(number);
            Change change = decider.decide(actor, ticket, command, now());
            Ticket saved = store.update(change.ticket());
            events.publish(change.event());
            LOG.debug("{} on {}: {}", actor.id(), number, change.event().timelineEntry().action());
            return saved;
        });
    }

    /**
     * Deletes a ticket with its follow-ups and timeline, and publishes {@link io.github.tickets4j.core.ticket.TicketEvent.Deleted}.
     * Its number is never issued again.
     *
     * @param actor who deletes, never null
     * @param number the ticket, never null
     * @throws TicketNotFoundException if there is no such ticket
     * @throws AccessDeniedException if the actor may not delete it (seed 000: Admin only)
     * @throws ConcurrentTicketModificationException if the ticket changed meanwhile
     */
    public void delete(Actor actor, TicketNumber number) {
        requireActor(actor);
        requireNumber(number);
        transactions.inTransaction(() -> {
            Ticket ticket = load(number);
            guard.require(actor, Permission.DELETE, AccessTarget.of(ticket));
            store.delete(ticket);
            events.publish(ticket.delete(actor.id(), now()));
            LOG.debug("{} deleted {}", actor.id(), number);
            return null;
        });
    }

    /**
     * Looks a ticket up, with its follow-ups and timeline.
     *
     * @param actor who asks, never null
     * @param number the ticket, never null
     * @return the ticket, or empty when it does not exist or the actor may not view it
     */
    public Optional<Ticket> find(Actor actor, TicketNumber number) {
        requireActor(actor);
        requireNumber(number);
        return store.findByNumber(number).filter(t -> guard.mayView(actor, t));
    }

    /**
     * Searches tickets.
     *
     * @param actor who asks, never null
     * @param query the filters, never null
     * @param sort the order, never null
     * @param page the slice, never null
     * @return the page of visible matches, never null
     */
    public Page<TicketSummary> search(Actor actor, TicketQuery query, Sort sort, PageRequest page) {
        return store.find(criteria(actor, query), sort, page);
    }

    /**
     * Counts tickets.
     *
     * @param actor who asks, never null
     * @param query the filters, never null
     * @return how many visible tickets match
     */
    public long count(Actor actor, TicketQuery query) {
        return store.count(criteria(actor, query));
    }

    /**
     * Lists one of the named views of seed 003 for the actor.
     *
     * @param actor who asks, never null
     * @param view the view, never null
     * @param sort the order, never null
     * @param page the slice, never null
     * @return the page, never null
     */
    public Page<TicketSummary> view(Actor actor, View view, Sort sort, PageRequest page) {
        requireActor(actor);
        UserId me = actor.id();
        TicketQuery.Builder q = TicketQuery.builder();
        List<ViewScope> extra = new ArrayList<>();
        switch (view) {
            case MY_TICKETS -> extra.add(mine(me));
            case UNASSIGNED -> q.unassignedOnly(true);
            case ALL -> { }
            case MY_CLOSED -> {
                q.statusCategories(StatusCategory.CLOSED);
                extra.add(mine(me));
            }
            case ASSIGNED_TO_ME -> q.assignees(me);
            case CREATED_BY_ME -> q.creators(me);
            case MY_TEAM -> {
                Set<UserId> members = new HashSet<>();
                directory.teamsOf(me).forEach(t -> members.addAll(directory.membersOf(t)));
                extra.add(new ViewScope.Restricted(Set.of(), directory.teamsOf(me), members, Set.of()));
            }
        }
        return store.find(criteria(actor, q.build(), extra), sort, page);
    }

    /**
     * Builds the dashboard of seed 000 over the tickets the actor may view, in one transaction, so a database store
     * answers its queries on one connection.
     *
     * @param actor who asks, never null
     * @param filter the open-tickets table's filter, never null
     * @param sort the table's order, never null
     * @param page the table's page, never null
     * @return the dashboard, never null
     */
    public Dashboard dashboard(Actor actor, DashboardFilter filter, Sort sort, PageRequest page) {
        requireActor(actor);
        return transactions.inTransaction(() -> reporting.dashboard(actor, this::criteria, filter, sort, page));
    }

    /**
     * Builds the reports of seeds 001, 002 and 004 over the tickets the actor may view, in one transaction.
     *
     * @param actor who asks, never null
     * @param period the days covered, never null
     * @return the report, never null
     */
    public Report report(Actor actor, ReportPeriod period) {
        requireActor(actor);
        return transactions.inTransaction(() -> reporting.report(actor, this::criteria, period));
    }

    /**
     * Reads a ticket number typed by a person, in any case and with surrounding blanks.
     *
     * @param text the text, may be null
     * @return the number, never null
     * @throws ValidationFailedException naming {@code ticketNumber} if the text is not a number of this desk
     */
    public TicketNumber number(String text) {
        return format.require(text);
    }

    /** @return the desk's workflow, never null */
    public Workflow workflow() {
        return workflow;
    }

    /** @return today's date in the desk's zone, from its clock; never null */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private TicketCriteria criteria(Actor actor, TicketQuery query) {
        return criteria(actor, query, List.of());
    }

    private TicketCriteria criteria(Actor actor, TicketQuery query, List<ViewScope> extra) {
        requireActor(actor);
        if (query == null) {
            throw ValidationFailedException.of("query", "must not be null");
        }
        List<ViewScope> scopes = new ArrayList<>();
        scopes.add(policy.viewScope(actor, directory));
        scopes.addAll(extra);
        Instant now = now();
        List<String> statusOrder = workflow.statuses().stream().map(Status::name).toList();
        return new TicketCriteria(query, scopes, LocalDate.ofInstant(now, zone), now,
                query.text().flatMap(format::parse), statusOrder, workflow.priorities());
    }

    private ViewScope mine(UserId me) {
        return new ViewScope.Restricted(directory.projectsOf(me), Set.of(), Set.of(), Set.of(me));
    }

    private Ticket load(TicketNumber number) {
        return store.findByNumber(number).orElseThrow(() -> new TicketNotFoundException(number.value()));
    }

    private CreateTicket resolve(CreateTicket command) {
        CreateTicket.Builder b = command.toBuilder();
        if (command.customer().isEmpty()) {
            command.project().flatMap(directory::customerOf).ifPresent(b::customer);
        }
        b.priority(command.priority().flatMap(workflow::priority).or(workflow::defaultPriority).orElse(null));
        b.category(command.category().flatMap(workflow::category).orElse(null));
        return b.build();
    }

    private List<Violation> creationRules(CreateTicket command) {
        List<Violation> found = new ArrayList<>();
        if (command == null) {
            return found;
        }
        command.project().ifPresent(p -> projectRule(p, found));
        if (command.priority().isPresent()) {
            priorityRule(command.priority().get(), found);
        } else if (workflow.priorityRequired() && workflow.defaultPriority().isEmpty()) {
            found.add(new Violation("priority", "is required, one of " + workflow.priorities()));
        }
        if (command.category().isPresent()) {
            categoryRule(command.category().get(), found);
        } else if (workflow.categoryRequired()) {
            found.add(new Violation("category", "is required" + (workflow.categories().isEmpty() ? ""
                    : ", one of " + workflow.categories())));
        }
        return found;
    }

    private List<Violation> commandRules(TicketCommand command) {
        List<Violation> found = new ArrayList<>();
        LocalDate today = today();
        if (command instanceof TicketCommand.AddFollowUp c) {
            c.followUpDate().filter(d -> d.isBefore(today)).ifPresent(
                    d -> found.add(new Violation("followUpDate", "must not be before today (" + today + ")")));
        } else if (command instanceof TicketCommand.SetFollowUpDate c) {
            c.followUpDate().filter(d -> d.isBefore(today)).ifPresent(
                    d -> found.add(new Violation("followUpDate", "must not be before today (" + today + ")")));
        } else if (command instanceof TicketCommand.ChangeStatus c && c.to() != null && !c.to().isBlank()
                && workflow.status(c.to()).isEmpty()) {
            found.add(new Violation("to", "must be one of " + workflow.statuses().stream().map(Status::name).toList()));
        } else if (command instanceof TicketCommand.ChangePriority c && c.priority() != null
                && !c.priority().isBlank()) {
            priorityRule(c.priority(), found);
        } else if (command instanceof TicketCommand.ChangeCategory c) {
            if (c.category().isPresent()) {
                categoryRule(c.category().get(), found);
            } else if (workflow.categoryRequired()) {
                found.add(new Violation("category", "is required by workflow " + workflow.name()
                        + " and cannot be cleared"));
            }
        } else if (command instanceof TicketCommand.LinkCustomer c) {
            c.project().ifPresent(p -> projectRule(p, found));
        }
        return found;
    }

    private void projectRule(ProjectId project, List<Violation> found) {
        if (!directory.projectExists(project)) {
            found.add(new Violation("project", "project " + project + " does not exist"));
        }
    }

    private void priorityRule(String priority, List<Violation> found) {
        if (workflow.priority(priority).isEmpty()) {
            found.add(new Violation("priority", workflow.priorities().isEmpty()
                    ? "this workflow has no priorities" : "must be one of " + workflow.priorities()));
        }
    }

    private void categoryRule(String category, List<Violation> found) {
        if (workflow.category(category).isEmpty()) {
            found.add(new Violation("category", "must be one of " + workflow.categories()));
        }
    }

    private Instant now() {
        // Millisecond precision: every supported database stores it exactly, so a ticket reads back as it was saved.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void requireActor(Actor actor) {
        if (actor == null) {
            throw ValidationFailedException.of("actor", "must not be null");
        }
    }

    private static void requireNumber(TicketNumber number) {
        if (number == null) {
            throw ValidationFailedException.of("ticketNumber", "must not be null");
        }
    }

    /**
     * Configures a {@link TicketDesk}. A store, a number sequence and a directory are required; the rest has
     * defaults: the standard workflow and role matrix of seed 000, no transactions, no event publishing, the
     * system clock in its zone, {@code RE} + 8 digits, and the default Jakarta validator. Not thread-safe.
     */
    public static final class Builder {
        private Workflow workflow = Workflows.standard();
        private AccessPolicy policy = RoleMatrix.standard();
        private TicketStore store;
        private NumberSequence numbers;
        private Transactions transactions = Transactions.none();
        private EventPublisher events = EventPublisher.none();
        private Directory directory;
        private Clock clock = Clock.systemDefaultZone();
        private ZoneId zone;
        private TicketNumberFormat format = TicketNumberFormat.DEFAULT;
        private Validator validator;

        private Builder() {
        }

        /**

         * @param value the workflow, never null

         * @return this builder

         */
        public Builder workflow(Workflow value) {
            this.workflow = value;
            return this;
        }

        /**

         * @param value the access policy, never null

         * @return this builder

         */
        public Builder policy(AccessPolicy value) {
            this.policy = value;
            return this;
        }

        /**

         * @param value where tickets live, never null

         * @return this builder

         */
        public Builder store(TicketStore value) {
            this.store = value;
            return this;
        }

        /**

         * @param value where numbers come from, never null

         * @return this builder

         */
        public Builder numbers(NumberSequence value) {
            this.numbers = value;
            return this;
        }

        /**

         * @param value the transaction runner matching the store, never null

         * @return this builder

         */
        public Builder transactions(Transactions value) {
            this.transactions = value;
            return this;
        }

        /**
         * Uses a fresh in-memory store with its transactions and an in-memory number sequence.
         *
         * @return this builder
         */
        public Builder inMemory() {
            InMemoryTicketStore memory = new InMemoryTicketStore();
            return store(memory).transactions(memory.transactions()).numbers(new InMemoryNumberSequence());
        }

        /**

         * @param value receives every event, never null

         * @return this builder

         */
        public Builder events(EventPublisher value) {
            this.events = value;
            return this;
        }

        /**

         * @param value the host's directory, never null

         * @return this builder

         */
        public Builder directory(Directory value) {
            this.directory = value;
            return this;
        }

        /**

         * @param value the only source of time, never null

         * @return this builder

         */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /**

         * @param value the zone "today" is taken in; the clock's zone when not set

         * @return this builder

         */
        public Builder zone(ZoneId value) {
            this.zone = value;
            return this;
        }

        /**

         * @param value how ticket numbers look, never null

         * @return this builder

         */
        public Builder numberFormat(TicketNumberFormat value) {
            this.format = value;
            return this;
        }

        /**

         * @param value the Jakarta validator; the provider's default when not set

         * @return this builder

         */
        public Builder validator(Validator value) {
            this.validator = value;
            return this;
        }

        /**
         * Builds the desk.
         *
         * @return the desk, never null
         * @throws ConfigurationException naming every missing or unusable setting
         */
        public TicketDesk build() {
            List<String> problems = new ArrayList<>();
            if (store == null) {
                problems.add("store(...) is required; use inMemory() to run without a database");
            }
            if (numbers == null) {
                problems.add("numbers(...) is required; use inMemory() or your store's number sequence");
            }
            if (directory == null) {
                problems.add("directory(...) is required: Tickets4j asks the host which projects and teams exist");
            }
            for (Object[] setting : new Object[][] {{"workflow", workflow}, {"policy", policy},
                {"transactions", transactions}, {"events", events}, {"clock", clock}, {"numberFormat", format}}) {
                if (setting[1] == null) {
                    problems.add(setting[0] + "(...) must not be null");
                }
            }
            if (validator == null && problems.isEmpty()) {
                try {
                    validator = Validation.buildDefaultValidatorFactory().getValidator();
                } catch (RuntimeException e) {
                    problems.add("no Jakarta Validation provider found (" + e.getMessage() + "); add one such as "
                            + "org.hibernate.validator:hibernate-validator with org.glassfish.expressly:expressly "
                            + "to the runtime class path, or pass validator(...)");
                }
            }
            if (!problems.isEmpty()) {
                throw new ConfigurationException("Cannot build TicketDesk: " + String.join("; ", problems));
            }
            return new TicketDesk(this);
        }
    }
}
