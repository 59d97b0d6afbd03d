package io.github.tickets4j.core;

import io.github.tickets4j.core.access.AccessTarget;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.GuestPass;
import io.github.tickets4j.core.access.IssuedGuestPass;
import io.github.tickets4j.core.access.InternalField;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.query.HistoryPage;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.StageCounts;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.query.NamedView;
import io.github.tickets4j.core.spi.EventPublisher;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.core.stats.Dashboard;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.stats.Report;
import io.github.tickets4j.core.stats.ReportPeriod;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.workflow.Workflow;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one facade a host calls, and the only way tickets change. Every command goes the same way: its input rules
 * are checked (nothing touched yet); then, in one unit of work of the desk's {@link TicketStorage}, the ticket's
 * state is loaded (never its history), a ticket the actor may not view is answered exactly like a missing one, the
 * rules that need the ticket and its workflow are checked, the transition's rule and the access policy decide, the
 * next state is decided, the targets of the change are authorised, the store applies the change with optimistic
 * locking and appends its history entry, and the event is published. A refused command changes nothing: no
 * ticket, no version, no history entry, no event, no number. Every query and count only sees the tickets the
 * caller may view. Customers' users and guests are kept to the public side of their own tickets in every read and
 * command, whatever the policy grants (see {@link io.github.tickets4j.core.access.Affiliation}). Bad input never escapes as a raw JDK exception: a null argument is a
 * {@link ValidationFailedException} naming it. Thread-safe; build one with {@link #builder()}.
 */
public final class TicketDesk {
    private static final Logger LOG = LoggerFactory.getLogger(TicketDesk.class);

    private final Engines engines;
    private final TicketStore store;
    private final NumberSequence numbers;
    private final Transactions transactions;
    private final EventPublisher events;
    private final Clock clock;
    private final InputRules rules;
    private final Boundary boundary;
    private final Redaction redaction;
    private final GuestAccess guests;

    /** Built by {@link TicketDeskBuilder#build()}, which has checked every part. */
    TicketDesk(TicketStorage storage, EventPublisher events, Clock clock, Validator validator, Engines engines,
            Set<InternalField> internalFields) {
        this.store = storage.tickets();
        this.boundary = new Boundary(storage.guestPasses());
        this.redaction = new Redaction(internalFields);
        this.guests = new GuestAccess(storage.guestPasses(), storage.tickets(), events);
        this.numbers = storage.numbers();
        this.transactions = storage.transactions();
        this.events = events;
        this.clock = clock;
        this.rules = new InputRules(validator);
        this.engines = engines;
    }

    /**
     * Starts configuring a desk.
     *
     * @return a builder, never null
     */
    public static TicketDeskBuilder builder() {
        return new TicketDeskBuilder();
    }

    /**
     * Creates a ticket under the workflow the command names, or the desk's default. The number is drawn only after
     * the input is valid and the actor may create, so a refused creation consumes no number. A customer's user
     * creates for their own customer and contact person, which the desk fills in.
     *
     * @param actor who creates it, never null
     * @param command what to create, never null
     * @return the stored ticket (its internal fields blank for a customer's user), never null
     * @throws ValidationFailedException if the command breaks an input rule (listing all of them), or names a
     *     project, customer, team or assignee that does not exist or does not fit, or a customer's user sets what
     *     only staff set (another customer or contact, assignee, team, tags, deadline, hiding, an internal field)
     * @throws AccessDeniedException if the actor may not create a ticket for the project, or is a guest
     * @throws NumbersExhaustedException if the number format has no numbers left
     */
    public Ticket create(Actor actor, CreateTicket command) {
        Engine e = engine(actor);
        Portal.checkCreator(actor);
        Optional<Workflow> chosen = e.creation().workflowOf(command);
        List<Violation> found = e.creation().rules(command, chosen);
        found.addAll(Portal.creationRules(actor, command, redaction));
        rules.check(command, found);
        Workflow workflow = chosen.orElseThrow();
        return transactions.inTransaction(() -> {
            CreateTicket resolved = e.creation().resolve(Portal.onBehalf(actor, command), workflow);
            e.creation().authorise(actor, resolved);
            TicketNumber number = e.format().format(numbers.next(actor.tenant(), e.format().maximum()));
            Change change = Creation.decide(actor, number, workflow, resolved, now());
            store.insert(change);
            events.publish(change.event());
            LOG.debug("{} created {} in tenant {} under {}", actor.id(), number, actor.tenant(), workflow.ref());
            return redaction.ticket(actor, change.ticket());
        });
    }

    /**
     * Runs a command on a ticket: add a follow-up, change the status, close, reopen, assign, pick up, unassign,
     * change priority, set dates, tag, link a customer, change team or category, hide, rate. The ticket is decided
     * with the workflow it records. A customer's user may only reply, close, reopen and rate; a guest only reply
     * and rate.
     *
     * @param actor who acts, never null
     * @param number the ticket, never null
     * @param command what to do, never null
     * @return the ticket as stored after the change (its internal fields blank for a customer's user or a guest),
     *     never null
     * @throws ValidationFailedException if the command breaks an input rule (listing all of them), or an argument
     *     is null, or a customer's user or guest sends an internal note or a follow-up date
     * @throws TicketNotFoundException if there is no such ticket, or the actor may not view it (the same answer)
     * @throws AccessDeniedException if the policy or the transition's rule refuses the actor, on the ticket or on
     *     what the command moves it to, or a customer's user or guest sends a command their side may not send
     * @throws TransitionNotAllowedException if the workflow does not allow the move from the current status
     * @throws RuleViolationException if the ticket's state rules the command out (already assigned, …)
     * @throws ConcurrentTicketModificationException if the ticket changed meanwhile; reload and retry
     * @throws WorkflowMismatchException if the desk lacks the ticket's workflow version or its status
     */
    public Ticket execute(Actor actor, TicketNumber number, TicketCommand command) {
        Engine e = engine(actor);
        requireNumber(number);
        Handler handler = Handlers.of(require(command, "command"));
        List<Violation> input = new ArrayList<>();
        Portal.checkCommand(actor, number, handler, input);
        handler.checkInput(e.targets(), today(e, actor), input);
        rules.check(command, input);
        return transactions.inTransaction(() -> {
            Ticket ticket = loadVisible(e, actor, number);
            Workflow workflow = e.workflows().of(ticket);
            List<Violation> state = new ArrayList<>();
            handler.checkState(ticket, workflow, state);
            InputRules.require(state);
            Change change = handler.decide(new Attempt(actor, ticket, workflow, now(), e.guard()));
            store.update(change);
            events.publish(change.event());
            LOG.debug("{} on {}: {}", actor.id(), number, change.event().timelineEntry().action());
            return redaction.ticket(actor, change.ticket());
        });
    }

    /**
     * Deletes a ticket with its history, and publishes {@link io.github.tickets4j.core.ticket.TicketEvent.Deleted}.
     * Its number is never issued again.
     *
     * @param actor who deletes, never null
     * @param number the ticket, never null
     * @throws TicketNotFoundException if there is no such ticket, or the actor may not view it (the same answer)
     * @throws AccessDeniedException if the actor may not delete it (seed 000: Admin only; never a customer's user or
     *     a guest)
     * @throws ConcurrentTicketModificationException if the ticket changed meanwhile
     * @throws ValidationFailedException naming the argument that is null
     */
    public void delete(Actor actor, TicketNumber number) {
        Engine e = engine(actor);
        requireNumber(number);
        transactions.inTransaction(() -> {
            Ticket ticket = loadVisible(e, actor, number);
            Portal.requireStaff(actor, Permission.DELETE, number.value(), "delete tickets");
            e.guard().require(actor, Permission.DELETE, AccessTarget.of(ticket));
            guests.deleteOf(ticket);
            store.delete(ticket);
            events.publish(new TicketEvent.Deleted(Attempt.next(ticket, actor.id(), now()), ticket.title()));
            LOG.debug("{} deleted {}", actor.id(), number);
            return null;
        });
    }

    /**
     * Looks a ticket's current state up. A customer's user or guest reads it with its internal fields blank.
     *
     * @param actor who asks, never null
     * @param number the ticket, never null
     * @return the ticket, or empty when it does not exist or the actor may not view it (for a customer's user or
     *     guest also when it is hidden from customers, another customer's, or their pass is no longer valid)
     * @throws ValidationFailedException naming the argument that is null
     */
    public Optional<Ticket> find(Actor actor, TicketNumber number) {
        Engine e = engine(actor);
        requireNumber(number);
        return transactions.readOnly(() -> store.findByNumber(actor.tenant(), number)
                .filter(t -> mayView(e, actor, t)).map(t -> redaction.ticket(actor, t)));
    }

    /**
     * Reads a page of a ticket's history, newest first. Follow-ups are the entries with action
     * {@link io.github.tickets4j.core.ticket.TimelineAction#FOLLOW_UP_ADDED}
     * ({@code HistoryQuery.newest(20).only(FOLLOW_UP_ADDED)}); {@link TimelineEntry#followUp()} reads one. A
     * customer's user or guest reads the public entries only, whatever the query asks.
     *
     * @param actor who asks, never null
     * @param number the ticket, never null
     * @param query which entries, from where, how many; never null
     * @return the page and the query for the next one, never null
     * @throws TicketNotFoundException if there is no such ticket, or the actor may not view it (the same answer)
     * @throws ValidationFailedException naming the argument that is null
     */
    public HistoryPage history(Actor actor, TicketNumber number, HistoryQuery query) {
        Engine e = engine(actor);
        requireNumber(number);
        require(query, "query");
        // Customers and guests read the public side of the timeline only, whatever they ask for.
        HistoryQuery asked = actor.isStaff() ? query : query.publicOnly();
        return transactions.readOnly(() -> {
            Ticket ticket = loadVisible(e, actor, number);
            return historyPage(ticket, asked);
        });
    }

    /** Reads one page of a ticket's history and whether another follows. */
    private HistoryPage historyPage(Ticket ticket, HistoryQuery query) {
        boolean full = query.limit() == HistoryQuery.MAX_LIMIT;
        // One more than asked tells whether another page follows; a full-size page asks once more for one.
        List<TimelineEntry> read = store.history(ticket.tenant(), ticket.id(),
                full ? query : query.limit(query.limit() + 1));
        List<TimelineEntry> page = read.size() > query.limit() ? read.subList(0, query.limit()) : read;
        if (page.size() < query.limit()) {
            return new HistoryPage(page, Optional.empty());
        }
        HistoryQuery next = query.before(page.get(page.size() - 1).sequence());
        boolean more = full ? !store.history(ticket.tenant(), ticket.id(), next.limit(1)).isEmpty()
                : read.size() > query.limit();
        return new HistoryPage(page, more ? Optional.of(next) : Optional.empty());
    }

    /**
     * Searches tickets.
     *
     * @param actor who asks, never null
     * @param query the filters, never null
     * @param sort the order, never null
     * @param page the slice, never null
     * @return the page of visible matches, never null
     * @throws ValidationFailedException naming the argument that is null, or {@code statuses} or
     *     {@code priorities} when the query asks for names none of the desk's workflows has (listing the valid
     *     ones), or the filter or sort that names an internal field when a customer or guest asks
     */
    public Page<TicketSummary> search(Actor actor, TicketQuery query, Sort sort, PageRequest page) {
        TicketCriteria criteria = criteria(actor, query);
        require(sort, "sort");
        require(page, "page");
        redaction.requireAllowed(actor, query, Optional.of(sort));
        return transactions.readOnly(() -> redaction.page(actor, store.find(admitted(actor, criteria), sort, page)));
    }

    /**
     * Counts tickets.
     *
     * @param actor who asks, never null
     * @param query the filters, never null
     * @return how many visible tickets match
     * @throws ValidationFailedException naming the argument that is null, or {@code statuses} or
     *     {@code priorities} when the query asks for names none of the desk's workflows has (listing the valid
     *     ones), or the filter that names an internal field when a customer or guest asks
     */
    public long count(Actor actor, TicketQuery query) {
        TicketCriteria criteria = criteria(actor, query);
        redaction.requireAllowed(actor, query, Optional.empty());
        return transactions.readOnly(() -> store.count(admitted(actor, criteria)));
    }

    /**
     * Lists one of the named views of seed 003 for the actor.
     *
     * @param actor who asks, never null
     * @param view the view, never null
     * @param sort the order, never null
     * @param page the slice, never null
     * @return the page, never null
     * @throws ValidationFailedException naming the argument that is null, or {@code view} or {@code sort} when a
     *     customer or guest asks for one defined by an internal field
     */
    public Page<TicketSummary> view(Actor actor, NamedView view, Sort sort, PageRequest page) {
        Engine e = engine(actor);
        require(view, "view");
        require(sort, "sort");
        require(page, "page");
        redaction.requireAllowed(actor, TicketQuery.all(), Optional.of(sort));
        redaction.requireAllowed(actor, view);
        TicketCriteria criteria = e.criteria().of(actor, view, now());
        return transactions.readOnly(() -> redaction.page(actor, store.find(admitted(actor, criteria), sort, page)));
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
     * @throws ValidationFailedException naming the argument that is null, or {@code statuses} when
     *     the filter asks for a status none of the desk's workflows has (listing the valid ones)
     */
    public Dashboard dashboard(Actor actor, DashboardFilter filter, Sort sort, PageRequest page) {
        Engine e = engine(actor);
        require(filter, "filter");
        require(sort, "sort");
        require(page, "page");
        e.criteria().requireKnown(filter.statuses(), Set.of());
        redaction.requireAllowed(actor, TicketQuery.builder().overdueOnly(filter.overdueOnly()).build(),
                Optional.of(sort));
        return transactions.readOnly(() -> {
            Dashboard d = e.reporting().dashboard(actor, admittedCriteria(actor), filter, sort, page,
                    redaction.hiddenFrom(actor));
            return new Dashboard(d.byStatus(), d.byCategory(), d.overdue(), d.total(), d.donut(),
                    redaction.page(actor, d.openTickets()));
        });
    }

    /**
     * Builds the reports of seeds 001, 002 and 004 over the tickets the actor may view, in one transaction.
     *
     * @param actor who asks, never null
     * @param period the days covered, never null
     * @return the report, never null
     * @throws ValidationFailedException naming the argument that is null
     */
    public Report report(Actor actor, ReportPeriod period) {
        Engine e = engine(actor);
        require(period, "period");
        return transactions.readOnly(() -> e.reporting().report(actor, admittedCriteria(actor), period,
                redaction.hiddenFrom(actor)));
    }

    /**
     * Counts a named view's tickets per status, for seed 003's workflow stage bar (New, Scheduled, In progress,
     * Closed, Reopened, All), over the tickets the actor may view.
     *
     * @param actor who asks, never null
     * @param view the view, never null
     * @return the counts in workflow order, zeros included, and the view's total; never null
     * @throws ValidationFailedException naming the argument that is null, or {@code view} when a customer or guest
     *     asks for one defined by an internal field
     */
    public StageCounts stageCounts(Actor actor, NamedView view) {
        Engine e = engine(actor);
        require(view, "view");
        redaction.requireAllowed(actor, view);
        TicketCriteria criteria = e.criteria().of(actor, view, now());
        return transactions.readOnly(() -> {
            Map<String, Long> byStatus = e.reporting().byStatus(admitted(actor, criteria));
            return new StageCounts(view, byStatus, byStatus.values().stream().mapToLong(Long::longValue).sum());
        });
    }

    /**
     * Issues a guest pass to a ticket (seed 001's submitters, a customer replying from e-mail): a random token of
     * 256 bits, handed out only in the answer, of which the desk stores only the SHA-256 hash. Whoever presents
     * the token to {@link #guest} may read the ticket's public side, reply and rate, nothing else, until the pass
     * expires or is revoked. Recorded as an internal timeline entry and a
     * {@link io.github.tickets4j.core.ticket.TicketEvent.GuestPassIssued} event, which never carries the token.
     *
     * @param actor who issues it: staff who may edit the ticket; never null
     * @param number the ticket, never null
     * @param expiresAt when the pass stops working; never null, empty for never
     * @return the pass and its token, never null
     * @throws ValidationFailedException naming the argument that is null, or {@code expiresAt} if it is not in
     *     the future
     * @throws TicketNotFoundException if there is no such ticket, or the actor may not view it (the same answer)
     * @throws AccessDeniedException if the actor is not staff or may not edit the ticket
     * @throws ConcurrentTicketModificationException if the ticket changed meanwhile
     */
    public IssuedGuestPass issueGuestPass(Actor actor, TicketNumber number, Optional<Instant> expiresAt) {
        Engine e = engine(actor);
        requireNumber(number);
        require(expiresAt, "expiresAt");
        Instant now = now();
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
            throw ValidationFailedException.of("expiresAt", "must lie in the future, was " + expiresAt.get());
        }
        return transactions.inTransaction(() -> guests.issue(attempt(e, actor, number, now), expiresAt));
    }

    /**
     * Revokes a guest pass of a ticket: its token lets nobody in from now on.
     *
     * @param actor who revokes it: staff who may edit the ticket; never null
     * @param number the ticket, never null
     * @param pass the pass's identity, never null
     * @return the pass as revoked, never null
     * @throws ValidationFailedException naming the argument that is null, or {@code pass} if the ticket has no such
     *     pass
     * @throws TicketNotFoundException if there is no such ticket, or the actor may not view it (the same answer)
     * @throws AccessDeniedException if the actor is not staff or may not edit the ticket
     * @throws RuleViolationException if the pass is revoked already
     * @throws ConcurrentTicketModificationException if the ticket changed meanwhile
     */
    public GuestPass revokeGuestPass(Actor actor, TicketNumber number, UUID pass) {
        Engine e = engine(actor);
        requireNumber(number);
        require(pass, "pass");
        Instant now = now();
        return transactions.inTransaction(() -> guests.revoke(attempt(e, actor, number, now), pass));
    }

    /**
     * Lists a ticket's guest passes, oldest first, revoked and expired ones included; never their tokens.
     *
     * @param actor who asks: staff who may edit the ticket; never null
     * @param number the ticket, never null
     * @return the passes, never null
     * @throws ValidationFailedException naming the argument that is null
     * @throws TicketNotFoundException if there is no such ticket, or the actor may not view it (the same answer)
     * @throws AccessDeniedException if the actor is not staff or may not edit the ticket
     */
    public List<GuestPass> guestPasses(Actor actor, TicketNumber number) {
        Engine e = engine(actor);
        requireNumber(number);
        Instant now = now();
        return transactions.readOnly(() -> guests.of(attempt(e, actor, number, now)));
    }

    /**
     * Lets a guest in: the actor a guest pass's token stands for, confined to the pass's ticket, with
     * {@link io.github.tickets4j.core.access.Role#GUEST} and the user id {@code guest:<pass id>}. The desk checks on
     * every later call that the pass is still valid.
     *
     * @param tenant the tenant the token was issued in, never null
     * @param token the token the guest presents, never null
     * @return the guest, or empty when the token names no pass of the tenant, or a revoked or expired one
     * @throws ValidationFailedException naming {@code tenant} or {@code token} if one is null
     */
    public Optional<Actor> guest(TenantId tenant, String token) {
        require(tenant, "tenant");
        require(token, "token");
        Instant now = now();
        return transactions.readOnly(() -> guests.guest(tenant, token, now));
    }

    private Attempt attempt(Engine e, Actor actor, TicketNumber number, Instant now) {
        Ticket ticket = loadVisible(e, actor, number);
        return new Attempt(actor, ticket, e.workflows().of(ticket), now, e.guard());
    }

    /**
     * Reads a ticket number typed by a person of the default tenant; see {@link #number(TenantId, String)}.
     *
     * @param text the text, may be null
     * @return the number, never null
     * @throws ValidationFailedException naming {@code ticketNumber} if the text is not a number of this desk
     */
    public TicketNumber number(String text) {
        return number(TenantId.DEFAULT, text);
    }

    /**
     * Reads a ticket number typed by a person of a tenant, in the tenant's number format: its prefix in any case,
     * surrounding blanks ignored, leading zeros optional. A number as shown, whatever its format, is read by
     * {@link TicketNumber#parse(String)}.
     *
     * @param tenant the tenant, never null
     * @param text the text, may be null
     * @return the number, never null
     * @throws ValidationFailedException naming {@code ticketNumber} if the text is not a number of the tenant, or
     *     {@code tenant} if it is null
     */
    public TicketNumber number(TenantId tenant, String text) {
        return engines.of(require(tenant, "tenant")).format().require(text);
    }

    /** @return the workflow the default tenant's new tickets are created under unless they name another */
    public Workflow workflow() {
        return workflow(TenantId.DEFAULT);
    }

    /**
     * Names the workflow a tenant's new tickets are created under unless they name another.
     *
     * @param tenant the tenant, never null
     * @return the workflow, never null
     * @throws ValidationFailedException naming {@code tenant} if it is null
     */
    public Workflow workflow(TenantId tenant) {
        return engines.of(require(tenant, "tenant")).workflows().standard();
    }

    /**
     * Today as an actor sees it: in their own zone if they carry one, else in the desk's. Follow-up dates must not
     * lie before it, and overdue is judged by it.
     *
     * @param actor who asks, never null
     * @return today's date, from the desk's clock; never null
     * @throws ValidationFailedException naming {@code actor} if it is null
     */
    public LocalDate today(Actor actor) {
        return today(engine(actor), actor);
    }

    private LocalDate today(Engine e, Actor actor) {
        return LocalDate.ofInstant(clock.instant(), actor.zone().orElse(e.zone()));
    }

    /**
     * Turns the actor's queries into criteria as they may run them now, a guest's pass read once for all of them;
     * call it inside the unit of work that runs them.
     */
    private BiFunction<Actor, TicketQuery, TicketCriteria> admittedCriteria(Actor actor) {
        boolean admitted = boundary.admits(actor, now());
        return (a, query) -> admitted ? criteria(a, query) : Boundary.nothing(criteria(a, query));
    }

    private TicketCriteria admitted(Actor actor, TicketCriteria criteria) {
        return boundary.admitted(actor, criteria, now());
    }

    private TicketCriteria criteria(Actor actor, TicketQuery query) {
        Engine e = engine(actor);
        require(query, "query");
        return e.criteria().of(actor, query, now());
    }

    /** The engine of the actor's tenant. */
    private Engine engine(Actor actor) {
        return engines.of(require(actor, "actor").tenant());
    }

    /**
     * Loads a ticket's state in the actor's tenant; one the actor may not view is answered exactly as a missing one,
     * revealing nothing.
     */
    private Ticket loadVisible(Engine e, Actor actor, TicketNumber number) {
        return store.findByNumber(actor.tenant(), number).filter(t -> mayView(e, actor, t))
                .orElseThrow(() -> new TicketNotFoundException(number.value()));
    }

    /** The boundary around customers and guests first, then the policy: both must let the actor see the ticket. */
    private boolean mayView(Engine e, Actor actor, Ticket ticket) {
        return boundary.includes(actor, ticket, now()) && e.guard().mayView(actor, ticket);
    }

    private Instant now() {
        // Millisecond precision: every supported database stores it exactly, so a ticket reads back as it was saved.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void requireNumber(TicketNumber number) {
        require(number, "ticketNumber");
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw ValidationFailedException.of(field, "must not be null");
        }
        return value;
    }
}
