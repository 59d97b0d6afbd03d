package io.github.tickets4j.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a command or value breaks input rules. Lists every violation at once; nothing was changed and no
 * ticket number was consumed.
 */
public class ValidationFailedException extends TicketsException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations the broken rules, at least one, never null
     */
    public ValidationFailedException(List<Violation> violations) {
        super("Invalid input: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /**
     * Creates the exception for a single broken rule.
     *
     * @param field the field, never null
     * @param message the rule, never null
     * @return the exception, never null
     */
    public static ValidationFailedException of(String field, String message) {
        return new ValidationFailedException(List.of(new Violation(field, message)));
    }

    /** @return every broken rule, never empty, never null */
    public List<Violation> violations() {
        return violations;
    }
}
