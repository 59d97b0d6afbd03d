package io.github.tickets4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.ConfigurationException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketDeskBuilder;
import io.github.tickets4j.core.ticket.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** JpaStorage refuses configurations that cannot work, when it is built or when the desk is. */
@DisplayName("[H2] JpaStorage configuration")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaStorageConfigurationTest {
    private static final TestDatabase DB = TestDatabase.H2;
    private EntityManagerFactory complete;

    @BeforeAll
    void openDatabase() {
        DB.recreateSchema();
        complete = DB.factory();
    }

    @AfterAll
    void closeDatabase() {
        complete.close();
    }

    /** A unit over the same database holding only some of Tickets4j's classes. */
    private static EntityManagerFactory unitOf(Class<?>... classes) {
        PersistenceConfiguration unit = new PersistenceConfiguration("host-unit")
                .provider("org.hibernate.jpa.HibernatePersistenceProvider")
                .property(PersistenceConfiguration.JDBC_URL, DB.url())
                .property(PersistenceConfiguration.JDBC_USER, DB.user())
                .property(PersistenceConfiguration.JDBC_PASSWORD, DB.password());
        for (Class<?> c : classes) {
            unit.managedClass(c);
        }
        return unit.createEntityManagerFactory();
    }

    private static TicketDeskBuilder desk() {
        return TicketDesk.builder().directory(Samples.directory()).zone(ZoneOffset.UTC);
    }

    @Test
    void aPersistenceUnitWithoutTheEntitiesFailsTheDeskBuildNamingThemAndHowToRegisterThem() {
        try (EntityManagerFactory bare = unitOf()) {
            ConfigurationException e = assertThrows(ConfigurationException.class,
                    () -> desk().storage(JpaStorage.resourceLocal(bare, DB.kind)).build());
            for (String name : TicketsPersistence.managedClassNames()) {
                assertTrue(e.getMessage().contains(name), () -> name + " missing from: " + e.getMessage());
            }
            assertTrue(e.getMessage().contains("TicketsPersistence.managedClassNames()"), e.getMessage());
        }
    }

    @Test
    void aPersistenceUnitLackingSomeEntitiesNamesOnlyThose() {
        try (EntityManagerFactory partial = unitOf(TicketEntity.class, TimelineEntity.class)) {
            List<String> problems = JpaStorage.resourceLocal(partial, DB.kind).problems();

            assertEquals(1, problems.size(), problems::toString);
            assertTrue(problems.get(0).contains(NumberCounterEntity.class.getName())
                    && problems.get(0).contains(StatusCountEntity.class.getName())
                    && !problems.get(0).contains(TicketEntity.class.getName() + ","), problems.get(0));
        }
    }

    @Test
    void aCompletePersistenceUnitHasNoProblemsAndTheDeskBuilds() {
        JpaStorage storage = JpaStorage.resourceLocal(complete, DB.kind);

        assertEquals(List.of(), storage.problems());
        assertEquals(Numbering.GAPLESS, storage.numbering(), "the default: nothing but the desk call's transaction");
        desk().storage(storage).build();
    }

    @Test
    void anOnFailureHookWithoutHostManagedTransactionsIsRefused() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> JpaStorage.builder(complete, DB.kind).onFailure(() -> { }).build());
        assertTrue(e.getMessage().contains("onFailure(...) applies to host-managed transactions only"),
                e.getMessage());
    }

    @Test
    void hostManagedStorageOverAnEntityManagerThatWithholdsItsTransactionNeedsTheHook() {
        EntityManager shared = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    throw new IllegalStateException("Not allowed to create transaction on shared EntityManager");
                });

        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> JpaStorage.builder(complete, DB.kind).hostManaged(() -> shared).build());
        assertTrue(e.getMessage().contains("needs onFailure(...)"), e.getMessage());
        JpaStorage.builder(complete, DB.kind).hostManaged(() -> shared).onFailure(() -> { }).build();
    }

    @Test
    void sequenceAndBlocksOverAJtaUnitAreRefusedUnlessAResourceLocalUnitTakesTheirNumbersGaplessIsNot() {
        EntityManagerFactory jta = jtaView(complete);
        EntityManager em = complete.createEntityManager();
        try {
            for (Numbering numbering : List.of(Numbering.SEQUENCE, Numbering.blocks(10))) {
                ConfigurationException e = assertThrows(ConfigurationException.class, () -> JpaStorage.builder(jta,
                        DB.kind).numbering(numbering).hostManaged(() -> em).onFailure(() -> { }).build());
                assertTrue(e.getMessage().contains("allocateBlocksWith(...)") && e.getMessage().contains("uses JTA")
                        && e.getMessage().contains("GAPLESS"), e.getMessage());
            }
            JpaStorage.builder(jta, DB.kind).numbering(Numbering.GAPLESS).hostManaged(() -> em).onFailure(() -> { })
                    .build();

            JpaStorage storage = JpaStorage.builder(jta, DB.kind).numbering(Numbering.blocks(10))
                    .hostManaged(() -> em).onFailure(() -> { }).allocateBlocksWith(complete).build();
            long first = storage.numbers().next(TenantId.of("jta-host"), 99);
            assertEquals(List.of(1L, 2L), List.of(first, storage.numbers().next(TenantId.of("jta-host"), 99)));
        } finally {
            em.close();
        }
    }

    @Test
    void aUnitForNumberTransactionsWithGaplessNumberingIsRefused() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> JpaStorage.builder(complete,
                DB.kind).numbering(Numbering.GAPLESS).allocateBlocksWith(complete).build());
        assertTrue(e.getMessage().contains("applies to Numbering.SEQUENCE and Numbering.blocks(size) only"),
                e.getMessage());
    }

    @Test
    void aBlockSizeOutsideOneToAMillionIsRefusedNamingTheRule() {
        for (int size : new int[] {0, -5, 1_000_001}) {
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> Numbering.blocks(size));
            assertTrue(e.getMessage().contains("size must be between 1 and 1000000, was " + size), e.getMessage());
        }
        assertEquals(1_000_000, ((Numbering.Blocks) Numbering.blocks(1_000_000)).size());
    }

    /** The factory as a JTA persistence unit's would present itself. */
    private static EntityManagerFactory jtaView(EntityManagerFactory factory) {
        return (EntityManagerFactory) Proxy.newProxyInstance(EntityManagerFactory.class.getClassLoader(),
                new Class<?>[] {EntityManagerFactory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getTransactionType")) {
                        return PersistenceUnitTransactionType.JTA;
                    }
                    try {
                        return method.invoke(factory, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
