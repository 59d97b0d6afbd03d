package io.github.tickets4j.core.query;

import static io.github.tickets4j.core.query.Crm.OLGA;
import static io.github.tickets4j.core.query.Crm.SOLAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Free text ignores case as {@link TextFolding} defines it, beyond ASCII: dotted capital I, Greek final sigma,
 * sharp s and Danish letters fold alike in any case, while accents are kept.
 */
class TextFoldingTest {

    @ParameterizedTest(name = "{0} folds to {1}")
    @CsvSource({
        "İzmir, izmir", "IZMIR, izmir", "izmir, izmir",
        "ΟΔΟΣ, οδοσ", "οδος, οδοσ", "Οδος, οδοσ", "Οδός, οδόσ",
        "Straße, strasse", "STRASSE, strasse", "STRAẞE, strasse",
        "Ærø, ærø", "ÆRØ, ærø",
        "ﬁle, file", "ＡＢＣ, abc", "ı, i", "e\u0301, é", "Ż, ż"})
    void textFoldsByTheDocumentedRule(String text, String folded) {
        assertEquals(folded, TextFolding.fold(text));
    }

    @ParameterizedTest(name = "''{1}'' in ''{0}''")
    @CsvSource({
        "Hotel in İzmir, izmir", "Hotel in İzmir, IZMIR", "Hotel in izmir, İZMİR", "HOTEL IN IZMIR, İzmir",
        "Kleine ΟΔΟΣ 5, οδος", "kleine οδος 5, ΟΔΟΣ", "ΟΔΟΣΗΜΑΝΣΗ, οδοσ", "οδοσημανση, ΟΔΟΣ",
        "Lange Straße 4, STRASSE", "LANGE STRASSE 4, straße", "lange strasse, Straße",
        "Ferry to Ærø, ÆRØ", "FERRY TO ÆRØ, ærø", "ærø harbour, Ærø"})
    void aNeedleMatchesTextContainingItInAnyCase(String text, String needle) {
        assertTrue(TextFolding.contains(text, needle));
    }

    @ParameterizedTest(name = "''{1}'' not in ''{0}''")
    @CsvSource({"Οδός, οδος", "οδος, Οδός", "Café, cafe", "Izmír, izmir", "Aero, ærø", "Strase, straße"})
    void accentsAndOtherLettersAreNotFolded(String text, String needle) {
        assertFalse(TextFolding.contains(text, needle));
    }

    @Test
    void foldingRefusesNull() {
        assertThrows(NullPointerException.class, () -> TextFolding.fold(null));
    }

    @Test
    void theInMemoryDeskFindsNonAsciiTitlesAndDescriptionsInAnyCase() {
        Crm crm = Crm.standard();
        Ticket izmir = crm.create("Hotel in İzmir", SOLAR);
        Ticket odos = crm.create(OLGA, CreateTicket.titled("Address").project(SOLAR).description("Kleine ΟΔΟΣ 5"));
        Ticket strasse = crm.create("Lange Straße 4", SOLAR);
        Ticket aero = crm.create(OLGA, CreateTicket.titled("Ferry").project(SOLAR).description("To ærø, weekly"));
        Ticket accented = crm.create("Οδός Ερμού", SOLAR);
        assertFinds(crm, List.of("izmir", "IZMIR", "İzmir", "iZmİr"), izmir);
        assertFinds(crm, List.of("οδος", "ΟΔΟΣ", "Οδος"), odos);
        assertFinds(crm, List.of("Οδός", "ΟΔΌΣ"), accented);
        assertFinds(crm, List.of("strasse", "STRASSE", "Straße", "STRAẞE"), strasse);
        assertFinds(crm, List.of("ærø", "ÆRØ", "Ærø"), aero);
    }

    private static void assertFinds(Crm crm, List<String> needles, Ticket expected) {
        for (String needle : needles) {
            TicketQuery query = TicketQuery.builder().text(needle).build();
            assertEquals(Crm.numbers(expected), crm.search(OLGA, query, Sort.ascending(SortField.NUMBER)), needle);
            assertEquals(1, crm.desk().count(OLGA, query), needle);
        }
    }
}
