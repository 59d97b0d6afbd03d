package io.github.tickets4j.jpa;

import io.github.tickets4j.jpa.internal.NumberCounterEntity;
import io.github.tickets4j.jpa.internal.StatusCountEntity;
import io.github.tickets4j.jpa.internal.TicketEntity;
import io.github.tickets4j.jpa.internal.TimelineEntity;
import jakarta.persistence.PersistenceConfiguration;
import java.util.List;

/**
 * What a persistence unit needs to hold Tickets4j's tables: its managed classes. Hosts with a
 * {@code persistence.xml} list {@link #managedClassNames()} as {@code <class>} elements; hosts that configure in
 * code start from {@link #configuration(String)} or add {@link #managedClasses()} to their own configuration.
 * Every table name starts with {@link #TABLE_PREFIX}. {@link JpaStorage#problems()} reports a unit that lacks them.
 */
public final class TicketsPersistence {
    /** The prefix of every table, index, constraint and sequence Tickets4j creates. */
    public static final String TABLE_PREFIX = "t4j_";
    private static final List<Class<?>> CLASSES = List.of(TicketEntity.class, TimelineEntity.class,
            NumberCounterEntity.class, StatusCountEntity.class);

    private TicketsPersistence() {
    }

    /**
     * The entity classes Tickets4j maps. They are internal: hosts register them, never use them.
     *
     * @return the classes, never null
     */
    public static List<Class<?>> managedClasses() {
        return CLASSES;
    }

    /**
     * The fully qualified names of {@link #managedClasses()}, for {@code <class>} elements of a
     * {@code persistence.xml}.
     *
     * @return the names, never null
     */
    public static List<String> managedClassNames() {
        return CLASSES.stream().map(Class::getName).toList();
    }

    /**
     * Starts a persistence unit that holds Tickets4j's classes; add the provider, the connection and your own
     * classes, then call {@link PersistenceConfiguration#createEntityManagerFactory()}.
     *
     * @param unitName the unit's name, never null
     * @return the configuration, never null
     */
    public static PersistenceConfiguration configuration(String unitName) {
        PersistenceConfiguration configuration = new PersistenceConfiguration(unitName);
        CLASSES.forEach(configuration::managedClass);
        return configuration;
    }
}
