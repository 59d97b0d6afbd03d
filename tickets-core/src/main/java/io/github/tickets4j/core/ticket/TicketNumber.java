package io.github.tickets4j.core.ticket;

import io.github.tickets4j.core.ValidationFailedException;

/**
 * A ticket's human-readable number, such as {@code RE00001234}: a prefix and a zero-padded sequence value.
 * Issued once at creation and never changed.
 *
 * <p>A number's identity is its prefix and its sequence value; the width only says how many digits it is shown
 * with. {@link #equals(Object)}, {@link #hashCode()} and {@link #compareTo(TicketNumber)} ignore the width, so
 * {@code RE01} (width 2), {@code RE0001} (width 4) and {@code RE00000001} (width 8) are equal and name the same
 * ticket: widening a desk's {@link TicketNumberFormat} after its numbers ran out keeps every existing ticket
 * findable, and a ticket keeps showing the number it was created with ({@link #value()} uses this number's own
 * width). Stores must look numbers up, and keep them unique, by prefix and sequence.
 *
 * <p>{@link #parse(String)} reads a number as it is shown; {@code TicketDesk.number(String)} reads one typed for a
 * desk, in that desk's format, leading zeros optional.
 *
 * @param prefix the prefix, upper-case letters, never null
 * @param sequence the sequence value, at least 1
 * @param width the number of digits it is shown with, 1 to 18
 */
public record TicketNumber(String prefix, long sequence, int width) implements Comparable<TicketNumber> {
    /**
     * Checks the parts fit together.
     *
     * @param prefix the prefix, upper-case letters, never null
     * @param sequence the sequence value, at least 1
     * @param width the number of digits it is shown with, 1 to 18
     * @throws ValidationFailedException if a part is out of range
     */
    public TicketNumber {
        TicketNumberFormat.checkPrefix(prefix);
        TicketNumberFormat.checkWidth(width);
        if (sequence < 1 || sequence > TicketNumberFormat.maximum(width)) {
            throw ValidationFailedException.of("ticketNumber",
                    "sequence must be between 1 and " + TicketNumberFormat.maximum(width) + ", was " + sequence);
        }
    }

    /**
     * Reads a number as it is shown, such as {@code RE00001234}: its leading letters are the prefix, the digits
     * after them the sequence value, and the count of digits the width, so the number reads back with the value it
     * was read from. Surrounding blanks are ignored and the letters may be in any case.
     *
     * @param text the number, may be null (refused)
     * @return the number, never null
     * @throws ValidationFailedException naming {@code ticketNumber} unless the text is 1 to 10 ASCII letters
     *     followed by 1 to 18 ASCII digits that are not all zero
     */
    public static TicketNumber parse(String text) {
        String candidate = text == null ? "" : text.strip();
        int letters = 0;
        while (letters < candidate.length() && isAsciiLetter(candidate.charAt(letters))) {
            letters++;
        }
        String digits = candidate.substring(letters);
        if (letters < 1 || letters > 10 || digits.isEmpty() || digits.length() > 18
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.chars().allMatch(c -> c == '0')) {
            throw ValidationFailedException.of("ticketNumber", "must be 1 to 10 letters followed by 1 to 18 digits,"
                    + " not all zero, such as RE00001234; was " + (text == null ? "null" : "'" + text + "'"));
        }
        String prefix = candidate.substring(0, letters).toUpperCase(java.util.Locale.ROOT);
        return new TicketNumber(prefix, Long.parseLong(digits), digits.length());
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * Returns the number as shown to people, with this number's own width, for example {@code RE00001234}.
     *
     * @return the formatted number, never null
     */
    public String value() {
        String digits = Long.toString(sequence);
        return prefix + "0".repeat(width - digits.length()) + digits;
    }

    /**
     * Tells whether another number names the same ticket: same prefix and same sequence value, whatever the
     * widths.
     *
     * @param other the other object, may be null
     * @return true when {@code other} is a ticket number with this prefix and sequence
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof TicketNumber n && sequence == n.sequence && prefix.equals(n.prefix);
    }

    /**
     * A hash of prefix and sequence, consistent with {@link #equals(Object)}: the width is left out.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * prefix.hashCode() + Long.hashCode(sequence);
    }

    /**
     * Orders by sequence value, the order numbers were issued in, then by prefix; the width is left out, so the
     * order is consistent with {@link #equals(Object)} (0 exactly for equal numbers).
     *
     * @param other the other number, never null
     * @return negative, zero or positive as this number comes before, with or after {@code other}
     */
    @Override
    public int compareTo(TicketNumber other) {
        int bySequence = Long.compare(sequence, other.sequence);
        return bySequence != 0 ? bySequence : prefix.compareTo(other.prefix);
    }

    /** @return {@link #value()} */
    @Override
    public String toString() {
        return value();
    }
}
