package io.github.tickets4j.testkit;

import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.NumbersExhaustedException;
import io.github.tickets4j.core.access.AccessPolicy;
import io.github.tickets4j.core.access.GuestPass;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.SortField;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.core.stats.Aggregates;
import io.github.tickets4j.core.stats.DurationStats;
import io.github.tickets4j.core.stats.RatingStats;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.workflow.WorkflowRef;
import io.github.tickets4j.testkit.fixtures.Actors;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.function.Supplier;

/**
 * Deliberately broken adapters, each with a bug real adapters have had, for the self-tests to prove that the
 * contracts catch them. None is a test on its own: the class names do not end in "Test".
 */
final class BrokenImplementations {
    private BrokenImplementations() {
    }

    /** Fresh in-memory storage with another store in front of its own. */
    private static TicketStorage inMemoryBehind(java.util.function.Function<InMemoryStorage, ForwardingTicketStore>
            broken) {
        InMemoryStorage storage = new InMemoryStorage();
        return ComposedStorage.withStore(storage, broken.apply(storage));
    }

    /**
     * Writes whatever it is given, never comparing versions (an UPDATE without a version condition): the last
     * writer wins and earlier updates vanish.
     */
    static final class LostUpdateStore extends PlainStore {
        @Override
        void checkVersion(Ticket stored, long expected) {
            // The bug: no version condition.
        }
    }

    /** Keeps every history entry as PUBLIC, as a schema without a visibility column does. */
    static final class PublicOnlyStore extends PlainStore {
        @Override
        TimelineEntry kept(TimelineEntry e) {
            return new TimelineEntry(e.id(), e.sequence(), e.at(), e.actor(), e.action(), e.from(), e.to(),
                    e.detail(), Audience.PUBLIC);
        }
    }

    /** Reads every ticket back under version 1 of its workflow, as a schema without a workflow version does. */
    static final class WorkflowVersionForgettingStore extends PlainStore {
        @Override
        Ticket kept(Ticket ticket) {
            return StoredTicket.from(ticket).workflow(new WorkflowRef(ticket.workflow().id(), 1)).build();
        }
    }

    /** Pages history without its cursor: every page after the first repeats the newest entries. */
    static final class IgnoresBeforeStore extends ForwardingTicketStore {
        IgnoresBeforeStore(InMemoryStorage storage) {
            super(storage.tickets());
        }

        @Override
        public List<TimelineEntry> history(TenantId tenant, TicketId ticket, HistoryQuery q) {
            return delegate.history(tenant, ticket, new HistoryQuery(q.actions(), q.visibilities(), Optional.empty(),
                    q.limit()));
        }
    }

    /** Forgets the view scopes, as a query that lost its permission WHERE clause does. */
    static final class ScopeLeakingStore extends ForwardingTicketStore {
        ScopeLeakingStore(InMemoryStorage storage) {
            super(storage.tickets());
        }

        private static TicketCriteria unscoped(TicketCriteria c) {
            return new TicketCriteria(c.tenant(), c.query(), List.of(ViewableTickets.all()), c.today(), c.now(),
                    c.textNumber(), c.statusOrder(), c.priorityOrder());
        }

        @Override
        public Page<TicketSummary> find(TicketCriteria criteria, Sort sort, PageRequest page) {
            return delegate.find(unscoped(criteria), sort, page);
        }

        @Override
        public long count(TicketCriteria criteria) {
            return delegate.count(unscoped(criteria));
        }

        @Override
        public Map<String, Long> countBy(TicketCriteria criteria, Dimension dimension) {
            return delegate.countBy(unscoped(criteria), dimension);
        }

        @Override
        public DurationStats resolution(TicketCriteria criteria) {
            return delegate.resolution(unscoped(criteria));
        }

        @Override
        public Map<String, DurationStats> resolutionBy(TicketCriteria criteria, Dimension dimension) {
            return delegate.resolutionBy(unscoped(criteria), dimension);
        }

        @Override
        public Map<LocalDate, Long> createdPerDay(TicketCriteria criteria, ZoneId zone) {
            return delegate.createdPerDay(unscoped(criteria), zone);
        }
    }

    /** Answers every query and aggregate with its criteria rewritten, as a store translating them wrongly does. */
    abstract static class RewritingStore extends ForwardingTicketStore {
        RewritingStore(InMemoryStorage storage) {
            super(storage.tickets());
        }

        /** The criteria as the broken store understands them. */
        abstract TicketCriteria rewrite(TicketCriteria criteria);

        /** The criteria with each scope replaced. */
        static TicketCriteria withScopes(TicketCriteria c, UnaryOperator<ViewableTickets> scope) {
            return new TicketCriteria(c.tenant(), c.query(), c.scopes().stream().map(scope).toList(), c.today(),
                    c.now(), c.textNumber(), c.statusOrder(), c.priorityOrder());
        }

        @Override
        public Page<TicketSummary> find(TicketCriteria criteria, Sort sort, PageRequest page) {
            return delegate.find(rewrite(criteria), sort, page);
        }

        @Override
        public long count(TicketCriteria criteria) {
            return delegate.count(rewrite(criteria));
        }

        @Override
        public Map<String, Long> countBy(TicketCriteria criteria, Dimension dimension) {
            return delegate.countBy(rewrite(criteria), dimension);
        }

        @Override
        public DurationStats resolution(TicketCriteria criteria) {
            return delegate.resolution(rewrite(criteria));
        }

        @Override
        public Map<String, DurationStats> resolutionBy(TicketCriteria criteria, Dimension dimension) {
            return delegate.resolutionBy(rewrite(criteria), dimension);
        }

        @Override
        public RatingStats ratings(TicketCriteria criteria) {
            return delegate.ratings(rewrite(criteria));
        }

        @Override
        public Map<String, RatingStats> ratingsBy(TicketCriteria criteria, Dimension dimension) {
            return delegate.ratingsBy(rewrite(criteria), dimension);
        }

        @Override
        public Map<LocalDate, Long> createdPerDay(TicketCriteria criteria, ZoneId zone) {
            return delegate.createdPerDay(rewrite(criteria), zone);
        }
    }

    /**
     * Ignores the public side, as a store whose scope translation has no branch for it (no {@code hidden = false}
     * condition) does: customers and guests see hidden tickets.
     */
    static final class PublicSideIgnoringStore extends RewritingStore {
        PublicSideIgnoringStore(InMemoryStorage storage) {
            super(storage);
        }

        @Override
        TicketCriteria rewrite(TicketCriteria c) {
            return withScopes(c, s -> s == ViewableTickets.publicSide() ? ViewableTickets.all() : s);
        }
    }

    /**
     * Translates a restricted scope from its staff columns alone (projects, teams, assignees, involved users,
     * contacts), forgetting its customers and single tickets: a customer or a guest sees nothing.
     */
    static final class CustomerScopeForgettingStore extends RewritingStore {
        CustomerScopeForgettingStore(InMemoryStorage storage) {
            super(storage);
        }

        @Override
        TicketCriteria rewrite(TicketCriteria c) {
            return withScopes(c, s -> s instanceof ViewableTickets.Restricted r ? new ViewableTickets.Restricted(
                    r.projects(), r.teams(), r.assignees(), r.involved(), Set.of(), r.contacts(), Set.of()) : s);
        }
    }

    /** Looks passes up by token hash and id in every tenant, as a query missing its tenant condition does. */
    static final class TenantBlindGuestPasses extends PlainGuestPasses {
        @Override
        public synchronized Optional<GuestPass> findByTokenHash(TenantId tenant, String tokenHash) {
            return all().stream().filter(p -> p.tokenHash().equals(tokenHash)).findFirst();
        }

        @Override
        public synchronized Optional<GuestPass> findById(TenantId tenant, UUID id) {
            return all().stream().filter(p -> p.id().equals(id)).findFirst();
        }
    }

    /** Keeps passes outside the unit of work, as passes written through a connection of their own are. */
    static final class OutsideTheUnitGuestPasses extends PlainGuestPasses {
        @Override
        synchronized Runnable savepoint() {
            return () -> {
                // The bug: nothing to put back.
            };
        }
    }

    /**
     * Decides "overdue" from the dates alone, forgetting that a closed ticket is never overdue: the condition on
     * the status is missing from its overdue filter.
     */
    static final class ClosedOverdueStore extends ForwardingTicketStore {
        ClosedOverdueStore(InMemoryStorage storage) {
            super(storage.tickets());
        }

        /** The tickets the broken overdue filter keeps, with the filter itself removed from the criteria. */
        private List<Ticket> candidates(TicketCriteria c) {
            TicketQuery withoutOverdue = c.query().toBuilder().overdueOnly(false).build();
            TicketCriteria rest = new TicketCriteria(c.tenant(), withoutOverdue, c.scopes(), c.today(), c.now(),
                    c.textNumber(), c.statusOrder(), c.priorityOrder());
            return delegate.find(rest, Sort.ascending(SortField.NUMBER), PageRequest.first(PageRequest.MAX_SIZE))
                    .items().stream().filter(t -> !c.query().overdueOnly() || datesPassed(t, c))
                    .map(t -> delegate.findById(c.tenant(), t.id()).orElseThrow()).toList();
        }

        private static boolean datesPassed(TicketSummary t, TicketCriteria c) {
            return t.followUpDate().map(d -> d.isBefore(c.today())).orElse(false)
                    || t.dueAt().map(d -> d.isBefore(c.now())).orElse(false);
        }

        private static TicketCriteria everything(TicketCriteria c) {
            return new TicketCriteria(c.tenant(), TicketQuery.all(), List.of(ViewableTickets.all()), c.today(),
                    c.now(), c.textNumber(), c.statusOrder(), c.priorityOrder());
        }

        @Override
        public Page<TicketSummary> find(TicketCriteria criteria, Sort sort, PageRequest page) {
            return Aggregates.find(candidates(criteria), everything(criteria), sort, page);
        }

        @Override
        public long count(TicketCriteria criteria) {
            return candidates(criteria).size();
        }

        @Override
        public Map<String, Long> countBy(TicketCriteria criteria, Dimension dimension) {
            return Aggregates.countBy(candidates(criteria), everything(criteria), dimension);
        }
    }

    /**
     * Looks numbers up by their formatted text, as a store keyed by the {@code ticket_number} column does: a
     * ticket stored as RE01 is not found as RE0001 after the format was widened.
     */
    static final class NumberTextStore extends ForwardingTicketStore {
        NumberTextStore(InMemoryStorage storage) {
            super(storage.tickets());
        }

        @Override
        public Optional<Ticket> findByNumber(TenantId tenant, TicketNumber number) {
            return delegate.findByNumber(tenant, number).filter(t -> t.number().value().equals(number.value()));
        }
    }

    /**
     * Ignores case in free text with {@code toLowerCase} on both sides, as a store relying on its database's
     * {@code lower()} does: İzmir, final sigma and ß do not match their other spellings.
     */
    static final class LowerCaseTextStore extends ForwardingTicketStore {
        LowerCaseTextStore(InMemoryStorage storage) {
            super(storage.tickets());
        }

        /** The matching tickets, the free text compared lower-cased instead of folded. */
        private List<Ticket> candidates(TicketCriteria c) {
            TicketCriteria rest = new TicketCriteria(c.tenant(), c.query().toBuilder().text(null).build(), c.scopes(),
                    c.today(), c.now(), Optional.empty(), c.statusOrder(), c.priorityOrder());
            return delegate.find(rest, Sort.ascending(SortField.NUMBER), PageRequest.first(PageRequest.MAX_SIZE))
                    .items().stream().map(t -> delegate.findById(c.tenant(), t.id()).orElseThrow())
                    .filter(t -> c.query().text().map(text -> matches(t, text, c)).orElse(true)).toList();
        }

        private static boolean matches(Ticket t, String text, TicketCriteria c) {
            String needle = text.toLowerCase(Locale.ROOT);
            return c.textNumber().map(t.number()::equals).orElse(false)
                    || t.title().toLowerCase(Locale.ROOT).contains(needle)
                    || t.description().map(d -> d.toLowerCase(Locale.ROOT).contains(needle)).orElse(false);
        }

        private static TicketCriteria everything(TicketCriteria c) {
            return new TicketCriteria(c.tenant(), TicketQuery.all(), List.of(ViewableTickets.all()), c.today(),
                    c.now(), Optional.empty(), c.statusOrder(), c.priorityOrder());
        }

        @Override
        public Page<TicketSummary> find(TicketCriteria criteria, Sort sort, PageRequest page) {
            return Aggregates.find(candidates(criteria), everything(criteria), sort, page);
        }

        @Override
        public long count(TicketCriteria criteria) {
            return candidates(criteria).size();
        }

        @Override
        public Map<String, Long> countBy(TicketCriteria criteria, Dimension dimension) {
            return Aggregates.countBy(candidates(criteria), everything(criteria), dimension);
        }
    }

    /**
     * Hands every third caller of a tenant the value the previous caller got, as an unguarded read-then-increment
     * does.
     */
    static final class RepeatingSequence implements NumberSequence {
        private final Map<TenantId, long[]> lastAndCalls = new HashMap<>();
        private final long lastIssued;

        RepeatingSequence(long lastIssued) {
            this.lastIssued = lastIssued;
        }

        @Override
        public synchronized long next(TenantId tenant, long maximum) {
            long[] series = lastAndCalls.computeIfAbsent(tenant,
                    t -> new long[] {t.equals(TenantId.DEFAULT) ? lastIssued : 0, 0});
            series[1]++;
            if (series[1] % 3 == 0 && series[0] > 0) {
                return series[0];
            }
            if (series[0] >= maximum) {
                throw new NumbersExhaustedException(maximum);
            }
            return ++series[0];
        }
    }

    /** Draws every tenant's numbers from one counter, as a sequence kept from before tenants does. */
    static final class SharedCounterSequence implements NumberSequence {
        private long last;

        SharedCounterSequence(long lastIssued) {
            this.last = lastIssued;
        }

        @Override
        public synchronized long next(TenantId tenant, long maximum) {
            if (last >= maximum) {
                throw new NumbersExhaustedException(maximum);
            }
            return ++last;
        }
    }

    /** The lost-update store under the store contract. */
    static final class LostUpdateStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return new PlainStore.Storage(new LostUpdateStore());
        }
    }

    /** The store dropping entries' visibility under the store contract. */
    static final class PublicOnlyStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return new PlainStore.Storage(new PublicOnlyStore());
        }
    }

    /** The store paging history without its cursor under the store contract. */
    static final class IgnoresBeforeStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return inMemoryBehind(IgnoresBeforeStore::new);
        }
    }

    /** The store forgetting workflow versions under the store contract. */
    static final class WorkflowVersionForgettingStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return new PlainStore.Storage(new WorkflowVersionForgettingStore());
        }
    }

    /** The scope-leaking store under the store contract. */
    static final class ScopeLeakingStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return inMemoryBehind(ScopeLeakingStore::new);
        }
    }

    /** The store counting closed tickets as overdue under the store contract. */
    static final class ClosedOverdueStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return inMemoryBehind(ClosedOverdueStore::new);
        }
    }

    /** The store looking numbers up by their text under the store contract. */
    static final class NumberTextStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return inMemoryBehind(NumberTextStore::new);
        }
    }

    /** The store lower-casing free text under the store contract. */
    static final class LowerCaseTextStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return inMemoryBehind(LowerCaseTextStore::new);
        }
    }

    /** The store ignoring the public side under the store contract. */
    static final class PublicSideIgnoringStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return inMemoryBehind(PublicSideIgnoringStore::new);
        }
    }

    /** The store forgetting customers and single tickets in its scopes under the store contract. */
    static final class CustomerScopeForgettingStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return inMemoryBehind(CustomerScopeForgettingStore::new);
        }
    }

    /** The standard policy under the policy contract, its scopes run by the store forgetting customers and tickets. */
    static final class CustomerScopeForgettingPolicyContract extends AccessPolicyContract {
        @Override
        protected AccessPolicy policy() {
            return RoleMatrix.standard();
        }

        @Override
        protected Directory directory() {
            return Actors.directory();
        }

        @Override
        protected TicketStorage newStorage() {
            return inMemoryBehind(CustomerScopeForgettingStore::new);
        }
    }

    /** Guest passes looked up in every tenant under the store contract. */
    static final class TenantBlindGuestPassesContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return new PlainStore.Storage(new PlainStore(), new TenantBlindGuestPasses());
        }
    }

    /** Guest passes kept outside the unit of work under the store contract. */
    static final class OutsideTheUnitGuestPassesContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return new PlainStore.Storage(new PlainStore(), new OutsideTheUnitGuestPasses());
        }
    }

    /** The repeating sequence, with in-memory store and transactions, under the sequence contract. */
    static final class RepeatingSequenceContract extends NumberSequenceContract {
        @Override
        protected TicketStorage newStorage(long lastIssued) {
            InMemoryStorage storage = new InMemoryStorage();
            return new ComposedStorage(storage.tickets(), storage.guestPasses(), new RepeatingSequence(lastIssued),
                    storage.transactions(), List.of());
        }
    }

    /** The sequence sharing one counter between tenants, with in-memory store and transactions, under the contract. */
    static final class SharedCounterSequenceContract extends NumberSequenceContract {
        @Override
        protected TicketStorage newStorage(long lastIssued) {
            InMemoryStorage storage = new InMemoryStorage();
            return new ComposedStorage(storage.tickets(), storage.guestPasses(), new SharedCounterSequence(lastIssued),
                    storage.transactions(), List.of());
        }
    }

    /** In-memory storage run without its transactions, so nothing is ever undone, under the transaction contract. */
    static final class NoRollbackContract extends TransactionContract {
        @Override
        protected TicketStorage newStorage() {
            InMemoryStorage storage = new InMemoryStorage();
            return new ComposedStorage(storage.tickets(), storage.guestPasses(), storage.numbers(), new Transactions() {
                @Override
                public <T> T inTransaction(Supplier<T> work) {
                    return work.get();
                }
            }, List.of());
        }
    }
}
