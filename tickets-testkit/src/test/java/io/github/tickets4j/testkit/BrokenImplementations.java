package io.github.tickets4j.testkit;

import io.github.tickets4j.core.NumbersExhaustedException;
import io.github.tickets4j.core.memory.InMemoryTicketStore;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.SortField;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.access.ViewScope;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.stats.Aggregates;
import io.github.tickets4j.core.stats.DurationStats;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketSummary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Deliberately broken adapters, each with a bug real adapters have had, for the self-tests to prove that the
 * contracts catch them. None is a test on its own: the class names do not end in "Test".
 */
final class BrokenImplementations {
    private BrokenImplementations() {
    }

    /**
     * Writes whatever it is given, never comparing versions (an UPDATE without a version condition): the last
     * writer wins and earlier updates vanish.
     */
    static final class LostUpdateStore extends ForwardingTicketStore {
        LostUpdateStore() {
            super(new InMemoryTicketStore());
        }

        @Override
        public synchronized Ticket update(Ticket ticket) {
            long stored = delegate.findById(ticket.id()).map(Ticket::version).orElse(ticket.version());
            return delegate.update(ticket.toBuilder().version(stored).build());
        }
    }

    /** Forgets the view scopes, as a query that lost its permission WHERE clause does. */
    static final class ScopeLeakingStore extends ForwardingTicketStore {
        ScopeLeakingStore() {
            super(new InMemoryTicketStore());
        }

        private static TicketCriteria unscoped(TicketCriteria c) {
            return new TicketCriteria(c.query(), List.of(ViewScope.all()), c.today(), c.now(), c.textNumber(),
                    c.statusOrder(), c.priorityOrder());
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

    /**
     * Decides "overdue" from the dates alone, forgetting that a closed ticket is never overdue: the condition on
     * the status is missing from its overdue filter.
     */
    static final class ClosedOverdueStore extends ForwardingTicketStore {
        ClosedOverdueStore() {
            super(new InMemoryTicketStore());
        }

        /** The tickets the broken overdue filter keeps, with the filter itself removed from the criteria. */
        private List<Ticket> candidates(TicketCriteria c) {
            TicketQuery withoutOverdue = c.query().toBuilder().overdueOnly(false).build();
            TicketCriteria rest = new TicketCriteria(withoutOverdue, c.scopes(), c.today(), c.now(), c.textNumber(),
                    c.statusOrder(), c.priorityOrder());
            return delegate.find(rest, Sort.ascending(SortField.NUMBER), PageRequest.first(PageRequest.MAX_SIZE))
                    .items().stream().filter(t -> !c.query().overdueOnly() || datesPassed(t, c))
                    .map(t -> delegate.findById(t.id()).orElseThrow()).toList();
        }

        private static boolean datesPassed(TicketSummary t, TicketCriteria c) {
            return t.followUpDate().map(d -> d.isBefore(c.today())).orElse(false)
                    || t.dueAt().map(d -> d.isBefore(c.now())).orElse(false);
        }

        private static TicketCriteria everything(TicketCriteria c) {
            return new TicketCriteria(TicketQuery.all(), List.of(ViewScope.all()), c.today(), c.now(),
                    c.textNumber(), c.statusOrder(), c.priorityOrder());
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

    /** Hands every third caller the value the previous caller got, as an unguarded read-then-increment does. */
    static final class RepeatingSequence implements NumberSequence {
        private long last;
        private long calls;

        RepeatingSequence(long lastIssued) {
            this.last = lastIssued;
        }

        @Override
        public synchronized long next(long maximum) {
            calls++;
            if (calls % 3 == 0 && last > 0) {
                return last;
            }
            if (last >= maximum) {
                throw new NumbersExhaustedException(maximum);
            }
            return ++last;
        }
    }

    /** The lost-update store under the store contract. */
    static final class LostUpdateStoreContract extends TicketStoreContract {
        @Override
        protected TicketStore newStore() {
            return new LostUpdateStore();
        }
    }

    /** The scope-leaking store under the store contract. */
    static final class ScopeLeakingStoreContract extends TicketStoreContract {
        @Override
        protected TicketStore newStore() {
            return new ScopeLeakingStore();
        }
    }

    /** The store counting closed tickets as overdue under the store contract. */
    static final class ClosedOverdueStoreContract extends TicketStoreContract {
        @Override
        protected TicketStore newStore() {
            return new ClosedOverdueStore();
        }
    }

    /** The repeating sequence under the sequence contract. */
    static final class RepeatingSequenceContract extends NumberSequenceContract {
        @Override
        protected NumberSequence newSequence(long lastIssued) {
            return new RepeatingSequence(lastIssued);
        }
    }

    /** An in-memory store run without its transactions, so nothing is ever undone, under the transaction contract. */
    static final class NoRollbackContract extends TransactionContract {
        @Override
        protected TicketStore newStore() {
            return new InMemoryTicketStore();
        }

        @Override
        protected io.github.tickets4j.core.spi.Transactions transactions(TicketStore store) {
            return io.github.tickets4j.core.spi.Transactions.none();
        }
    }
}
