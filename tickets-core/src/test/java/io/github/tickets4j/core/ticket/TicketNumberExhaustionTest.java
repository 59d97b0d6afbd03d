package io.github.tickets4j.core.ticket;

import static io.github.tickets4j.core.workflow.DeskFixture.FINANCE;
import static io.github.tickets4j.core.workflow.DeskFixture.OPERATIONS;
import static io.github.tickets4j.core.workflow.DeskFixture.OTHER_PROJECT;
import static io.github.tickets4j.core.workflow.DeskFixture.OWN_PROJECT;
import static io.github.tickets4j.core.workflow.DeskFixture.SALES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.NumbersExhaustedException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.workflow.DeskFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers come from the sequence only for creations that succeed, and run out loudly, never silently. */
class TicketNumberExhaustionTest {

    @Test
    void aTwoDigitDeskIssuesNinetyNineNumbersThenRefusesAndSavesNothing() {
        DeskFixture f = DeskFixture.configured(b -> b.numberFormat(TicketNumberFormat.of("T", 2)));
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < 99; i++) {
            issued.add(f.open(OPERATIONS, OWN_PROJECT).number().value());
        }
        assertEquals("T01", issued.get(0));
        assertEquals("T99", issued.get(98));
        assertEquals(99, issued.stream().distinct().count());

        NumbersExhaustedException refused = assertThrows(NumbersExhaustedException.class,
                () -> f.open(OPERATIONS, OWN_PROJECT));
        assertTrue(refused.getMessage().contains("99"), refused.getMessage());
        assertEquals(99, f.count());
        assertEquals(99, f.events().size());
        assertThrows(NumbersExhaustedException.class, () -> f.open(OPERATIONS, OWN_PROJECT));
        assertEquals(99, f.count());
    }

    @Test
    void aRefusedCreationConsumesNoNumber() {
        DeskFixture f = DeskFixture.configured(b -> b);
        assertThrows(AccessDeniedException.class, () -> f.open(FINANCE, OWN_PROJECT));
        assertThrows(AccessDeniedException.class, () -> f.open(SALES, OTHER_PROJECT));
        assertThrows(ValidationFailedException.class,
                () -> f.desk().create(OPERATIONS, CreateTicket.titled("  ").project(OWN_PROJECT).build()));
        assertThrows(ValidationFailedException.class, () -> f.desk().create(OPERATIONS,
                CreateTicket.titled("Unknown project").project(ProjectId.of("P-NONE")).build()));
        assertEquals("RE00000001", f.open(OPERATIONS, OWN_PROJECT).number().value());
    }
}
