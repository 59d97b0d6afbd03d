package io.github.tickets4j.core.desk;

import static io.github.tickets4j.core.desk.TestDesk.SAM;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.AddTag;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.SetFollowUpDate;
import java.time.LocalDate;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property (c): random invalid input (blank, oversize, control characters, nulls, past follow-up dates) is always
 * refused with {@link ValidationFailedException}, and changes nothing: no ticket, no event, no number consumed.
 */
class InvalidInputPropertiesTest {
    /** Control characters a single-line text (title, tag, category) refuses, line breaks and tabs included. */
    private static final char[] ANY_CONTROL = controls(true);
    /** Control characters even a multi-line text (description, note) refuses. */
    private static final char[] NON_LINE_CONTROL = controls(false);

    /**
     * Invalid input for the desk with an existing ticket: either a creation or a command on that ticket, named
     * for the report.
     */
    record Attempt(String what, CreateTicket creation, TicketCommand command) {
        @Override
        public String toString() {
            return what;
        }
    }

    @Property(tries = 200)
    void invalidInputIsAlwaysRefusedAndChangesNothing(@ForAll("invalidInput") Attempt attempt) {
        TestDesk t = TestDesk.standard();
        Ticket existing = t.open("Existing");
        ValidationFailedException refused = t.assertRefused(ValidationFailedException.class,
                () -> submit(t, existing, attempt));
        assertFalse(refused.violations().isEmpty());
        t.assertNextNumberIs(2);
    }

    private static void submit(TestDesk t, Ticket existing, Attempt attempt) {
        if (attempt.creation() != null) {
            t.desk.create(SAM, attempt.creation());
        } else {
            t.run(SAM, existing, attempt.command());
        }
    }

    @Provide
    Arbitrary<Attempt> invalidInput() {
        Arbitrary<String> badSingleLine = Arbitraries.oneOf(blank(), oversize(201), withControl(ANY_CONTROL));
        Arbitrary<String> badMultiLine = Arbitraries.oneOf(oversize(20_001), withControl(NON_LINE_CONTROL));
        Arbitrary<String> badNote = Arbitraries.oneOf(blank(), oversize(10_001), withControl(NON_LINE_CONTROL));
        Arbitrary<LocalDate> past = Arbitraries.integers().between(1, 3650)
                .map(days -> TestDesk.START.atZone(TestDesk.ZONE).toLocalDate().minusDays(days));
        return Arbitraries.oneOf(
                creation("title", badSingleLine, title -> CreateTicket.titled(title).project(TestDesk.P100)),
                creation("description", badMultiLine,
                        d -> CreateTicket.titled("Fine").project(TestDesk.P100).description(d)),
                creation("tag", Arbitraries.oneOf(blank(), withControl(ANY_CONTROL), oversize(51)),
                        tag -> CreateTicket.titled("Fine").project(TestDesk.P100).tags(tag)),
                command("note", badNote, note -> new AddFollowUp(note).visibleToCustomer()),
                command("past follow-up date", past, date -> new AddFollowUp("Call back", date)),
                command("past follow-up date", past, date -> new SetFollowUpDate(date)),
                command("status", Arbitraries.oneOf(blank(), oversize(41)), ChangeStatus::new),
                command("tag", Arbitraries.oneOf(blank(), withControl(ANY_CONTROL), oversize(51)), AddTag::new));
    }

    private static <T> Arbitrary<Attempt> creation(String field, Arbitrary<T> values,
            Function<T, CreateTicket.Builder> command) {
        return values.map(v -> new Attempt("create with bad " + field + " " + shorten(v), command.apply(v).build(),
                null));
    }

    private static <T> Arbitrary<Attempt> command(String field, Arbitrary<T> values,
            Function<T, TicketCommand> command) {
        return values.map(v -> new Attempt("command with bad " + field + " " + shorten(v), null, command.apply(v)));
    }

    /** Null, empty, or nothing but whitespace. */
    private static Arbitrary<String> blank() {
        return Arbitraries.strings().withChars(" \t\n\r\u2003\u3000").ofMaxLength(8).injectNull(0.2);
    }

    /** Letters, at least {@code min} of them. */
    private static Arbitrary<String> oversize(int min) {
        return Arbitraries.strings().alpha().ofMinLength(min).ofMaxLength(min + 100);
    }

    /** Letters with a control character inside (at an edge it would be stripped away as whitespace). */
    private static Arbitrary<String> withControl(char[] controls) {
        Arbitrary<String> letters = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20);
        return Combinators.combine(letters, Arbitraries.of(controls), letters).as((a, c, b) -> a + c + b);
    }

    private static char[] controls(boolean lineBreaksToo) {
        StringBuilder s = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            if (lineBreaksToo || (c != '\t' && c != '\n' && c != '\r')) {
                s.append(c);
            }
        }
        return s.append('\u007F').toString().toCharArray();
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() > 30 ? "'" + text.substring(0, 30) + "…' (" + text.length() + " chars)" : "'" + text + "'";
    }
}
