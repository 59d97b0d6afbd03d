package io.github.tickets4j.core.workflow;

import io.github.tickets4j.core.Identifiers;

/**
 * Names one version of a workflow. Every ticket records the workflow it was created under, so several desks over
 * one store, or one desk with several workflows (seed 004's ticket types), decide each ticket with its own rules,
 * and a ticket keeps the rules it was created under when a later version of the workflow changes them.
 *
 * @param id the workflow's name, as {@link Workflow#name()}; never null
 * @param version the workflow's version, at least 1
 */
public record WorkflowRef(String id, int version) {
    /**
     * Checks the parts.
     *
     * @param id the workflow's name, as {@link Workflow#name()}; never null
     * @param version the workflow's version, at least 1
     * @throws io.github.tickets4j.core.ValidationFailedException naming {@code workflow} if the id is not 1 to 100
     *     letters, digits and {@code ._@:+-}, or the version is below 1
     */
    public WorkflowRef {
        id = Identifiers.id("workflow", id);
        if (version < 1) {
            throw io.github.tickets4j.core.ValidationFailedException.of("workflow",
                    "version must be at least 1, was " + version);
        }
    }

    @Override
    public String toString() {
        return id + " v" + version;
    }
}
