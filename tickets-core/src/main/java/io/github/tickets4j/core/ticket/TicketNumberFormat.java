package io.github.tickets4j.core.ticket;

import io.github.tickets4j.core.ValidationFailedException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How ticket numbers look: a prefix and a fixed number of digits. The default is {@code RE} and 8 digits. New
 * numbers are shown with all {@link #width()} digits; a typed number may leave out leading zeros, so that numbers
 * issued under a narrower format before it was widened still read back (see {@link #parse(String)}).
 *
 * @param prefix 1 to 10 upper-case letters, never null
 * @param width 1 to 18 digits
 */
public record TicketNumberFormat(String prefix, int width) {
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,10}");

    /** The default format of seed 000: {@code RE} followed by 8 digits. */
    public static final TicketNumberFormat DEFAULT = new TicketNumberFormat("RE", 8);

    /**
     * Checks prefix and width.
     *
     * @param prefix 1 to 10 upper-case letters, never null
     * @param width 1 to 18 digits
     * @throws ValidationFailedException if either is out of range
     */
    public TicketNumberFormat {
        checkPrefix(prefix);
        checkWidth(width);
    }

    /**
     * Creates a format.
     *
     * @param prefix 1 to 10 upper-case letters, never null
     * @param width 1 to 18
     * @return the format, never null
     * @throws ValidationFailedException if either is out of range
     */
    public static TicketNumberFormat of(String prefix, int width) {
        return new TicketNumberFormat(prefix, width);
    }

    /**
     * The largest sequence value this format can show.
     *
     * @return {@code 10^width - 1}
     */
    public long maximum() {
        return maximum(width);
    }

    /**
     * Formats a sequence value.
     *
     * @param sequence between 1 and {@link #maximum()}
     * @return the number, never null
     * @throws ValidationFailedException if the value does not fit
     */
    public TicketNumber format(long sequence) {
        return new TicketNumber(prefix, sequence, width);
    }

    /**
     * Reads a number typed by a person: any case, surrounding blanks ignored ({@code " re00001234"}), the prefix
     * followed by 1 to {@link #width()} ASCII digits, so leading zeros may be left out. Under {@code RE} and 8
     * digits, {@code RE00000001}, {@code RE0001}, {@code RE01} and {@code RE1} all read as sequence value 1: a
     * number issued under a narrower format before this one was widened reads back equal to the number it was
     * stored with ({@link TicketNumber} equality ignores the width). Refused: more digits than the width, no
     * digits, other characters (letters, blanks or signs among the digits, non-ASCII digits) and the value 0.
     *
     * @param text the text, may be null
     * @return the number, shown with this format's width; empty when the text is not a number of this format
     */
    public Optional<TicketNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip().toUpperCase(Locale.ROOT);
        int digitCount = candidate.length() - prefix.length();
        if (digitCount < 1 || digitCount > width || !candidate.startsWith(prefix)) {
            return Optional.empty();
        }
        String digits = candidate.substring(prefix.length());
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        long sequence = Long.parseLong(digits);
        return sequence == 0 ? Optional.empty() : Optional.of(format(sequence));
    }

    /**
     * Reads a number, refusing text that is not one.
     *
     * @param text the text, may be null
     * @return the number, never null
     * @throws ValidationFailedException naming {@code ticketNumber} when the text is not a number of this format
     */
    public TicketNumber require(String text) {
        return parse(text).orElseThrow(() -> ValidationFailedException.of("ticketNumber",
                "must be " + prefix + " followed by 1 to " + width + " digits, was '" + text + "'"));
    }

    static long maximum(int width) {
        long max = 1;
        for (int i = 0; i < width; i++) {
            max *= 10;
        }
        return max - 1;
    }

    static void checkPrefix(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw ValidationFailedException.of("prefix", "must be 1 to 10 upper-case letters A-Z, was '" + prefix + "'");
        }
    }

    static void checkWidth(int width) {
        if (width < 1 || width > 18) {
            throw ValidationFailedException.of("width", "must be between 1 and 18, was " + width);
        }
    }
}
