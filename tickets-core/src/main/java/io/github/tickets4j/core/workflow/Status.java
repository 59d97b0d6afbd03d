package io.github.tickets4j.core.workflow;

import io.github.tickets4j.core.Identifiers;
import java.util.Objects;

/**
 * A status of a workflow: its name (upper case, for example {@code IN_PROGRESS}) and its category.
 *
 * @param name 1 to 40 of A-Z, 0-9 and _, never null
 * @param category what the status means, never null
 */
public record Status(String name, StatusCategory category) {
    /**
     * Normalises the name to upper case and checks it.
     *
     * @param name 1 to 40 of A-Z, 0-9 and _, never null
     * @param category what the status means, never null
     * @throws io.github.tickets4j.core.ValidationFailedException if the name breaks the naming rule
     */
    public Status {
        name = Identifiers.name("status", name);
        Objects.requireNonNull(category, "category");
    }

    /**
     * Creates a status.
     *
     * @param name the name, never null
     * @param category its category, never null
     * @return the status, never null
     */
    public static Status of(String name, StatusCategory category) {
        return new Status(name, category);
    }

    /** @return true when the status is in the closed category */
    public boolean isClosed() {
        return category.isClosed();
    }
}
