package io.github.tickets4j.jpa;

import io.github.tickets4j.core.spi.NumberSequence;
import jakarta.persistence.EntityManagerFactory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the testkit contracts need from a database: one entity manager factory per database serves every contract
 * test of the JVM (building one takes seconds), and each test starts from empty tables.
 */
final class ContractDatabases {
    private static final Map<TestDatabase, JpaTransactions> RUNNERS = new EnumMap<>(TestDatabase.class);

    private ContractDatabases() {
    }

    /** The runner of the database's shared factory, creating the schema and the factory on first use. */
    static JpaTransactions shared(TestDatabase db) {
        db.requireReachable();
        synchronized (RUNNERS) {
            return RUNNERS.computeIfAbsent(db, d -> {
                d.recreateSchema();
                EntityManagerFactory factory = d.factory();
                Runtime.getRuntime().addShutdownHook(new Thread(factory::close));
                return JpaTransactions.resourceLocal(factory);
            });
        }
    }

    /** A store on empty tables. */
    static JpaTicketStore emptyStore(TestDatabase db) {
        JpaTransactions runner = shared(db);
        db.clean();
        return new JpaTicketStore(runner);
    }

    /** The SEQUENCE strategy on empty tables, its sequence restarted after {@code lastIssued}. */
    static NumberSequence sequence(TestDatabase db, long lastIssued) {
        emptyStore(db);
        db.execute(List.of("alter sequence " + DatabaseKind.SEQUENCE + " restart with " + (lastIssued + 1)));
        return JpaNumberSequence.sequence(shared(db), db.kind);
    }

    /** The GAPLESS strategy on empty tables, its counter set to {@code lastIssued}. */
    static NumberSequence gapless(TestDatabase db, long lastIssued) {
        emptyStore(db);
        db.execute(List.of("update t4j_number_counter set last_value = " + lastIssued));
        return JpaNumberSequence.gapless(shared(db));
    }
}
