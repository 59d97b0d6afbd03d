package io.github.tickets4j.core.ticket;

import static io.github.tickets4j.core.workflow.DeskFixture.OPERATIONS;
import static io.github.tickets4j.core.workflow.DeskFixture.OWN_PROJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.workflow.DeskFixture;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;

/** Formatting and parsing ticket numbers, over every format and value. */
class TicketNumberPropertiesTest {
    private static final TicketNumberFormat RE = TicketNumberFormat.DEFAULT;
    private static final Pattern RE_NUMBER = Pattern.compile("RE[0-9]{8}");

    @Property
    void parsingAFormattedNumberGivesItBack(@ForAll("numbers") TicketNumber number) {
        TicketNumberFormat format = TicketNumberFormat.of(number.prefix(), number.width());
        assertEquals(Optional.of(number), format.parse(number.value()));
        assertEquals(Optional.of(number), format.parse("  " + number.value().toLowerCase(Locale.ROOT) + "\t"));
        assertEquals(number.prefix().length() + number.width(), number.value().length());
    }

    @Provide
    Arbitrary<TicketNumber> numbers() {
        Arbitrary<String> prefixes = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(10);
        Arbitrary<Integer> widths = Arbitraries.integers().between(1, 18);
        return Combinators.combine(prefixes, widths).flatAs((prefix, width) -> Arbitraries.longs()
                .between(1, TicketNumberFormat.of(prefix, width).maximum())
                .map(n -> TicketNumberFormat.of(prefix, width).format(n)));
    }

    @Property
    void everyDefaultNumberRoundTrips(@ForAll("defaultRange") long sequence) {
        TicketNumber number = RE.format(sequence);
        assertEquals(sequence, RE.require(number.value()).sequence());
    }

    @Provide
    Arbitrary<Long> defaultRange() {
        return Arbitraries.longs().between(1, RE.maximum());
    }

    @Property(tries = 2000)
    void randomTextParsesOnlyWhenItIsReFollowedByEightDigits(@ForAll String text) {
        String candidate = text.strip().toUpperCase(Locale.ROOT);
        boolean isNumber = RE_NUMBER.matcher(candidate).matches() && !candidate.equals("RE00000000");
        assertEquals(isNumber, RE.parse(text).isPresent(), () -> "'" + text + "'");
    }

    @Property
    void aValidNumberWithOneCharacterReplacedByANonDigitNeverParses(@ForAll("defaultRange") long sequence,
            @ForAll @IntRange(min = 2, max = 9) int position, @ForAll @CharRange(from = ' ', to = '/') char noise) {
        StringBuilder text = new StringBuilder(RE.format(sequence).value());
        text.setCharAt(position, noise);
        assertEquals(Optional.empty(), RE.parse(text.toString()));
    }

    @Property
    void aValidNumberWithADigitTooManyOrTooFewNeverParses(@ForAll("defaultRange") long sequence,
            @ForAll @IntRange(min = 0, max = 9) int digit) {
        String value = RE.format(sequence).value();
        assertEquals(Optional.empty(), RE.parse(value + digit));
        assertEquals(Optional.empty(), RE.parse(value.substring(0, value.length() - 1)));
    }

    @Property(tries = 20)
    void aDeskIssuesConsecutiveNumbersInCreationOrder(@ForAll @IntRange(min = 1, max = 30) int tickets) {
        DeskFixture f = DeskFixture.configured(b -> b);
        for (long expected = 1; expected <= tickets; expected++) {
            assertEquals(expected, f.open(OPERATIONS, OWN_PROJECT).number().sequence());
        }
    }
}
