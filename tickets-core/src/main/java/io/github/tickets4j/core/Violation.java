package io.github.tickets4j.core;

import java.util.Objects;

/**
 * One broken input rule: the field it concerns and the rule, in words.
 *
 * @param field the command field's path, for example {@code title} or {@code tags[0]}; never null
 * @param message the rule that was broken, for example {@code must not be blank}; never null
 */
public record Violation(String field, String message) {
    /**
     * Checks both parts are present.
     *
     * @param field the command field's path, for example {@code title} or {@code tags[0]}; never null
     * @param message the rule that was broken, for example {@code must not be blank}; never null
     */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
