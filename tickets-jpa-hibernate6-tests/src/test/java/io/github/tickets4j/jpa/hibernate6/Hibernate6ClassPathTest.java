package io.github.tickets4j.jpa.hibernate6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.jpa.JpaStorage;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The module tests what it says: the contracts run on Hibernate ORM 6.6 and the Jakarta Persistence 3.1 API, with
 * Jakarta Validation 3.0 and Hibernate Validator 8, and against the tickets-jpa jar built against 3.2, as a Spring
 * Boot 3.5 host gets them. A dependency change that let
 * Hibernate 7 or the 3.2 API back in would otherwise go unnoticed.
 */
@DisplayName("[Hibernate 6.6] class path")
class Hibernate6ClassPathTest {

    @Test
    void hibernateOrmIsThePinnedSixPointSixRelease() {
        String expected = System.getProperty("tickets4j.expected.hibernate");
        assertNotNull(expected, "the build passes the pinned version as tickets4j.expected.hibernate");
        assertTrue(expected.startsWith("6.6."), expected);
        assertEquals(expected, org.hibernate.Version.getVersionString());
    }

    @Test
    void theJakartaPersistenceApiIsThreePointOne() throws ClassNotFoundException {
        // In 3.1 and 3.2 alike.
        Class.forName("jakarta.persistence.EntityManagerFactory");
        // New in 3.2.
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.persistence.PersistenceConfiguration"));
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("jakarta.persistence.PersistenceUnitTransactionType"));
    }

    @Test
    void validationIsTheLineSpringBootThreePointFiveBrings() throws Exception {
        // The desk under the contracts validates every command with these: Jakarta Validation 3.0, Hibernate
        // Validator 8.
        assertTrue(jar(jakarta.validation.Validation.class).endsWith("jakarta.validation-api-"
                + System.getProperty("tickets4j.expected.validation-api") + ".jar"),
                jar(jakarta.validation.Validation.class));
        assertTrue(jar(org.hibernate.validator.HibernateValidator.class).endsWith("hibernate-validator-"
                + System.getProperty("tickets4j.expected.hibernate-validator") + ".jar"),
                jar(org.hibernate.validator.HibernateValidator.class));
    }

    private static String jar(Class<?> type) throws Exception {
        return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
    }

    @Test
    void theAdapterUnderTestIsTheOneBuiltByTicketsJpa() throws Exception {
        Path from = Paths.get(JpaStorage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String where = from.toString().replace('\\', '/');
        assertTrue(where.contains("/tickets-jpa/target/") || where.matches(".*/tickets-jpa-[^/]+\\.jar"), where);
    }
}
