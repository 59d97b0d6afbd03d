package io.github.tickets4j.core.ticket;

import static io.github.tickets4j.core.workflow.DeskFixture.ADMIN;
import static io.github.tickets4j.core.workflow.DeskFixture.OWN_PROJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.NumbersExhaustedException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.workflow.DeskFixture;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Widening the number format after exhaustion, as the exhaustion message advises, keeps every existing ticket
 * findable by the number it shows and by the same number typed with the new width; new tickets continue the
 * sequence under the new width.
 */
class TicketNumberWideningTest {
    private static final TicketNumberFormat NARROW = TicketNumberFormat.of("RE", 2);
    private static final TicketNumberFormat WIDE = TicketNumberFormat.of("RE", 4);

    @Test
    void wideningTheFormatAfterExhaustionKeepsEveryExistingTicketFindable() {
        TicketStorage storage = new InMemoryStorage();
        TicketDesk narrow = desk(storage, NARROW);
        List<Ticket> old = new ArrayList<>();
        for (int i = 0; i < 99; i++) {
            old.add(create(narrow));
        }
        NumbersExhaustedException exhausted = assertThrows(NumbersExhaustedException.class, () -> create(narrow));
        assertTrue(exhausted.getMessage().contains("widen the number format"), exhausted.getMessage());

        TicketDesk wide = desk(storage, WIDE);
        Ticket first = old.get(0);
        assertEquals("RE01", first.number().value());
        for (String typed : List.of("RE01", "RE0001", "re1", " Re001 ")) {
            Ticket found = wide.find(ADMIN, wide.number(typed)).orElseThrow(() -> new AssertionError(typed));
            assertEquals(first.id(), found.id(), typed);
            assertEquals("RE01", found.number().value(), "the ticket keeps the number it was stored with");
        }
        assertEquals(old.get(98).id(), wide.find(ADMIN, wide.number("RE0099")).orElseThrow().id());

        Ticket next = create(wide);
        assertEquals("RE0100", next.number().value(), "new tickets continue the sequence under the new width");
        assertEquals(100, next.number().sequence());

        // Commands and free text reach the old tickets through the widened desk.
        Ticket closed = wide.execute(ADMIN, wide.number("RE0001"), new TicketCommand.Close());
        assertEquals("RE01", closed.number().value());
        assertEquals(1, closed.version());
        for (String typed : List.of("RE01", "RE0001", "re1")) {
            assertEquals(List.of(first.id()), wide.search(ADMIN, TicketQuery.builder().text(typed).build(),
                    Sort.NEWEST_FIRST, PageRequest.first(10)).items().stream().map(TicketSummary::id).toList(),
                    "free text " + typed);
        }
        assertEquals(100, wide.count(ADMIN, TicketQuery.all()));
        // The narrow desk still reads its own numbers, and refuses those too wide for it.
        assertEquals(first.id(), narrow.find(ADMIN, narrow.number("RE01")).orElseThrow().id());
        assertThrows(ValidationFailedException.class, () -> narrow.number("RE0100"));
    }

    @Test
    void aNumberTypedInAnyWidthFindsTheSameTicketButAnotherPrefixDoesNot() {
        TicketStorage storage = new InMemoryStorage();
        Ticket re = create(desk(storage, NARROW));
        TicketDesk other = desk(storage, TicketNumberFormat.of("T", 8));
        assertEquals("T00000002", create(other).number().value());
        assertTrue(other.find(ADMIN, other.number("T1")).isEmpty(), "T1 is not RE01");
        TicketDesk widest = desk(storage, TicketNumberFormat.of("RE", 18));
        assertEquals(re.id(), widest.find(ADMIN, widest.number("RE" + "0".repeat(17) + "1")).orElseThrow().id());
    }

    private static Ticket create(TicketDesk desk) {
        return desk.create(ADMIN, CreateTicket.titled("Inverter shows error 42").project(OWN_PROJECT).build());
    }

    private static TicketDesk desk(TicketStorage storage, TicketNumberFormat format) {
        return TicketDesk.builder().storage(storage).directory(DeskFixture.directory()).zone(ZoneOffset.UTC)
                .clock(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC)).numberFormat(format)
                .validator(Validation.buildDefaultValidatorFactory().getValidator()).build();
    }
}
