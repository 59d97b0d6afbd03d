package io.github.tickets4j.testkit.generators;

import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.testkit.fixtures.Actors;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Chains of actions on one ticket over a workflow: every role of the default policy, staff and the portal's
 * customers' users, running every kind of valid command, with status moves weighted up so chains walk the
 * workflow (closing, reopening, and back). Some actions are refused by the policy, the workflow, the portal's limits
 * or the ticket's state; that is the point: a refused action must change nothing.
 */
public final class ActionChains {
    private ActionChains() {
    }

    /**
     * Chains of 1 to 15 actions.
     *
     * @param workflow the workflow, never null
     * @param today the desk's today (follow-up dates are not before it), never null
     * @return the arbitrary, never null
     */
    public static Arbitrary<List<Action>> over(Workflow workflow, LocalDate today) {
        Arbitrary<TicketCommand> moves = Arbitraries.oneOf(
                Arbitraries.of(workflow.statuses()).map(s -> new TicketCommand.ChangeStatus(s.name())),
                Arbitraries.of(new TicketCommand.Close(), new TicketCommand.Reopen()));
        Arbitrary<TicketCommand> commands = Arbitraries.frequencyOf(
                Tuple.of(2, moves), Tuple.of(3, CommandArbitraries.valid(workflow, today)));
        Arbitrary<Action> action = Arbitraries.of(Actors.everyone()).flatMap(a -> commands.map(c -> new Action(a, c)));
        return action.list().ofMinSize(1).ofMaxSize(15);
    }
}
