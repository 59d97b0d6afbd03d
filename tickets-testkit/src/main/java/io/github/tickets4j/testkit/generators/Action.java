package io.github.tickets4j.testkit.generators;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.ticket.TicketCommand;
import java.util.Objects;

/**
 * One step of an action chain: an actor running a command on the chain's ticket.
 *
 * @param actor who acts, never null
 * @param command what they do, never null
 */
public record Action(Actor actor, TicketCommand command) {
    /**
     * Checks both parts are present.
     *
     * @param actor who acts, never null
     * @param command what they do, never null
     */
    public Action {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(command, "command");
    }

    @Override
    public String toString() {
        return actor.id() + " " + actor.roles() + ": " + command;
    }
}
