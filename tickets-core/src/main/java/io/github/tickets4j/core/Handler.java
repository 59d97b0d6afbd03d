package io.github.tickets4j.core;

import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.workflow.Workflow;
import java.time.LocalDate;
import java.util.List;

/**
 * What the desk does with one command: its input rules, its permission, and its decision with the event that
 * records it, in one place. {@link Handlers} gives every type of command its handler, so adding a type of command
 * is a compile error until it has one.
 */
interface Handler {

    /**
     * Names the permission the command needs: the one its decision asks the policy for (a status change asks for
     * the permission of the transition it takes), and the one a refusal to customers or guests names.
     *
     * @return the permission, never null
     */
    Permission permission();

    /**
     * Tells whether customers and guests may send this command at all, and adds the violations of what only staff
     * may set in it (an internal note, a follow-up date). Staff only, unless a handler says otherwise: a customer
     * replies, closes, reopens and rates, whatever the access policy grants.
     *
     * @param found where to add the violations
     * @return true when customers and guests may send it
     */
    default boolean forCustomers(List<Violation> found) {
        return false;
    }

    /**
     * Tells whether a guest may send this command: a guest replies and rates, nothing else (issue 13).
     *
     * @return true when guests may send it; only ever for a command customers may send too
     */
    default boolean forGuests() {
        return false;
    }

    /**
     * Adds the violations of the rules that need neither the ticket nor its workflow: dates against today,
     * targets against the host's directory. Runs before anything is loaded, on a command whose own constraints
     * have not been checked yet, so a required field may be null (the constraints then report it).
     *
     * @param targets the directory's checks of the tenant
     * @param today today as the actor sees it
     * @param found where to add the violations
     */
    default void checkInput(Targets targets, LocalDate today, List<Violation> found) {
    }

    /**
     * Adds the violations of the rules that need the loaded ticket and its workflow: names the workflow knows and
     * the reasons its transitions require. Runs on a command whose own constraints hold, before the policy and the
     * decision, so a command that breaks several rules is refused once, naming all of them.
     *
     * @param ticket the ticket as loaded
     * @param workflow the workflow it records, which knows its status
     * @param found where to add the violations
     */
    default void checkState(Ticket ticket, Workflow workflow, List<Violation> found) {
    }

    /**
     * Authorises the actor and decides: the ticket's next state, one version higher, and the event saying what
     * happened. The ticket as loaded stays as it was, so a refusal changes nothing.
     *
     * @param attempt who acts on which ticket, when
     * @return the change
     * @throws AccessDeniedException if the policy or a transition's rule refuses the actor
     * @throws TransitionNotAllowedException if the workflow has no such move from the current status, or the
     *     ticket does not meet its requirements
     * @throws RuleViolationException if the ticket's state rules the command out
     * @throws ValidationFailedException if a target of the change does not fit the ticket
     */
    Change decide(Attempt attempt);
}
