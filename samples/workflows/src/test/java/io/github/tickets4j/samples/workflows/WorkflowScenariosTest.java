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
    void withoutArgumentsEverySeedFrom001To004PlaysInOrderEachFollowedByItsCustomerStory() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        WorkflowScenarios.play(new PrintStream(buffer, true, StandardCharsets.UTF_8), Set.of());
        assertEquals(List.of("001", "001-guest", "002", "003", "003-coordinator", "004", "004-portal"),
                buffer.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("=== Seed "))
                        .map(l -> l.substring("=== Seed ".length(), l.indexOf(':'))).toList());
    }

    @Test
    void aSeedsNumberPlaysStaffsStoryAloneAndItsCustomerStoryIsNamedApart() {
        ScenarioOutput staff = ScenarioOutput.play("004");
        assertEquals(1, staff.lines().stream().filter(l -> l.startsWith("=== ")).count());
        ScenarioOutput portal = ScenarioOutput.play("004-portal");
        assertEquals(List.of("=== Seed 004-portal: the customer's portal: their ticket, staff's hidden one, internal"
                + " notes, closing ==="), portal.lines().stream().filter(l -> l.startsWith("=== ")).toList());
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
        assertEquals("unknown scenario in [005]; the scenarios are [001, 001-guest, 002, 003,"
                + " 003-coordinator, 004, 004-portal]", e.getMessage());
    }
}
