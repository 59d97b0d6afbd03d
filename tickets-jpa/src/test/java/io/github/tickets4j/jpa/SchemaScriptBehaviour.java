package io.github.tickets4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shipped schema script of each database is what the entities expect, as Hibernate's validation judges. */
abstract class SchemaScriptBehaviour {

    abstract TestDatabase database();

    @BeforeEach
    void freshSchema() {
        database().requireReachable();
        database().recreateSchema();
    }

    @Test
    void hibernateSchemaValidationAcceptsTheShippedScript() {
        try (EntityManagerFactory factory = database().factory()) {
            assertTrue(factory.isOpen());
        }
        assertEquals(0, database().queryLong("select last_value from t4j_number_counter where name = 'tickets'"));
    }

    @Test
    void hibernateSchemaValidationRejectsTheScriptWithoutTheVersionColumn() {
        database().execute(List.of("alter table t4j_ticket drop column version"));
        RuntimeException e = assertThrows(RuntimeException.class, () -> database().factory().close());
        assertTrue(String.valueOf(rootMessage(e)).contains("version"), () -> "unexpected failure: " + rootMessage(e));
    }

    private static String rootMessage(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            s.append(t.getMessage()).append(" / ");
        }
        return s.toString();
    }
}
