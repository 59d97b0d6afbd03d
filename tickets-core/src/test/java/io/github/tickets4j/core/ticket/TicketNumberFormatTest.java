package io.github.tickets4j.core.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.workflow.DeskFixture;
import io.github.tickets4j.core.workflow.Workflows;
import java.util.Optional;
import java.util.Set;
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
    @ValueSource(strings = {"   ", "RE", "RE000012345", "RE123456789", "XX00001234", "RE0000123A", "RE00000000",
        "RE0", "RE000", "RE 0001234", "RE-0001234", "RE+0001234", "RE+1", "RE-1", "RE 1", "RE1 2", "RE12 34",
        "00001234", "RE\u0660\u0660\u0660\u0660\u0661\u0662\u0663\u0664", "RE\u0661", "RE00001234X",
        "RE1X", "R E00001234", "RE00001234RE", "ER00001234", "ER1", "RE1.0", "RE1e3"})
    void textThatIsNotATicketNumberDoesNotParse(String text) {
        assertEquals(Optional.empty(), RE.parse(text));
        ValidationFailedException refused = assertThrows(ValidationFailedException.class, () -> RE.require(text));
        assertEquals("ticketNumber", refused.violations().get(0).field());
        assertTrue(refused.getMessage().contains("RE followed by 1 to 8 digits"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"RE00001234", "RE0001234", "RE01234", "RE1234", "re1234", " Re001234\t"})
    void leadingZerosMayBeLeftOutUpToTheWidth(String text) {
        TicketNumber parsed = RE.parse(text).orElseThrow();
        assertEquals(1234, parsed.sequence());
        assertEquals(RE.format(1234), parsed);
        assertEquals("RE00001234", parsed.value(), "a parsed number is shown with the format's width");
    }

    @Test
    void numbersNamingTheSamePrefixAndSequenceAreEqualWhateverTheirWidths() {
        TicketNumber narrow = TicketNumberFormat.of("RE", 2).format(1);
        TicketNumber wide = TicketNumberFormat.of("RE", 8).format(1);
        assertEquals("RE01", narrow.value());
        assertEquals("RE00000001", wide.value());
        assertEquals(narrow, wide);
        assertEquals(wide, narrow);
        assertEquals(narrow.hashCode(), wide.hashCode());
        assertEquals(0, narrow.compareTo(wide));
        assertEquals(Set.of(narrow), Set.of(wide));
        assertNotEquals(narrow, TicketNumberFormat.of("T", 2).format(1), "another prefix is another number");
        assertNotEquals(narrow, TicketNumberFormat.of("RE", 2).format(2));
    }

    @Test
    void numbersWithTheSameSequenceOrderByPrefixSoTheOrderAgreesWithEquality() {
        TicketNumber re = RE.format(5);
        TicketNumber t = TicketNumberFormat.of("T", 1).format(5);
        assertTrue(re.compareTo(t) < 0 && t.compareTo(re) > 0);
        assertTrue(TicketNumberFormat.of("T", 1).format(4).compareTo(re) < 0, "the sequence decides first");
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
