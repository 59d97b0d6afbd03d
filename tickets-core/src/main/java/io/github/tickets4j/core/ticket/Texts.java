package io.github.tickets4j.core.ticket;

import java.util.Optional;

/**
 * The text rules shared by the commands and value types of this package, so every text field is held to the same
 * rules and normalised the same way.
 */
final class Texts {
    /** No control characters at all (Unicode category Cc, C0 and C1): titles, names, reasons. */
    static final String SINGLE_LINE = "[^\\p{Cc}]*";
    static final String SINGLE_LINE_MESSAGE = "must not contain control characters";
    /** Line breaks and tabs allowed, other control characters not: descriptions and notes. */
    static final String MULTI_LINE = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*";
    static final String MULTI_LINE_MESSAGE = "must not contain control characters other than line breaks and tabs";

    /** Tags: letters or digits first, then letters, digits, spaces, _ . - ; at most 50 characters. */
    static final String TAG = "[\\p{L}\\p{N}][\\p{L}\\p{N} _.-]{0,49}";
    static final String TAG_MESSAGE = "must be 1 to 50 letters, digits, spaces or _ . - starting with a letter or digit";

    private Texts() {
    }

    /** Strips surrounding blanks, keeping null as null so the constraints report it. */
    static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** Normalises optional free text: null or blank means none, anything else is stripped. */
    static Optional<String> optional(Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
    }
}
