package io.github.tickets4j.jpa.hibernate6;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.jpa.DatabaseKind;
import io.github.tickets4j.jpa.JpaStorage;
import io.github.tickets4j.jpa.Numbering;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Jakarta Persistence 3.1 bootstrap that tickets-jpa/README.md documents: the entity classes listed in
 * {@code META-INF/persistence.xml}, the unit started with {@link Persistence#createEntityManagerFactory(String, Map)},
 * and {@link JpaStorage#problems()} naming the classes a unit lacks, all without touching the 3.2-only
 * {@code TicketsPersistence}.
 */
@DisplayName("[Hibernate 6.6, H2] persistence.xml bootstrap")
class PersistenceXmlBootstrapTest {
    private static final List<String> ENTITIES = List.of("io.github.tickets4j.jpa.TicketEntity",
            "io.github.tickets4j.jpa.TimelineEntity", "io.github.tickets4j.jpa.NumberCounterEntity",
            "io.github.tickets4j.jpa.StatusCountEntity", "io.github.tickets4j.jpa.GuestPassEntity");

    private static EntityManagerFactory unit(String name) {
        return Persistence.createEntityManagerFactory(name, Map.of(
                "jakarta.persistence.jdbc.url", "jdbc:h2:mem:persistence-xml-bootstrap;DB_CLOSE_DELAY=-1",
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", ""));
    }

    @Test
    void aUnitListingTheFiveEntityClassesHasNoProblemsAndBuildsEveryKindOfStorage() {
        try (EntityManagerFactory factory = unit("tickets4j")) {
            assertEquals(List.of(), JpaStorage.resourceLocal(factory, DatabaseKind.H2).problems());
            // The builder asks for the unit's transaction type, a 3.2 method: on 3.1 it must not fail for want of it.
            JpaStorage gapless = JpaStorage.builder(factory, DatabaseKind.H2).numbering(Numbering.GAPLESS).build();
            assertEquals(Numbering.GAPLESS, gapless.numbering());
            JpaStorage.builder(factory, DatabaseKind.H2).hostManaged(factory::createEntityManager).build();
        }
    }

    @Test
    void aUnitWithoutThemIsReportedNamingEachClassAndPersistenceXml() {
        try (EntityManagerFactory factory = unit("without-tickets4j")) {
            List<String> problems = JpaStorage.resourceLocal(factory, DatabaseKind.H2).problems();

            assertEquals(1, problems.size(), problems::toString);
            String missing = problems.get(0).substring(0, problems.get(0).indexOf(';'));
            ENTITIES.forEach(name -> assertTrue(missing.contains(name), () -> name + " missing from: " + missing));
            assertTrue(problems.get(0).contains("<class> elements of persistence.xml"), problems.get(0));
        }
    }

    @Test
    void aUnitWithSomeOfThemIsReportedNamingTheMissingOnesAndAllFiveToRegister() {
        try (EntityManagerFactory factory = unit("tickets-only")) {
            String problem = JpaStorage.resourceLocal(factory, DatabaseKind.H2).problems().get(0);

            String missing = problem.substring(0, problem.indexOf(';'));
            assertTrue(missing.endsWith("classes " + String.join(", ", ENTITIES.subList(2, ENTITIES.size()))),
                    missing);
            assertFalse(missing.contains(ENTITIES.get(0)), missing);
            // A 3.1 host is told all five, by name, since TicketsPersistence is not for it.
            String advice = problem.substring(missing.length());
            ENTITIES.forEach(name -> assertTrue(advice.contains(name.substring(name.lastIndexOf('.') + 1)),
                    () -> name + " is not named for registration: " + problem));
            assertTrue(advice.contains("Jakarta Persistence 3.1")
                    && advice.contains(" of the package io.github.tickets4j.jpa)"), problem);
            // A Spring Boot 3.5 host scans the adapter's package.
            assertTrue(advice.contains("@EntityScan(\"io.github.tickets4j.jpa\")"), problem);
        }
    }
}
