package io.github.tickets4j.testkit.generators;

import java.util.Objects;

/**
 * A command that breaks one input rule, with the field the refusal must name.
 *
 * @param command the command, never null
 * @param field the field {@link io.github.tickets4j.core.ValidationFailedException} must list, never null
 * @param <C> the command type
 */
public record Invalid<C>(C command, String field) {
    /**
     * Checks both parts are present.
     *
     * @param command the command, never null
     * @param field the field {@link io.github.tickets4j.core.ValidationFailedException} must list, never null
     */
    public Invalid {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(field, "field");
    }
}
