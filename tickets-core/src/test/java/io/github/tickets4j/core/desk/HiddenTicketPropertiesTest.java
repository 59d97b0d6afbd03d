package io.github.tickets4j.core.desk;

import static io.github.tickets4j.core.desk.TestDesk.ADA;
import static io.github.tickets4j.core.desk.TestDesk.C8;
import static io.github.tickets4j.core.desk.TestDesk.FIELD;
import static io.github.tickets4j.core.desk.TestDesk.OLA;
import static io.github.tickets4j.core.desk.TestDesk.P100;
import static io.github.tickets4j.core.desk.TestDesk.P200;
import static io.github.tickets4j.core.desk.TestDesk.SID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.AddTag;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangePriority;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeTeam;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.LinkCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.PickUp;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketCommand.SetHiddenFromCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.Unassign;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.UserId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.function.Executable;

/**
 * Refusals reveal nothing: for a ticket the actor may not view, every command, a deletion and a history read are
 * answered exactly as for a number that does not exist (same exception type, same words but for the number) and
 * change nothing. Only after the actor may view a ticket may the policy, the workflow or the rules say why not.
 */
class HiddenTicketPropertiesTest {
    /** The same answer, or the same kind of refusal with the same words. */
    record Outcome(String type, String message) {
    }

    /** What to try: a command, a deletion or a history read. */
    enum Kind { EXECUTE, DELETE, HISTORY }

    /** One ticket to set up, one actor, one attempt. */
    record Case(Optional<ProjectId> project, boolean closed, Actor actor, Kind kind, TicketCommand command) {
    }

    @Property(tries = 300)
    void aTicketTheActorMayNotViewIsAnsweredLikeAMissingNumberAndNothingChanges(@ForAll("cases") Case c) {
        TestDesk t = TestDesk.standard();
        CreateTicket.Builder draft = CreateTicket.titled("Somebody's ticket");
        c.project().ifPresent(draft::project);
        Ticket ticket = t.desk.create(ADA, draft.build());
        if (c.closed()) {
            t.run(ADA, ticket, new Close());
        }
        boolean hidden = t.desk.find(c.actor(), ticket.number()).isEmpty();
        Statistics.collect(hidden ? "hidden" : "visible", c.kind());
        if (!hidden) {
            return;
        }
        TicketNumber missing = t.desk.number("RE00000777");
        TestDesk.Snapshot before = t.snapshot();
        Outcome onHidden = outcome(() -> attempt(t, c, ticket.number()), ticket.number());
        assertEquals(before, t.snapshot(), "the attempt on a hidden ticket changed something");
        Outcome onMissing = outcome(() -> attempt(t, c, missing), missing);
        assertEquals(onMissing, onHidden, c::toString);
        assertEquals(before, t.snapshot());
        Statistics.label("answer").collect(onHidden.type());
    }

    private static void attempt(TestDesk t, Case c, TicketNumber number) {
        switch (c.kind()) {
            case EXECUTE -> t.desk.execute(c.actor(), number, c.command());
            case DELETE -> t.desk.delete(c.actor(), number);
            case HISTORY -> t.desk.history(c.actor(), number, HistoryQuery.newest(10));
        }
    }

    /** The exception type and message, with the number put in a neutral form. */
    private static Outcome outcome(Executable attempt, TicketNumber number) {
        try {
            attempt.execute();
        } catch (Throwable thrown) {
            assertNotNull(thrown.getMessage());
            return new Outcome(thrown.getClass().getName(), thrown.getMessage().replace(number.value(), "<number>"));
        }
        return new Outcome("none", "");
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Optional<ProjectId>> projects = Arbitraries.of(P100, P200).optional();
        Arbitrary<Actor> actors = Combinators.combine(Arbitraries.of("sam", "sid", "zed"),
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, Arbitraries.just(Set.<Role>of(Role.SALES))),
                        net.jqwik.api.Tuple.of(2, Arbitraries.just(Set.<Role>of())),
                        net.jqwik.api.Tuple.of(1, Arbitraries.subsetOf(Role.SALES, Role.OPERATIONS, Role.ADMIN,
                                Role.FINANCE, Role.MANAGEMENT, Role.of("GUEST")))))
                .as((user, roles) -> new Actor(UserId.of(user), roles));
        return Combinators.combine(projects, Arbitraries.of(true, false), actors, Arbitraries.of(Kind.class),
                commands()).as(Case::new);
    }

    /** Commands of every kind, valid and invalid, for tickets open and closed. */
    private static Arbitrary<TicketCommand> commands() {
        return Arbitraries.of(
                new AddFollowUp("Hello"), new AddFollowUp("   "), new Close(), new Reopen(),
                new ChangeStatus("IN_PROGRESS"), new ChangeStatus("DONE"), new ChangePriority("HIGH"),
                new Assign(OLA.id()), new Assign(SID.id()), new Assign(UserId.of("nobody")), new PickUp(),
                new Unassign(), new AddTag("vip"), new SetHiddenFromCustomer(true), new ChangeTeam(FIELD),
                new LinkCustomer(C8).withProject(P200),
                new LinkCustomer(io.github.tickets4j.core.ticket.CustomerId.of("C-404")));
    }

    /** A ticket of P-100 seen by Sid (Sales of P-200) is the canonical hidden ticket; checked here by example. */
    @net.jqwik.api.Example
    void sidIsToldSamsTicketDoesNotExistEvenForAMoveTheWorkflowWouldRefuse() {
        TestDesk t = TestDesk.standard();
        Ticket ticket = t.open("Sam's");
        t.run(ADA, ticket, new Close());
        TicketNumber missing = t.desk.number("RE00000777");
        Outcome hidden = outcome(() -> t.desk.execute(SID, ticket.number(), new Close()), ticket.number());
        Outcome absent = outcome(() -> t.desk.execute(SID, missing, new Close()), missing);
        assertEquals(absent, hidden);
        assertEquals(new Outcome(io.github.tickets4j.core.TicketNotFoundException.class.getName(),
                "Ticket <number> does not exist"), hidden);
        assertEquals(List.of(ticket.number()), List.of(t.stored(ticket).number()));
    }
}
