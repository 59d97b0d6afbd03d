package io.github.tickets4j.core.query;

import static io.github.tickets4j.core.query.SortAndPageTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.ticket.Ticket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The free-text filter: a ticket number exactly, otherwise title or description, ignoring case. */
class FreeTextTest {
    private final SixTickets x = new SixTickets();

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"RE00000002", "re00000002", " re00000002", "Re00000002  "})
    void aTicketNumberFindsExactlyThatTicketInAnyCaseAndWithBlanks(String typed) {
        assertFindsText(typed, x.t2);
    }

    @Test
    void aPartOfANumberOrAnUnissuedNumberFindsNothing() {
        assertFindsText("RE0000000");
        assertFindsText("00000002");
        assertFindsText("RE00000099");
    }

    @Test
    void otherTextMatchesTitlesAndDescriptionsContainingItIgnoringCase() {
        // "panel" is in 1's title and, upper-cased, in 3's description.
        assertFindsText("PaNeL", x.t1, x.t3);
        assertFindsText("after storm", x.t5);
        assertFindsText("date upd", x.t2);
    }

    @Test
    void textMatchingNothingFindsNothing() {
        assertFindsText("heat pump");
    }

    @Test
    void textCombinesWithOtherFilters() {
        assertEquals(Crm.numbers(x.t3), x.crm.search(Crm.OLGA,
                TicketQuery.builder().text("panel").statuses("CLOSED").build()));
    }

    @Test
    void textOfTwoHundredCharactersIsAcceptedAndLongerIsRefused() {
        assertFindsText("a".repeat(TicketQuery.MAX_TEXT));
        assertRefused("text", () -> TicketQuery.builder().text("a".repeat(TicketQuery.MAX_TEXT + 1)).build());
    }

    @ParameterizedTest(name = "control character {index}")
    @ValueSource(strings = {"panel\u0000", "pa\nnel", "pa\tnel", "pa\u007fnel", "pa\u001bnel"})
    void textWithControlCharactersIsRefused(String text) {
        assertRefused("text", () -> TicketQuery.builder().text(text).build());
    }

    private void assertFindsText(String text, Ticket... expected) {
        TicketQuery query = TicketQuery.builder().text(text).build();
        assertEquals(Crm.numbers(expected), x.crm.search(Crm.OLGA, query));
        assertEquals(expected.length, x.crm.desk().count(Crm.OLGA, query));
    }
}
