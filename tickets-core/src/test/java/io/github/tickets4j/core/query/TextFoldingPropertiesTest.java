package io.github.tickets4j.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.ticket.DirectChanges;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link TextFolding} over arbitrary text, and free text matching the examples in any case mix. */
class TextFoldingPropertiesTest {
    /** Each example's spellings, all of which must match each other. */
    private static final List<List<String>> EXAMPLES = List.of(
            List.of("İzmir", "izmir", "IZMIR", "İZMİR"),
            List.of("ΟΔΟΣ", "οδος", "Οδος", "οδοσ"),
            List.of("Οδός", "ΟΔΌΣ", "οδός"),
            List.of("Straße", "STRASSE", "strasse", "STRAẞE"),
            List.of("Ærø", "ÆRØ", "ærø"));
    /** Letters that text around a needle may hold: ASCII, Greek, Turkish and Danish, marks and blanks. */
    private static final String SURROUNDINGS = "abcXYZ iIıİ ßẞ αΑσςΣόΌ æÆøØ \u0301\u0307\u0308 .,-";

    @Property(tries = 2000)
    void foldingIsIdempotent(@ForAll("anyText") String text) {
        String once = TextFolding.fold(text);
        assertEquals(once, TextFolding.fold(once));
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<Character> marks = Arbitraries.of('\u0301', '\u0307', '\u0308', '\u0323', '\u0342', '\u0345',
                '\u030c', '\u0327');
        Arbitrary<Character> letters = Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u2fff'),
                Arbitraries.chars().range('\u0370', '\u03ff'), Arbitraries.of(chars(SURROUNDINGS)), marks);
        return Arbitraries.oneOf(Arbitraries.strings(), letters.list().ofMaxSize(12)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat)));
    }

    @Property(tries = 1000)
    void aFoldedNeedleMatchesTextContainingAnySpellingInAnyCaseMix(@ForAll("example") int example,
            @ForAll("seed") long seed) {
        Random random = new Random(seed);
        List<String> spellings = EXAMPLES.get(example);
        String inText = mix(spellings.get(random.nextInt(spellings.size())), random);
        String needle = mix(spellings.get(random.nextInt(spellings.size())), random);
        String text = around(random) + inText + around(random);
        assertTrue(TextFolding.fold(text).contains(TextFolding.fold(needle)), () -> "'" + needle + "' in '" + text
                + "'");
        assertTrue(TextFolding.contains(text, needle));
        // The store's reference meaning agrees, in the title and in the description.
        assertTrue(criteria(needle).test(ticket(text, null)), "title");
        assertTrue(criteria(needle).test(ticket("Ticket", text)), "description");
    }

    @Property(tries = 300)
    void anAccentedSpellingNeverMatchesTheUnaccentedOne(@ForAll("seed") long seed) {
        Random random = new Random(seed);
        String accented = mix(EXAMPLES.get(2).get(random.nextInt(3)), random);
        String plain = mix(EXAMPLES.get(1).get(random.nextInt(4)), random);
        assertFalse(TextFolding.contains(accented, plain), plain + " in " + accented);
        assertFalse(TextFolding.contains(plain, accented), accented + " in " + plain);
    }

    @Provide
    Arbitrary<Integer> example() {
        return Arbitraries.integers().between(0, EXAMPLES.size() - 1);
    }

    @Provide
    Arbitrary<Long> seed() {
        return Arbitraries.longs();
    }

    /** Changes the case of each character at random, as a person typing might. */
    private static String mix(String text, Random random) {
        StringBuilder s = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            s.append(switch (random.nextInt(3)) {
                case 0 -> ch.toUpperCase(Locale.ROOT);
                case 1 -> ch.toLowerCase(Locale.ROOT);
                default -> ch;
            });
        });
        return s.toString();
    }

    /** Text around the example: letters that combine with it or make a sigma final or not, never marks first. */
    private static String around(Random random) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            char ch = SURROUNDINGS.charAt(random.nextInt(SURROUNDINGS.length()));
            // A mark right after the example would belong to its last letter; a blank keeps it apart.
            s.append(Character.getType(ch) == Character.NON_SPACING_MARK ? ' ' : ch);
        }
        return s.toString();
    }

    private static Character[] chars(String s) {
        return s.chars().mapToObj(c -> (char) c).toArray(Character[]::new);
    }

    private static TicketCriteria criteria(String needle) {
        TicketQuery query = TicketQuery.builder().text(needle).build();
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        return new TicketCriteria(TenantId.DEFAULT, query, List.of(ViewableTickets.all()), LocalDate.of(2026, 3, 2), now,
                query.text().flatMap(TicketNumberFormat.DEFAULT::parse), List.of(), List.of());
    }

    private static Ticket ticket(String title, String description) {
        Workflow w = Workflows.standard();
        return DirectChanges.created(TicketNumberFormat.DEFAULT.format(1), w, title, Optional.ofNullable(description),
                UserId.of("ada"), Instant.parse("2026-03-02T09:00:00Z")).ticket();
    }
}
