package io.github.tickets4j.jpa;

import io.github.tickets4j.core.ConfigurationException;
import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.core.ticket.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.ManagedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Tickets in a relational database through Jakarta Persistence: the ticket store, the guest passes, the number
 * sequence and the transactions they share, built together so they cannot be mismatched. Hand it to
 * {@code TicketDesk.builder().storage(...)}.
 * <ul>
 * <li>{@link #resourceLocal(EntityManagerFactory, DatabaseKind)}: Tickets4j opens an entity manager and a
 * transaction per desk call, commits on success and rolls back on failure; numbering {@link Numbering#GAPLESS}.</li>
 * <li>{@link #builder(EntityManagerFactory, DatabaseKind)}: the numbering strategy ({@link Numbering}) and, for a
 * host that owns the transactions (Spring, JTA, CDI), {@link Builder#hostManaged(Supplier)} with
 * {@link Builder#onFailure(Runnable)}.</li>
 * </ul>
 * Tickets of every tenant share the tables; each row carries its tenant, which leads every key and index.
 * The persistence unit must hold {@link TicketsPersistence#managedClasses()}; {@link #problems()} says so when it
 * does not, and the desk's builder reports it. The tables come from {@link DatabaseKind#schemaScripts()}; every
 * statement names them unqualified, so they are found in the schema the unit's connections default to (a schema of
 * their own is set by the JDBC URL, not here).
 * Works on Jakarta Persistence 3.1 (Hibernate ORM 6.6) as on 3.2: it refers to no type or method new in 3.2.
 * Thread-safe.
 */
public final class JpaStorage implements TicketStorage {
    /** How many tickets {@link #rebuildDerivedData()} folds per transaction. */
    private static final int BATCH = 500;
    private final EntityManagerFactory factory;
    private final JpaTransactions transactions;
    private final JpaTicketStore store;
    private final JpaGuestPasses guestPasses;
    private final JpaNumberSequence numbers;

    /**
     * {@code ownUnit} is the resource-local unit of the adapter's own short transactions (numbers, a new tenant's
     * rows); null when there is none (a JTA unit numbering GAPLESS).
     */
    private JpaStorage(EntityManagerFactory factory, JpaTransactions transactions, Numbering numbering,
            DatabaseKind database, EntityManagerFactory ownUnit) {
        this.factory = factory;
        this.transactions = transactions;
        TenantRows tenants = new TenantRows(database.dialect());
        this.store = new JpaTicketStore(transactions, tenants);
        this.guestPasses = new JpaGuestPasses(transactions);
        CounterRows counters = new CounterRows(tenants);
        OwnTransactions own = ownUnit == null ? null : new OwnTransactions(ownUnit);
        NumberBlocks blocks = numbering instanceof Numbering.Gapless ? null
                : new NumberBlocks(own, counters, numbering instanceof Numbering.Blocks b ? b.size() : 1);
        this.numbers = new JpaNumberSequence(transactions, numbering, tenants, counters, blocks, own);
    }

    /**
     * Storage whose transactions Tickets4j begins and ends itself, numbering each tenant's tickets with
     * {@link Numbering#GAPLESS}.
     *
     * @param factory the factory of a resource-local persistence unit holding
     *     {@link TicketsPersistence#managedClasses()}, never null
     * @param database the database, choosing the SQL that differs by database; never null
     * @return the storage, never null
     * @throws NullPointerException if an argument is null
     * @throws ConfigurationException if the persistence unit uses JTA transactions (use
     *     {@link Builder#hostManaged(Supplier)})
     */
    public static JpaStorage resourceLocal(EntityManagerFactory factory, DatabaseKind database) {
        return builder(factory, database).build();
    }

    /**
     * Starts configuring storage: resource-local with {@link Numbering#GAPLESS} unless told otherwise.
     *
     * @param factory the factory of the persistence unit holding {@link TicketsPersistence#managedClasses()},
     *     never null
     * @param database the database, choosing the SQL that differs by database; never null
     * @return a builder, never null
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(EntityManagerFactory factory, DatabaseKind database) {
        return new Builder(Objects.requireNonNull(factory, "factory"), Objects.requireNonNull(database, "database"));
    }

    /** @return the ticket store, never null; the same instance on every call */
    @Override
    public TicketStore tickets() {
        return store;
    }

    /**
     * @return the guest passes in {@code t4j_guest_pass}, written in the same transactions as the tickets; never
     *     null, the same instance on every call
     */
    @Override
    public GuestPasses guestPasses() {
        return guestPasses;
    }

    /** @return the number sequence of the configured {@link Numbering}, never null */
    @Override
    public NumberSequence numbers() {
        return numbers;
    }

    /** @return the transactions store and numbers run in, never null */
    @Override
    public Transactions transactions() {
        return transactions;
    }

    /** @return how this storage issues ticket numbers, never null */
    public Numbering numbering() {
        return numbers.numbering();
    }

    /**
     * Checks the persistence unit: every class of {@link TicketsPersistence#managedClasses()} must be one of its
     * managed types, or the first desk call would fail deep in the provider.
     *
     * @return one message naming the missing classes and how to register them, or nothing; never null
     */
    @Override
    public List<String> problems() {
        Set<Class<?>> managed;
        try {
            managed = factory.getMetamodel().getManagedTypes().stream().map(ManagedType::getJavaType)
                    .collect(Collectors.toSet());
        } catch (IllegalStateException e) {
            return List.of("the EntityManagerFactory given to JpaStorage is closed");
        }
        List<String> missing = EntityClasses.ALL.stream().filter(c -> !managed.contains(c)).map(Class::getName)
                .toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        return List.of("the persistence unit of the EntityManagerFactory given to JpaStorage lacks Tickets4j's entity"
                + " classes " + String.join(", ", missing) + "; register all of TicketsPersistence.managedClasses():"
                + " list TicketsPersistence.managedClassNames() as <class> elements of persistence.xml (on Jakarta"
                + " Persistence 3.1, where TicketsPersistence is not to be used: " + EntityClasses.ALL.stream()
                        .map(Class::getSimpleName).collect(Collectors.joining(", ")) + " of the package "
                + EntityClasses.class.getPackageName() + "), start from TicketsPersistence.configuration(unitName), or"
                + " add them to your PersistenceConfiguration (Spring Boot: add the package "
                + EntityClasses.class.getPackageName() + " to the packages to scan, @EntityScan(\""
                + EntityClasses.class.getPackageName() + "\"))");
    }

    /**
     * Recomputes everything the adapter derives from the tickets' own columns, tenant by tenant (every tenant with
     * tickets or status counts, see {@link #rebuildDerivedData(TenantId)}): for tickets written, imported, purged or
     * archived with SQL around the adapter, and once after the V2 upgrade of a 0.1 database.
     *
     * @return how many tickets' search text was rewritten, in all tenants
     * @throws io.github.tickets4j.core.TicketsException if the database fails; tenants and batches committed before
     *     the failure stay, and running it again finishes the work
     */
    public long rebuildDerivedData() {
        long rewritten = 0;
        for (TenantId tenant : transactions.inTransaction(store::tenants)) {
            rewritten += rebuildDerivedData(tenant);
        }
        return rewritten;
    }

    /**
     * Recomputes everything the adapter derives from one tenant's tickets' own columns:
     * <ol>
     * <li>the tenant's dashboard rollup of tickets per status ({@code t4j_status_count}) from the ticket table, in
     * one transaction: counts of all tickets by status read the rollup, which only the adapter's own writes keep in
     * step;</li>
     * <li>every ticket's folded search text ({@code search_text}) from its title and description, with the core's
     * {@link io.github.tickets4j.core.query.TextFolding}, which free text is compared with: V2's SQL can only
     * approximate it with {@code lower()} (İ, final sigma and ß come out differently), and an import must fill
     * it somehow. 500 tickets at a time in id order, each batch in a transaction of its own; only
     * rows whose text differs are written.</li>
     * </ol>
     * Every statement stays in the tenant's rows. Safe while the application runs: writers carry on adding to the
     * rebuilt rollup, and a search text is only written while the row still holds the title and description it
     * was folded from. Run it again after a Java upgrade that changed Unicode's case mappings. Host-managed storage
     * runs all of it in the host's current transaction (batches included), so that transaction must be allowed to
     * update every ticket row of the tenant.
     *
     * @param tenant the tenant, never null
     * @return how many of the tenant's tickets had their search text rewritten
     * @throws NullPointerException if {@code tenant} is null
     * @throws io.github.tickets4j.core.TicketsException if the database fails; batches committed before the
     *     failure stay, and running it again finishes the work
     */
    public long rebuildDerivedData(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        transactions.inTransaction(() -> {
            store.rebuildStatusCounts(tenant);
            return null;
        });
        long rewritten = 0;
        String after = null;
        SearchTexts.Batch batch;
        do {
            String from = after;
            batch = transactions.inTransaction(() -> store.rebuildSearchTexts(tenant, from, BATCH));
            rewritten += batch.rewritten();
            after = batch.last();
        } while (batch.read() == BATCH);
        return rewritten;
    }

    /** Configures {@link JpaStorage}. Not thread-safe. */
    public static final class Builder {
        /** {@code EntityManagerFactory.getTransactionType()} (Jakarta Persistence 3.2), or null on 3.1. */
        private static final Method GET_TRANSACTION_TYPE = transactionTypeMethod();
        private final EntityManagerFactory factory;
        private final DatabaseKind database;
        private Numbering numbering = Numbering.GAPLESS;
        private Supplier<EntityManager> hostManager;
        private Runnable onFailure;
        private EntityManagerFactory blockFactory;

        private Builder(EntityManagerFactory factory, DatabaseKind database) {
            this.factory = factory;
            this.database = database;
        }

        /**
         * Chooses how ticket numbers are issued; {@link Numbering#GAPLESS} when not set.
         *
         * @param value the strategy, never null
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder numbering(Numbering value) {
            this.numbering = Objects.requireNonNull(value, "numbering");
            return this;
        }

        /**
         * Names the persistence unit in whose resource-local transactions {@link Numbering#SEQUENCE} and
         * {@link Numbering#blocks(int)} take their numbers: needed when the storage's own unit uses JTA
         * transactions, which Tickets4j cannot begin. Give a second unit on the same database whose transaction type
         * is {@code RESOURCE_LOCAL} (on a non-JTA data source; it needs no entity classes, the statements are native
         * SQL). Without it the numbers are taken in the storage's own unit.
         *
         * @param resourceLocal the factory of a resource-local unit on the tickets' database, never null
         * @return this builder
         * @throws NullPointerException if {@code resourceLocal} is null
         */
        public Builder allocateBlocksWith(EntityManagerFactory resourceLocal) {
            this.blockFactory = Objects.requireNonNull(resourceLocal, "resourceLocal");
            return this;
        }

        /**
         * Runs every desk call in the host's transaction (Spring, JTA, CDI…) instead of transactions of its own:
         * the ticket, its number and the host's own writes commit or roll back together, and the host must call
         * the desk inside a transaction for writes. A desk call that fails after it wrote marks the host's
         * transaction rollback-only (see {@link #onFailure(Runnable)}); one refused before it wrote (not found,
         * access denied, transition not allowed, invalid input) leaves it usable.
         *
         * @param entityManager supplies the entity manager joined to the host's current transaction (a
         *     container-injected or Spring shared one); called once per desk call; never null
         * @return this builder
         * @throws NullPointerException if {@code entityManager} is null
         */
        public Builder hostManaged(Supplier<EntityManager> entityManager) {
            this.hostManager = Objects.requireNonNull(entityManager, "entityManager");
            return this;
        }

        /**
         * Tells host-managed storage how to mark the host's current transaction rollback-only when a desk call
         * fails after it wrote, so that the host's commit cannot keep half of it. Spring:
         * {@code () -> TransactionAspectSupport.currentTransactionStatus().setRollbackOnly()}; JTA:
         * {@code registry::setRollbackOnly} of the {@code TransactionSynchronizationRegistry}. Without it the
         * entity manager's resource-local transaction is marked, which only a plain resource-local entity manager
         * allows; any other fails the desk call with a {@link io.github.tickets4j.core.TicketsException} saying
         * this hook is needed.
         *
         * @param markRollbackOnly marks the current transaction rollback-only, never null
         * @return this builder
         * @throws NullPointerException if {@code markRollbackOnly} is null
         */
        public Builder onFailure(Runnable markRollbackOnly) {
            this.onFailure = Objects.requireNonNull(markRollbackOnly, "markRollbackOnly");
            return this;
        }

        /**
         * Builds the storage.
         *
         * @return the storage, never null
         * @throws ConfigurationException if {@code onFailure} was given without {@code hostManaged}, if a JTA
         *     persistence unit is to run resource-local transactions (also those in which {@link Numbering#SEQUENCE}
         *     and {@link Numbering#blocks(int)} take their numbers), if host-managed storage over a JTA persistence
         *     unit has no {@code onFailure} hook, or if {@code allocateBlocksWith} was given for GAPLESS
         */
        public JpaStorage build() {
            List<String> found = new ArrayList<>();
            boolean jta = "JTA".equals(transactionType(factory));
            EntityManagerFactory blocksIn = blockFactory == null ? factory : blockFactory;
            boolean ownTransactions = !(numbering instanceof Numbering.Gapless);
            if (blockFactory != null && !ownTransactions) {
                found.add("allocateBlocksWith(...) applies to Numbering.SEQUENCE and Numbering.blocks(size) only; drop"
                        + " it or number with one of them");
            }
            if (ownTransactions && "JTA".equals(transactionType(blocksIn))) {
                found.add("Numbering." + numbering + " takes its numbers in resource-local transactions of its own,"
                        + " and the persistence unit " + (blockFactory == null ? "" : "given to allocateBlocksWith(...) ")
                        + "uses JTA; give a resource-local unit on the same database with allocateBlocksWith(...), or"
                        + " number with GAPLESS, which runs in the desk call's transaction");
            }
            if (hostManager == null && onFailure != null) {
                found.add("onFailure(...) applies to host-managed transactions only; add hostManaged(...) or drop it");
            }
            if (hostManager == null && jta) {
                found.add("the persistence unit uses JTA transactions, which Tickets4j cannot begin itself; use"
                        + " hostManaged(() -> entityManager) with onFailure(...) and call the desk inside your"
                        + " transactions");
            }
            if (hostManager != null && onFailure == null && (jta || !handsOutItsTransaction())) {
                found.add("host-managed storage needs onFailure(...) to mark the host's transaction rollback-only when"
                        + " a desk call fails after it wrote, because " + (jta ? "the persistence unit uses JTA"
                        : "the supplied entity manager does not hand out its resource-local transaction")
                        + " (Spring: TransactionAspectSupport.currentTransactionStatus().setRollbackOnly(); JTA:"
                        + " TransactionSynchronizationRegistry.setRollbackOnly())");
            }
            if (!found.isEmpty()) {
                throw new ConfigurationException("Cannot build JpaStorage: " + String.join("; ", found));
            }
            JpaTransactions transactions = hostManager == null ? JpaTransactions.resourceLocal(factory)
                    : JpaTransactions.hostManaged(hostManager, onFailure);
            // GAPLESS runs without transactions of its own under JTA; the others were refused above.
            return new JpaStorage(factory, transactions, numbering, database,
                    "JTA".equals(transactionType(blocksIn)) ? null : blocksIn);
        }

        private static Method transactionTypeMethod() {
            try {
                return EntityManagerFactory.class.getMethod("getTransactionType");
            } catch (NoSuchMethodException beforeJakartaPersistence32) {
                return null;
            }
        }

        /**
         * Asks the supplied entity manager for its resource-local transaction, as a failed desk call would. A
         * container's or Spring's shared entity manager refuses with an IllegalStateException: then only the
         * onFailure hook can mark the host's transaction. Anything else (no entity manager outside a request, say)
         * tells nothing, and the desk call reports it if it comes to that.
         */
        private boolean handsOutItsTransaction() {
            EntityManager em;
            try {
                em = hostManager.get();
            } catch (RuntimeException cannotTellYet) {
                return true;
            }
            if (em == null) {
                return true;
            }
            try {
                em.getTransaction();
                return true;
            } catch (IllegalStateException notResourceLocal) {
                return false;
            } catch (RuntimeException cannotTell) {
                return true;
            }
        }

        /**
         * The name of a unit's transaction type ({@code "JTA"}, {@code "RESOURCE_LOCAL"}), or null when it cannot
         * be told. {@code EntityManagerFactory.getTransactionType()} and its enum are new in Jakarta Persistence 3.2,
         * so it is called reflectively: on a 3.1 class path the method is absent (null), and a 3.1 provider under the
         * 3.2 API leaves it abstract (null too).
         */
        private static String transactionType(EntityManagerFactory unit) {
            if (GET_TRANSACTION_TYPE == null) {
                return null;
            }
            try {
                Object type = GET_TRANSACTION_TYPE.invoke(unit);
                return type == null ? null : type.toString();
            } catch (InvocationTargetException | IllegalAccessException | RuntimeException | AbstractMethodError e) {
                return null;
            }
        }
    }
}
