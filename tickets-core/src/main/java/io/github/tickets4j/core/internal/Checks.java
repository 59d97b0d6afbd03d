package io.github.tickets4j.core.internal;

import io.github.tickets4j.core.ValidationFailedException;
import java.util.regex.Pattern;

/** Input rules shared by value objects, so every id and name is checked the same way. */
public final class Checks {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@:+-]{0,99}");
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private Checks() {
    }

    /**
     * Checks an opaque host id: 1 to 100 characters, letters, digits and {@code . _ @ : + -}, starting with a
     * letter or digit.
     *
     * @param field the field name for the violation
     * @param value the id, may be null (refused)
     * @return the id, unchanged
     */
    public static String id(String field, String value) {
        if (value == null) {
            throw ValidationFailedException.of(field, "must not be null");
        }
        if (!ID.matcher(value).matches()) {
            throw ValidationFailedException.of(field,
                    "must be 1 to 100 letters, digits or . _ @ : + - starting with a letter or digit");
        }
        return value;
    }

    /**
     * Checks and normalises a workflow name (status, priority, role): trimmed, upper case, 1 to 40 of A-Z, 0-9, _.
     *
     * @param field the field name for the violation
     * @param value the name, may be null (refused)
     * @return the normalised name
     */
    public static String name(String field, String value) {
        if (value == null) {
            throw ValidationFailedException.of(field, "must not be null");
        }
        String normalised = value.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_');
        if (!NAME.matcher(normalised).matches()) {
            throw ValidationFailedException.of(field,
                    "must be 1 to 40 characters of A-Z, 0-9 and _ starting with a letter, was '" + value + "'");
        }
        return normalised;
    }

    /**
     * Normalises an optional text: null becomes empty, blanks are stripped, blank text becomes empty.
     *
     * @param value the text, may be null
     * @return the stripped text, or empty; never null
     */
    public static java.util.Optional<String> optional(java.util.Optional<String> value) {
        return value == null ? java.util.Optional.empty() : value.map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * Turns a possibly null optional into an empty one.
     *
     * @param value the optional, may be null
     * @param <T> the element type
     * @return the optional, never null
     */
    public static <T> java.util.Optional<T> orEmpty(java.util.Optional<T> value) {
        return value == null ? java.util.Optional.empty() : value;
    }

    /**
     * Strips surrounding blanks, keeping null as null.
     *
     * @param value the text, may be null
     * @return the stripped text, or null
     */
    public static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /**
     * Strips surrounding blanks and turns blank text into null, for optional text fields.
     *
     * @param value the text, may be null
     * @return the stripped text, or null when blank
     */
    public static String stripToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Normalises a tag: blanks stripped, lower case, so {@code " Billing"} and {@code "billing"} are one tag.
     *
     * @param tag the tag, may be null
     * @return the normalised tag, or null
     */
    public static String tag(String tag) {
        return tag == null ? null : tag.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Truncates an instant to milliseconds, the precision the desk's clock and every supported database keep, so
     * what a host passes in reads back equal.
     *
     * @param value the instant, never null
     * @return the truncated instant, never null
     */
    public static java.time.Instant millis(java.time.Instant value) {
        return value.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
