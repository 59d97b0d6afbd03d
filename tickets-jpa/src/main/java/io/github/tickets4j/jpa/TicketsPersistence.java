package io.github.tickets4j.jpa;

import jakarta.persistence.PersistenceConfiguration;
import java.util.List;

/**
 * What a persistence unit needs to hold Tickets4j's tables: its managed classes. Hosts with a
 * {@code persistence.xml} list {@link #managedClassNames()} as {@code <class>} elements; hosts that configure in
 * code start from {@link #configuration(String)} or add {@link #managedClasses()} to their own configuration.
 * Every table name starts with {@link #TABLE_PREFIX}. {@link JpaStorage#problems()} reports a unit that lacks them.
 *
 * <p><strong>Needs Jakarta Persistence 3.2</strong> (Hibernate ORM 7, Spring Boot 4): its
 * {@link #configuration(String)} returns {@link PersistenceConfiguration}, new in 3.2, so on a 3.1 class path
 * (Hibernate ORM 6.6, Spring Boot 3.5) this class must not be used. Nothing else in Tickets4j refers to it, so
 * {@link JpaStorage} and the rest of the adapter work on 3.1 as on 3.2. A 3.1 host registers the five entity classes
 * itself, by name:
 * <ul>
 * <li>{@code io.github.tickets4j.jpa.TicketEntity}</li>
 * <li>{@code io.github.tickets4j.jpa.TimelineEntity}</li>
 * <li>{@code io.github.tickets4j.jpa.NumberCounterEntity}</li>
 * <li>{@code io.github.tickets4j.jpa.StatusCountEntity}</li>
 * <li>{@code io.github.tickets4j.jpa.GuestPassEntity}</li>
 * </ul>
 * as {@code <class>} elements of the unit in {@code META-INF/persistence.xml}, started with
 * {@code Persistence.createEntityManagerFactory(unitName, properties)}; or, with Spring Boot 3.5's own
 * {@code EntityManagerFactory}, by adding the package {@code io.github.tickets4j.jpa} to the packages it scans
 * ({@code @EntityScan("io.github.tickets4j.jpa")}). {@link JpaStorage#problems()} names any class the unit lacks,
 * on 3.1 too.
 */
public final class TicketsPersistence {
    /** The prefix of every table, index, constraint and sequence Tickets4j creates. */
    public static final String TABLE_PREFIX = "t4j_";
    private static final List<Class<?>> CLASSES = EntityClasses.ALL;

    private TicketsPersistence() {
    }

    /**
     * The entity classes Tickets4j maps. They are package-private: hosts register them, never use them.
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
