package io.github.tickets4j.core.workflow;

import static io.github.tickets4j.core.workflow.DeskFixture.ADMIN;
import static io.github.tickets4j.core.workflow.DeskFixture.assertClosedStampMatchesStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TransitionNotAllowedException;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.Audience;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every preset must do through the desk: take each move its seed documents, with the closed stamp following
 * the status, and refuse every other move without changing anything. Each preset's test class states the
 * documented moves from its seed text, so the preset is checked against the seed, not against itself.
 */
abstract class PresetContract {

    /** @return the preset under test */
    abstract Workflow workflow();

    /** @return the statuses the seed documents, in its order */
    abstract List<String> documentedStatuses();

    /** @return the moves the seed documents, each as {@code FROM>TO} */
    abstract Set<String> documentedMoves();

    /** @return the status the seed says new tickets start in */
    abstract String documentedInitialStatus();

    /** @return the documented moves out of the closed category, each as {@code FROM>TO}; none by default */
    Set<String> documentedReopenings() {
        return Set.of();
    }

    /**
     * Adds what the preset requires of every new ticket.
     *
     * @param draft a creation command with title and project
     * @return the command with the required fields
     */
    CreateTicket.Builder draft(CreateTicket.Builder draft) {
        return draft;
    }

    DeskFixture fixture() {
        return DeskFixture.with(workflow()).drafting(this::draft);
    }

    @Test
    void declaresExactlyTheDocumentedStatuses() {
        assertEquals(documentedStatuses(), workflow().statuses().stream().map(Status::name).toList());
    }

    @Test
    void newTicketsStartInTheDocumentedStatus() {
        Ticket ticket = fixture().open();
        assertEquals(documentedInitialStatus(), ticket.status().name());
        assertClosedStampMatchesStatus(ticket, ADMIN);
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedMoveIsTaken() {
        return documentedMoves().stream().sorted().map(move -> DynamicTest.dynamicTest(move, () -> {
            String[] fromTo = move.split(">");
            DeskFixture f = fixture();
            Ticket before = f.driveTo(f.open(), fromTo[0]);
            int entriesBefore = f.history(before).size();
            Ticket after = f.run(ADMIN, before, new ChangeStatus(fromTo[1], "as documented"));
            assertEquals(fromTo[1], after.status().name());
            assertEquals(before.version() + 1, after.version());
            List<TimelineEntry> history = f.history(after);
            assertEquals(entriesBefore + 1, history.size(), "one entry per move");
            assertEquals(after.version(), history.get(0).sequence());
            assertEquals(Audience.PUBLIC, history.get(0).audience(), "status changes are public");
            assertClosedStampMatchesStatus(after, ADMIN);
            assertEquals(expectedEvent(before.status(), after.status()), last(f.events()).getClass());
        }));
    }

    /** Entering the closed category is a closing, leaving it a reopening, anything else a status change. */
    private static Class<?> expectedEvent(Status from, Status to) {
        if (!from.isClosed() && to.isClosed()) {
            return TicketEvent.Closed.class;
        }
        return from.isClosed() && !to.isClosed() ? TicketEvent.Reopened.class : TicketEvent.StatusChanged.class;
    }

    private static TicketEvent last(List<TicketEvent> events) {
        return events.get(events.size() - 1);
    }

    @Test
    void theMovesOutOfTheClosedCategoryAreTheDocumentedReopenings() {
        Set<String> reopenings = workflow().transitions().stream()
                .filter(t -> status(t.from()).isClosed() && !status(t.to()).isClosed())
                .map(t -> t.from() + ">" + t.to()).collect(Collectors.toSet());
        assertEquals(documentedReopenings(), reopenings);
    }

    /**
     * Whichever command takes it, a move out of the closed category is a reopening: a {@link TicketEvent.Reopened}
     * event and a public {@code REOPENED} entry with the reason, and the closed stamp is gone.
     */
    @TestFactory
    Stream<DynamicTest> everyDocumentedReopeningIsAReopenedEventWhicheverCommandTakesIt() {
        return documentedReopenings().stream().sorted().flatMap(move -> {
            String[] fromTo = move.split(">");
            return Stream.of(
                    DynamicTest.dynamicTest(move + " by ChangeStatus", () -> assertReopened(fromTo,
                            new ChangeStatus(fromTo[1], "Customer called back"))),
                    DynamicTest.dynamicTest(move + " by Reopen", () -> assertReopened(fromTo,
                            new Reopen("Customer called back"))));
        });
    }

    private void assertReopened(String[] fromTo, TicketCommand command) {
        DeskFixture f = fixture();
        Ticket closed = f.driveTo(f.open(), fromTo[0]);
        Ticket reopened = f.run(ADMIN, closed, command);
        assertEquals(fromTo[1], reopened.status().name());
        assertClosedStampMatchesStatus(reopened, ADMIN);
        TicketEvent.Reopened event = assertInstanceOf(TicketEvent.Reopened.class, last(f.events()));
        assertEquals(List.of(fromTo[0], fromTo[1], "Customer called back"),
                List.of(event.from(), event.to(), event.reason().orElseThrow()));
        TimelineEntry entry = f.history(reopened).get(0);
        assertEquals(event.timelineEntry(), entry);
        assertEquals(TimelineAction.REOPENED, entry.action());
        assertEquals(Audience.PUBLIC, entry.audience());
    }

    private Status status(String name) {
        return workflow().status(name).orElseThrow();
    }

    @TestFactory
    Stream<DynamicTest> everyUndocumentedMoveIsRefusedAndChangesNothing() {
        List<String> statuses = documentedStatuses();
        return statuses.stream().flatMap(from -> statuses.stream().map(to -> from + ">" + to))
                .filter(move -> !documentedMoves().contains(move)).map(move -> DynamicTest.dynamicTest(move, () -> {
                    String[] fromTo = move.split(">");
                    DeskFixture f = fixture();
                    Ticket ticket = f.driveTo(f.open(), fromTo[0]);
                    TransitionNotAllowedException refused = f.refuses(TransitionNotAllowedException.class, ADMIN,
                            ticket, new ChangeStatus(fromTo[1], "not documented"));
                    assertTrue(refused.getMessage().contains(ticket.number().value()), refused.getMessage());
                    assertEquals(fromTo[0], refused.from());
                }));
    }
}
