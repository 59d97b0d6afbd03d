package io.github.tickets4j.jpa;

import io.github.tickets4j.core.spi.TicketStorage;
import jakarta.persistence.EntityManagerFactory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the testkit contracts need from a database: one entity manager factory per database serves every contract
 * test of the JVM (building one takes seconds), and each test starts from empty tables.
 */
final class ContractDatabases {
    private static final Map<TestDatabase, EntityManagerFactory> FACTORIES = new EnumMap<>(TestDatabase.class);

    private ContractDatabases() {
    }

    /** The database's shared factory, creating the schema and the factory on first use. */
    static EntityManagerFactory shared(TestDatabase db) {
        db.requireReachable();
        synchronized (FACTORIES) {
            return FACTORIES.computeIfAbsent(db, d -> {
                d.recreateSchema();
                EntityManagerFactory factory = d.factory();
                Runtime.getRuntime().addShutdownHook(new Thread(factory::close));
                return factory;
            });
        }
    }

    /** Resource-local storage with the default numbering (GAPLESS), on empty tables. */
    static JpaStorage emptyStorage(TestDatabase db) {
        EntityManagerFactory factory = shared(db);
        db.clean();
        return JpaStorage.resourceLocal(factory, db.kind);
    }

    /** Storage whose transactions an emulated host begins and ends around each desk call, on empty tables. */
    static TicketStorage emptyHostManagedStorage(TestDatabase db, EmulatedHost host) {
        db.clean();
        return host.aroundEachCall(host.storage(db, Numbering.GAPLESS));
    }

    /** Storage with the SEQUENCE strategy on empty tables, the default tenant's counter set to {@code lastIssued}. */
    static JpaStorage sequence(TestDatabase db, long lastIssued) {
        return counted(db, lastIssued, Numbering.SEQUENCE);
    }

    /** Storage with the GAPLESS strategy on empty tables, the default tenant's counter set to {@code lastIssued}. */
    static JpaStorage gapless(TestDatabase db, long lastIssued) {
        return counted(db, lastIssued, Numbering.GAPLESS);
    }

    /**
     * Storage numbering with blocks of 7 on empty tables, the default tenant's counter set to {@code lastIssued}:
     * a small block, so that the contract's draws span several.
     */
    static JpaStorage blocks(TestDatabase db, long lastIssued) {
        return counted(db, lastIssued, Numbering.blocks(7));
    }

    private static JpaStorage counted(TestDatabase db, long lastIssued, Numbering numbering) {
        EntityManagerFactory factory = shared(db);
        db.clean();
        db.execute(List.of("update t4j_number_counter set last_value = " + lastIssued
                + " where tenant_id = 'default'"));
        return JpaStorage.builder(factory, db.kind).numbering(numbering).build();
    }
}
