package io.github.tickets4j.core.desk;

import static io.github.tickets4j.core.desk.TestDesk.ADA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.RuleViolationException;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.Rate;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Workflows;
import io.github.tickets4j.core.workflow.Workflows.Ecommerce;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * For any sequence of moves and ratings on a ticket of the ecommerce workflow, a rating is accepted exactly when the
 * ticket is resolved or closed and its current resolution is not rated yet; a refused rating changes nothing; a move
 * back to an open status clears the rating; and a ticket only ever holds a rating while it has a resolution.
 */
class RatingLifecyclePropertiesTest {

    @Property(tries = 150)
    void aResolutionIsRatedOnceAndAReopeningAllowsTheNextRating(
            @ForAll("steps") List<TicketCommand> steps) {
        TestDesk t = TestDesk.with(Workflows.ecommerce());
        Ticket ticket = t.open("Lifecycle");
        Optional<Integer> expected = Optional.empty();
        for (TicketCommand step : steps) {
            Ticket before = t.stored(ticket);
            StatusCategory category = before.status().category();
            boolean rateable = category == StatusCategory.RESOLVED || category == StatusCategory.CLOSED;
            t.tick();
            if (step instanceof Rate rate) {
                if (rateable && expected.isEmpty()) {
                    t.run(ADA, ticket, rate);
                    expected = Optional.of(rate.score());
                    Statistics.collect("rated");
                } else {
                    t.assertRefused(RuleViolationException.class, () -> t.run(ADA, ticket, rate));
                    Statistics.collect(rateable ? "refused: rated already" : "refused: not resolved");
                }
            } else {
                try {
                    Ticket after = t.run(ADA, ticket, step);
                    StatusCategory now = after.status().category();
                    if (now != StatusCategory.RESOLVED && now != StatusCategory.CLOSED) {
                        expected = Optional.empty();
                    }
                } catch (TicketsException refused) {
                    // The workflow has no such move from here: nothing changed, which the checks below confirm.
                    assertEquals(before, t.stored(ticket));
                }
            }
            Ticket now = t.stored(ticket);
            assertEquals(expected, now.rating().map(r -> r.score()), () -> "after " + step);
            assertTrue(now.rating().isEmpty() || now.resolvedAt().isPresent(), "a rating needs a resolution");
        }
    }

    @Provide
    Arbitrary<List<TicketCommand>> steps() {
        Arbitrary<TicketCommand> moves = Arbitraries.of(new ChangeStatus(Ecommerce.IN_PROGRESS),
                new ChangeStatus(Ecommerce.RESOLVED), new ChangeStatus(Ecommerce.OPEN, "Not solved"),
                new Close("Done"), new Reopen(Optional.of("Again")));
        Arbitrary<TicketCommand> ratings = Arbitraries.integers().between(1, 5).map(Rate::new);
        return Arbitraries.oneOf(moves, ratings).list().ofMaxSize(25);
    }
}
