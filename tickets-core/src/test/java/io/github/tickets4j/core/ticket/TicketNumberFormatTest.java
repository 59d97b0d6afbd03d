package io.github.tickets4j.core.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.workflow.DeskFixture;
import io.github.tickets4j.core.workflow.Workflows;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ticket numbers as seed 000 shows them (RE + 8 digits) and as people type them. */
class TicketNumberFormatTest {
    private static final TicketNumberFormat RE = TicketNumberFormat.DEFAULT;

    @Test
    void theDefaultFormatIsReFollowedByEightDigits() {
        assertEquals("RE", RE.prefix());
        assertEquals(8, RE.width());
        assertEquals(99_999_999L, RE.maximum());
    }

    @Test
    void numbersArePaddedWithZerosToTheFullWidth() {
        assertEquals("RE00000001", RE.format(1).value());
        assertEquals("RE00001234", RE.format(1234).value());
        assertEquals("RE87654321", RE.format(87_654_321).toString());
        assertEquals("INC00042", TicketNumberFormat.of("INC", 5).format(42).value());
    }

    @Test
    void parsingIgnoresCaseAndSurroundingBlanks() {
        TicketNumber expected = RE.format(1234);
        assertEquals(Optional.of(expected), RE.parse(" re00001234"));
        assertEquals(Optional.of(expected), RE.parse("Re00001234\t\n"));
        assertEquals(Optional.of(expected), RE.parse("\u2003RE00001234 "));
        assertEquals(Optional.of(TicketNumberFormat.of("INC", 5).format(42)),
                TicketNumberFormat.of("INC", 5).parse("inc00042 "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "RE1234", "RE000012345", "XX00001234", "RE0000123A", "RE00000000", "RE 0001234",
        "RE-0001234", "RE+0001234", "00001234", "RE\u0660\u0660\u0660\u0660\u0661\u0662\u0663\u0664",
        "RE00001234X", "R E00001234", "RE00001234RE", "ER00001234"})
    void textThatIsNotATicketNumberDoesNotParse(String text) {
        assertEquals(Optional.empty(), RE.parse(text));
        ValidationFailedException refused = assertThrows(ValidationFailedException.class, () -> RE.require(text));
        assertEquals("ticketNumber", refused.violations().get(0).field());
        assertTrue(refused.getMessage().contains("RE followed by 8 digits"), refused.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"re", "R3", "ABCDEFGHIJK", "R-E", " RE", "RÉ"})
    void aPrefixMustBeOneToTenUpperCaseLetters(String prefix) {
        ValidationFailedException refused = assertThrows(ValidationFailedException.class,
                () -> TicketNumberFormat.of(prefix, 8));
        assertEquals("prefix", refused.violations().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 19})
    void theWidthMustBeOneToEighteenDigits(int width) {
        ValidationFailedException refused = assertThrows(ValidationFailedException.class,
                () -> TicketNumberFormat.of("RE", width));
        assertEquals("width", refused.violations().get(0).field());
    }

    @Test
    void theWidestAndNarrowestFormatsHoldTheirFullRange() {
        assertEquals(999_999_999_999_999_999L, TicketNumberFormat.of("ABCDEFGHIJ", 18).maximum());
        assertEquals("T9", TicketNumberFormat.of("T", 1).format(9).value());
        assertEquals(9, TicketNumberFormat.of("T", 1).maximum());
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 0, 100})
    void aSequenceValueOutsideTheFormatIsRefused(long sequence) {
        ValidationFailedException refused = assertThrows(ValidationFailedException.class,
                () -> TicketNumberFormat.of("T", 2).format(sequence));
        assertEquals("ticketNumber", refused.violations().get(0).field());
    }

    @Test
    void numbersOrderByTheirSequenceValue() {
        assertTrue(RE.format(9).compareTo(RE.format(10)) < 0);
        assertTrue(RE.format(10).compareTo(RE.format(9)) > 0);
        assertEquals(0, RE.format(7).compareTo(RE.parse("re00000007").orElseThrow()));
    }

    @Test
    void theDeskReadsATypedNumberAndFindsTheTicket() {
        DeskFixture f = DeskFixture.with(Workflows.standard());
        Ticket ticket = f.open();
        TicketNumber typed = f.desk().number("  re00000001 ");
        assertEquals(ticket.number(), typed);
        assertEquals(ticket.id(), f.desk().find(DeskFixture.ADMIN, typed).orElseThrow().id());
        ValidationFailedException refused = assertThrows(ValidationFailedException.class,
                () -> f.desk().number("ticket 1"));
        assertEquals("ticketNumber", refused.violations().get(0).field());
    }
}
