package io.github.tickets4j.testkit;

import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.SortField;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.stats.Aggregates;
import io.github.tickets4j.core.stats.DurationStats;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.TimelineEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Deliberately broken stores that forget the tenant in one place each, as a query missing its
 * {@code tenant = ?} condition does, for the self-tests to prove the tenant rules catch every one of them. Each
 * keeps the core's in-memory store behind it and is right everywhere else.
 */
final class TenantBlindStores {
    private TenantBlindStores() {
    }

    /** Fresh in-memory storage with a tenant-blind store in front of its own. */
    private static TicketStorage behind(Function<InMemoryStorage, TenantBlind> broken) {
        InMemoryStorage storage = new InMemoryStorage();
        return ComposedStorage.withStore(storage, broken.apply(storage));
    }

    /** Knows every tenant written to, to answer one call as if the tenant condition were missing. */
    abstract static class TenantBlind extends ForwardingTicketStore {
        private final Set<TenantId> tenants = new LinkedHashSet<>();

        TenantBlind(InMemoryStorage storage) {
            super(storage.tickets());
        }

        @Override
        public void insert(Change change) {
            super.insert(change);
            synchronized (tenants) {
                tenants.add(change.ticket().tenant());
            }
        }

        /** @return every tenant written to, in the order of their first ticket */
        final List<TenantId> tenants() {
            synchronized (tenants) {
                return List.copyOf(tenants);
            }
        }

        /** The first ticket any tenant holds under a lookup, as a lookup without the tenant finds. */
        final Optional<Ticket> inAnyTenant(Function<TenantId, Optional<Ticket>> lookup) {
            return tenants().stream().map(lookup).flatMap(Optional::stream).findFirst();
        }

        /**
         * The tickets of every tenant matching the criteria but for the tenant, each taken into the criteria's
         * tenant so the reference calculation counts it: what a query without the tenant condition works on.
         */
        final List<Ticket> matchingInEveryTenant(TicketCriteria c) {
            List<Ticket> all = new ArrayList<>();
            for (TenantId t : tenants()) {
                TicketCriteria there = new TicketCriteria(t, c.query(), c.scopes(), c.today(), c.now(),
                        c.textNumber(), c.statusOrder(), c.priorityOrder());
                delegate.find(there, Sort.ascending(SortField.NUMBER), PageRequest.first(PageRequest.MAX_SIZE))
                        .items().forEach(s -> all.add(StoredTicket.from(delegate.findById(t, s.id())
                                .orElseThrow()).tenant(c.tenant()).build()));
            }
            return all;
        }
    }

    /** Looks numbers up in every tenant: {@code where number = ?}. */
    static final class NumberLookupStore extends TenantBlind {
        NumberLookupStore(InMemoryStorage storage) {
            super(storage);
        }

        @Override
        public Optional<Ticket> findByNumber(TenantId tenant, TicketNumber number) {
            return inAnyTenant(t -> delegate.findByNumber(t, number));
        }
    }

    /** Looks ids up in every tenant: {@code where id = ?}. */
    static final class IdLookupStore extends TenantBlind {
        IdLookupStore(InMemoryStorage storage) {
            super(storage);
        }

        @Override
        public Optional<Ticket> findById(TenantId tenant, TicketId id) {
            return inAnyTenant(t -> delegate.findById(t, id));
        }
    }

    /** Reads the history of a ticket of any tenant: {@code where ticket_id = ?} on the history table alone. */
    static final class HistoryStore extends TenantBlind {
        HistoryStore(InMemoryStorage storage) {
            super(storage);
        }

        @Override
        public List<TimelineEntry> history(TenantId tenant, TicketId ticket, HistoryQuery query) {
            return inAnyTenant(t -> delegate.findById(t, ticket)).map(t -> delegate.history(t.tenant(), ticket,
                    query)).orElse(List.of());
        }
    }

    /** Counts the tickets of every tenant. */
    static final class CountStore extends TenantBlind {
        CountStore(InMemoryStorage storage) {
            super(storage);
        }

        @Override
        public long count(TicketCriteria criteria) {
            return matchingInEveryTenant(criteria).size();
        }
    }

    /** Counts the tickets of every tenant per dimension. */
    static final class CountByStore extends TenantBlind {
        CountByStore(InMemoryStorage storage) {
            super(storage);
        }

        @Override
        public Map<String, Long> countBy(TicketCriteria criteria, Dimension dimension) {
            return Aggregates.countBy(matchingInEveryTenant(criteria), criteria, dimension);
        }
    }

    /** Summarises the resolution times of every tenant's tickets per dimension. */
    static final class ResolutionByStore extends TenantBlind {
        ResolutionByStore(InMemoryStorage storage) {
            super(storage);
        }

        @Override
        public Map<String, DurationStats> resolutionBy(TicketCriteria criteria, Dimension dimension) {
            return Aggregates.resolutionBy(matchingInEveryTenant(criteria), criteria, dimension);
        }
    }

    /** Counts every tenant's tickets per day. */
    static final class PerDayStore extends TenantBlind {
        PerDayStore(InMemoryStorage storage) {
            super(storage);
        }

        @Override
        public Map<LocalDate, Long> createdPerDay(TicketCriteria criteria, ZoneId zone) {
            return Aggregates.createdPerDay(matchingInEveryTenant(criteria), criteria, zone);
        }
    }

    /**
     * Matches free text that is a number outside the tenant, as
     * {@code where tenant = ? and folded like ? or number = ?} does without brackets.
     */
    static final class NumberTextStore extends TenantBlind {
        NumberTextStore(InMemoryStorage storage) {
            super(storage);
        }

        /** The tenant's matches and every other tenant's ticket with the number, taken into the tenant. */
        private List<Ticket> matches(TicketCriteria c) {
            List<Ticket> found = new ArrayList<>();
            delegate.find(c, Sort.ascending(SortField.NUMBER), PageRequest.first(PageRequest.MAX_SIZE)).items()
                    .forEach(s -> found.add(delegate.findById(c.tenant(), s.id()).orElseThrow()));
            c.textNumber().ifPresent(n -> tenants().stream().filter(t -> !t.equals(c.tenant()))
                    .flatMap(t -> delegate.findByNumber(t, n).stream())
                    .forEach(t -> found.add(StoredTicket.from(t).tenant(c.tenant()).build())));
            return found;
        }

        private static TicketCriteria everything(TicketCriteria c) {
            return new TicketCriteria(c.tenant(), TicketQuery.all(), c.scopes(), c.today(), c.now(),
                    Optional.empty(), c.statusOrder(), c.priorityOrder());
        }

        @Override
        public Page<TicketSummary> find(TicketCriteria criteria, Sort sort, PageRequest page) {
            return Aggregates.find(matches(criteria), everything(criteria), sort, page);
        }

        @Override
        public long count(TicketCriteria criteria) {
            return matches(criteria).size();
        }
    }

    /** Keeps numbers unique across tenants, as a unique index on the number without the tenant does. */
    static final class GlobalNumberStore extends TenantBlind {
        GlobalNumberStore(InMemoryStorage storage) {
            super(storage);
        }

        @Override
        public void insert(Change change) {
            TicketNumber number = change.ticket().number();
            if (inAnyTenant(t -> delegate.findByNumber(t, number)).isPresent()) {
                throw new TicketsException("Ticket number " + number + " is taken");
            }
            super.insert(change);
        }
    }

    /** Deletes by number in every tenant: {@code delete from ticket where number = ?}. */
    static final class DeleteByNumberStore extends TenantBlind {
        DeleteByNumberStore(InMemoryStorage storage) {
            super(storage);
        }

        @Override
        public void delete(Ticket ticket) {
            delegate.delete(ticket);
            for (TenantId t : tenants()) {
                delegate.findByNumber(t, ticket.number()).ifPresent(delegate::delete);
            }
        }
    }

    /** The store finding numbers in every tenant under the store contract. */
    static final class NumberLookupStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return behind(NumberLookupStore::new);
        }
    }

    /** The store finding ids in every tenant under the store contract. */
    static final class IdLookupStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return behind(IdLookupStore::new);
        }
    }

    /** The store reading histories of every tenant under the store contract. */
    static final class HistoryStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return behind(HistoryStore::new);
        }
    }

    /** The store counting every tenant under the store contract. */
    static final class CountStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return behind(CountStore::new);
        }
    }

    /** The store counting every tenant per dimension under the store contract. */
    static final class CountByStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return behind(CountByStore::new);
        }
    }

    /** The store summarising every tenant's resolution times per dimension under the store contract. */
    static final class ResolutionByStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return behind(ResolutionByStore::new);
        }
    }

    /** The store counting every tenant per day under the store contract. */
    static final class PerDayStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return behind(PerDayStore::new);
        }
    }

    /** The store matching number text outside the tenant under the store contract. */
    static final class NumberTextStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return behind(NumberTextStore::new);
        }
    }

    /** The store keeping numbers unique across tenants under the store contract. */
    static final class GlobalNumberStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return behind(GlobalNumberStore::new);
        }
    }

    /** The store deleting by number in every tenant under the store contract. */
    static final class DeleteByNumberStoreContract extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return behind(DeleteByNumberStore::new);
        }
    }
}
