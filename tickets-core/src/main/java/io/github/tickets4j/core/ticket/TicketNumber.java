package io.github.tickets4j.core.ticket;

import io.github.tickets4j.core.ValidationFailedException;

/**
 * A ticket's human-readable number, such as {@code RE00001234}: a prefix and a zero-padded sequence value.
 * Issued once at creation and never changed. Equal numbers have the same prefix, value and width.
 *
 * @param prefix the prefix, upper-case letters, never null
 * @param sequence the sequence value, at least 1
 * @param width the number of digits, 1 to 18
 */
public record TicketNumber(String prefix, long sequence, int width) implements Comparable<TicketNumber> {
    /**
     * Checks the parts fit together.
     *
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
     * Returns the number as shown to people, for example {@code RE00001234}.
     *
     * @return the formatted number, never null
     */
    public String value() {
        String digits = Long.toString(sequence);
        return prefix + "0".repeat(width - digits.length()) + digits;
    }

    /** Orders by sequence value, the order numbers were issued in. */
    @Override
    public int compareTo(TicketNumber other) {
        return Long.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return value();
    }
}
