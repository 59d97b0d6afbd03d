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
 * The module tests what it says: the contracts run on Hibernate ORM 6.6 and the Jakarta Persistence 3.1 API, and
 * against the tickets-jpa jar built against 3.2, as a Spring Boot 3.5 host gets them. A dependency change that let
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
    void theAdapterUnderTestIsTheOneBuiltByTicketsJpa() throws Exception {
        Path from = Paths.get(JpaStorage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String where = from.toString().replace('\\', '/');
        assertTrue(where.contains("/tickets-jpa/target/") || where.matches(".*/tickets-jpa-[^/]+\\.jar"), where);
    }
}
