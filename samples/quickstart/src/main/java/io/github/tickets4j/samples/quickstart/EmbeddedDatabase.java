package io.github.tickets4j.samples.quickstart;

import io.github.tickets4j.jpa.DatabaseKind;
import io.github.tickets4j.jpa.TicketsPersistence;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;

/**
 * An H2 database in memory, holding Tickets4j's tables, with a persistence unit on it: no server, nothing on
 * disk. The schema comes from the adapter's own H2 scripts, run in order as a host's migration tool would run
 * them. Closing it closes the persistence unit and drops the database.
 */
final class EmbeddedDatabase implements AutoCloseable {
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    // H2 drops an in-memory database when its last connection closes: this one keeps it for the story's length.
    private final Connection keepAlive;
    private final EntityManagerFactory factory;

    private EmbeddedDatabase(Connection keepAlive, EntityManagerFactory factory) {
        this.keepAlive = keepAlive;
        this.factory = factory;
    }

    /**
     * Creates a fresh database, runs the schema scripts and opens the persistence unit.
     *
     * @return the database, never null
     * @throws IllegalStateException if the database cannot be created
     */
    static EmbeddedDatabase start() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:tickets4j-quickstart-" + INSTANCES.incrementAndGet());
        Connection keepAlive = null;
        try {
            keepAlive = dataSource.getConnection();
            try (Statement ddl = keepAlive.createStatement()) {
                // A new database runs every script in order: the 0.1 schema, then the 0.2 migration.
                for (String script : DatabaseKind.H2.schemaScripts()) {
                    ddl.execute("RUNSCRIPT FROM 'classpath:/" + script + "'");
                }
            }
            // A host passes its own DataSource (a pool in production). The standard key names a JNDI resource,
            // and Hibernate and EclipseLink also take the DataSource object itself under it.
            EntityManagerFactory factory = TicketsPersistence.configuration("tickets4j-quickstart")
                    .property("jakarta.persistence.nonJtaDataSource", dataSource)
                    .createEntityManagerFactory();
            return new EmbeddedDatabase(keepAlive, factory);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(keepAlive, e);
            throw new IllegalStateException("Cannot start the embedded H2 database: " + e.getMessage(), e);
        }
    }

    /** @return the persistence unit holding Tickets4j's classes, never null */
    EntityManagerFactory entityManagerFactory() {
        return factory;
    }

    @Override
    public void close() {
        try (Connection last = keepAlive) {
            factory.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot close the embedded H2 database", e);
        }
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
