package io.github.tickets4j.core;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a command's Jakarta Validation constraints together with rules only the desk can check (today's date,
 * the workflow's priorities, the directory's projects), and throws one exception listing every violation.
 */
final class InputRules {
    private final Validator validator;

    /**
     * Creates the checker.
     *
     * @param validator the Jakarta validator, never null
     */
    InputRules(Validator validator) {
        this.validator = validator;
    }

    /**
     * Checks a command.
     *
     * @param command the command, may be null (refused)
     * @param more violations found by the desk's own rules, never null
     * @throws ValidationFailedException if the command breaks any rule
     */
    void check(Object command, List<Violation> more) {
        if (command == null) {
            throw ValidationFailedException.of("command", "must not be null");
        }
        Set<Violation> found = new LinkedHashSet<>();
        for (ConstraintViolation<Object> v : validator.validate(command)) {
            found.add(new Violation(path(v), v.getMessage()));
        }
        found.addAll(more);
        require(new ArrayList<>(found));
    }

    /**
     * Refuses violations the desk found itself, for input whose annotations were checked already.
     *
     * @param found the violations, never null
     * @throws ValidationFailedException if there are any, sorted by field
     */
    static void require(List<Violation> found) {
        if (!found.isEmpty()) {
            List<Violation> sorted = new ArrayList<>(found);
            sorted.sort(java.util.Comparator.comparing(Violation::field).thenComparing(Violation::message));
            throw new ValidationFailedException(sorted);
        }
    }

    /** Turns "description.<optional value>" style paths into plain field names. */
    private static String path(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        return path.replaceAll("\\.?<[^>]*>", "").replace("[]", "");
    }
}
