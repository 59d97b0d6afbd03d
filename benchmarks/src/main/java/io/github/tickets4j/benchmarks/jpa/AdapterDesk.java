package io.github.tickets4j.benchmarks.jpa;

import io.github.tickets4j.benchmarks.data.Dataset;
import io.github.tickets4j.benchmarks.jdbc.Database;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.jpa.JpaStorage;
import io.github.tickets4j.jpa.Numbering;
import io.github.tickets4j.jpa.TicketsPersistence;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import java.time.Clock;

/**
 * A desk on the JPA adapter as a host sets it up: Hibernate ORM found by the Jakarta Persistence bootstrap, its
 * built-in connection pool, the adapter's {@link JpaStorage} with resource-local transactions, and every other
 * setting left at its default.
 */
public final class AdapterDesk implements AutoCloseable {
    private final EntityManagerFactory factory;
    private final TicketDesk desk;

    private AdapterDesk(EntityManagerFactory factory, TicketDesk desk) {
        this.factory = factory;
        this.desk = desk;
    }

    /**
     * Opens a desk on a schema that holds the adapter's tables, its clock stopped at {@link Dataset#NOW}.
     *
     * @param db the database, never null
     * @param schema the schema, never null
     * @param numbering how numbers are drawn, never null
     * @return the desk, to be closed; never null
     */
    public static AdapterDesk open(Database db, String schema, Numbering numbering) {
        return open(db, schema, numbering, Dataset.clock());
    }

    /**
     * Opens a desk on a schema that holds the adapter's tables.
     *
     * @param db the database, never null
     * @param schema the schema, never null
     * @param numbering how numbers are drawn, never null
     * @param clock the desk's clock, never null
     * @return the desk, to be closed; never null
     */
    public static AdapterDesk open(Database db, String schema, Numbering numbering, Clock clock) {
        EntityManagerFactory factory = TicketsPersistence.configuration("tickets4j-benchmarks")
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .property(PersistenceConfiguration.JDBC_URL, db.url(schema))
                .property(PersistenceConfiguration.JDBC_USER, db.user())
                .property(PersistenceConfiguration.JDBC_PASSWORD, db.password())
                .createEntityManagerFactory();
        try {
            JpaStorage storage = JpaStorage.builder(factory, db.kind()).numbering(numbering).build();
            return new AdapterDesk(factory, Dataset.desk().clock(clock).storage(storage).build());
        } catch (RuntimeException e) {
            factory.close();
            throw e;
        }
    }

    /** @return the desk, never null */
    public TicketDesk desk() {
        return desk;
    }

    /** Closes the entity manager factory and its connections. */
    @Override
    public void close() {
        factory.close();
    }
}
