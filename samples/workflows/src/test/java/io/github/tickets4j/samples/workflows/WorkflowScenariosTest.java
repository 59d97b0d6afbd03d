package io.github.tickets4j.samples.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The entry point: which scenarios run. */
class WorkflowScenariosTest {

    @Test
    void withoutArgumentsEverySeedFrom001To004PlaysInOrder() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        WorkflowScenarios.play(new PrintStream(buffer, true, StandardCharsets.UTF_8), Set.of());
        assertEquals(List.of("=== Seed 001", "=== Seed 002", "=== Seed 003", "=== Seed 004"),
                buffer.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("=== "))
                        .map(l -> l.substring(0, 12)).toList());
    }

    @Test
    void namedSeedsPlayAlone() {
        ScenarioOutput out = ScenarioOutput.play("003");
        assertEquals(1, out.lines().stream().filter(l -> l.startsWith("=== ")).count());
        out.hasLineEndingWith("=== Seed 003: Workforce helpdesk: assign, pick up, schedule, start, reopen by the"
                + " creator, named views ===");
    }

    @Test
    void anUnknownSeedIsRefusedNamingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkflowScenarios.play(new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8), Set.of("005")));
        assertEquals("unknown seed in [005]; the scenarios are [001, 002, 003, 004]", e.getMessage());
    }
}
