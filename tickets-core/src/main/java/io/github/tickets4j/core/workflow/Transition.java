package io.github.tickets4j.core.workflow;

import io.github.tickets4j.core.Identifiers;
import java.util.Objects;
import java.util.Set;

/**
 * An allowed move between two statuses, with its rules. Its effects follow from the categories it connects:
 * entering {@link StatusCategory#CLOSED} stamps closed at/by and clears the follow-up date; leaving it clears
 * closed at/by (and the resolution), which is what makes it a reopening.
 *
 * @param name the action's name shown to people, for example {@code START}; never null
 * @param from the status it leaves, never null
 * @param to the status it enters, never null
 * @param rule who may take it, never null
 * @param reasonRequired whether the command must carry a reason
 * @param requirements conditions the ticket must meet, never null
 */
public record Transition(String name, String from, String to, TransitionRule rule, boolean reasonRequired,
        Set<Requirement> requirements) {

    /**
     * Normalises names and checks the parts.
     *
     * @param name the action's name shown to people, for example {@code START}; never null
     * @param from the status it leaves, never null
     * @param to the status it enters, never null
     * @param rule who may take it, never null
     * @param reasonRequired whether the command must carry a reason
     * @param requirements conditions the ticket must meet, never null
     * @throws io.github.tickets4j.core.ValidationFailedException if a name breaks the naming rule
     */
    public Transition {
        name = Identifiers.name("transition", name);
        from = Identifiers.name("from", from);
        to = Identifiers.name("to", to);
        Objects.requireNonNull(rule, "rule");
        requirements = Set.copyOf(requirements);
    }
}
