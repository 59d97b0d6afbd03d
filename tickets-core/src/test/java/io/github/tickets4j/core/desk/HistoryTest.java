package io.github.tickets4j.core.desk;

import static io.github.tickets4j.core.desk.TestDesk.ADA;
import static io.github.tickets4j.core.desk.TestDesk.FAY;
import static io.github.tickets4j.core.desk.TestDesk.OLA;
import static io.github.tickets4j.core.desk.TestDesk.SAM;
import static io.github.tickets4j.core.desk.TestDesk.SID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.RuleViolationException;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.query.HistoryPage;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.ticket.FollowUp;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.AddTag;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.RemoveTag;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.Audience;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A ticket's history through {@code desk.history}: one entry per successful command, numbered with the version it
 * produced, none for a refusal; pages newest first with a keyset cursor; filters by action and visibility; and
 * follow-ups read back from their entries.
 */
class HistoryTest {
    private final TestDesk t = TestDesk.standard();

    @Test
    void everySuccessfulCommandAppendsExactlyOneEntryNumberedWithTheNewVersion() {
        Ticket ticket = t.open("Numbered");
        Ticket after = ticket;
        for (int i = 1; i <= 4; i++) {
            after = t.run(SAM, ticket, new AddTag("tag" + i));
            assertEquals(i, after.version());
            List<TimelineEntry> history = t.history(after);
            assertEquals(i + 1, history.size());
            assertEquals(after.version(), history.get(0).sequence());
        }
        assertEquals(List.of(4L, 3L, 2L, 1L, 0L), t.history(after).stream().map(TimelineEntry::sequence).toList());
    }

    @Test
    void aRefusedCommandAppendsNoEntry() {
        Ticket ticket = t.open("Refusals");
        t.run(SAM, ticket, new AddTag("solar"));
        List<TimelineEntry> before = t.history(ticket);

        assertThrows(ValidationFailedException.class, () -> t.run(SAM, ticket, new AddFollowUp(" ")));
        assertThrows(AccessDeniedException.class, () -> t.run(FAY, ticket, new AddFollowUp("Budget")));
        assertThrows(TicketNotFoundException.class, () -> t.run(SID, ticket, new AddFollowUp("Not mine")));
        assertThrows(RuleViolationException.class, () -> t.run(SAM, ticket, new AddTag("solar")));

        assertEquals(before, t.history(ticket));
        assertEquals(1, t.stored(ticket).version());
    }

    @Test
    void historyPagesAreNewestFirstAndContinueBelowTheLastSequenceRead() {
        Ticket ticket = t.open("Paged");
        IntStream.rangeClosed(1, 7).forEach(i -> t.run(SAM, ticket, new AddTag("tag" + i)));

        HistoryPage first = t.desk.history(SAM, ticket.number(), HistoryQuery.newest(3));
        assertEquals(List.of(7L, 6L, 5L), sequences(first));
        assertEquals(Optional.of(HistoryQuery.newest(3).before(5)), first.next());
        HistoryPage second = t.desk.history(SAM, ticket.number(), first.next().orElseThrow());
        assertEquals(List.of(4L, 3L, 2L), sequences(second));
        HistoryPage last = t.desk.history(SAM, ticket.number(), second.next().orElseThrow());
        assertEquals(List.of(1L, 0L), sequences(last));
        assertEquals(Optional.empty(), last.next(), "the oldest page says it is the last");
    }

    @Test
    void aPageThatEndsExactlyAtTheOldestEntryHasNoNext() {
        Ticket ticket = t.open("Exact");
        t.run(SAM, ticket, new AddTag("one"));
        HistoryPage page = t.desk.history(SAM, ticket.number(), HistoryQuery.newest(2));
        assertEquals(List.of(1L, 0L), sequences(page));
        assertEquals(Optional.empty(), page.next());
    }

    @Test
    void aFullPageOfTheLargestSizeStillTellsWhetherMoreEntriesFollow() {
        Ticket ticket = t.open("Long history");
        for (int i = 1; i < HistoryQuery.MAX_LIMIT; i++) {
            t.run(OLA, ticket, new AddFollowUp("Note " + i));
        }
        HistoryPage exactlyAll = t.desk.history(SAM, ticket.number(), HistoryQuery.newest(HistoryQuery.MAX_LIMIT));
        assertEquals(HistoryQuery.MAX_LIMIT, exactlyAll.entries().size());
        assertEquals(Optional.empty(), exactlyAll.next(), "500 entries fill the page with none left");

        t.run(OLA, ticket, new AddFollowUp("One more"));
        HistoryPage full = t.desk.history(SAM, ticket.number(), HistoryQuery.newest(HistoryQuery.MAX_LIMIT));
        assertEquals(HistoryQuery.MAX_LIMIT, full.entries().size());
        HistoryPage rest = t.desk.history(SAM, ticket.number(), full.next().orElseThrow());
        assertEquals(List.of(0L), sequences(rest), "the creation is on the second page");
        assertEquals(Optional.empty(), rest.next());
    }

    @Test
    void historyKeepsOnlyTheActionsAsked() {
        Ticket ticket = t.open("Filtered");
        t.run(SAM, ticket, new AddFollowUp("First call"));
        t.run(SAM, ticket, new AddTag("solar"));
        t.run(SAM, ticket, new AddFollowUp("Second call"));
        t.run(SAM, ticket, new RemoveTag("solar"));

        HistoryPage followUps = t.desk.history(SAM, ticket.number(),
                HistoryQuery.newest(10).only(TimelineAction.FOLLOW_UP_ADDED));
        assertEquals(List.of(3L, 1L), sequences(followUps));
        HistoryPage tags = t.desk.history(SAM, ticket.number(),
                HistoryQuery.newest(10).only(TimelineAction.TAGGED, TimelineAction.UNTAGGED));
        assertEquals(List.of(TimelineAction.UNTAGGED, TimelineAction.TAGGED), actions(tags));
        assertEquals(5, t.desk.history(SAM, ticket.number(), HistoryQuery.newest(10).only()).entries().size(),
                "no action named means every action");
    }

    @Test
    void aFilteredPageSkipsTheOtherEntriesAndItsNextContinuesTheFilter() {
        Ticket ticket = t.open("Sparse notes");
        for (int i = 1; i <= 6; i++) {
            t.run(SAM, ticket, new AddTag("tag" + i));
            t.run(SAM, ticket, new AddFollowUp("Note " + i));
        }
        HistoryQuery notes = HistoryQuery.newest(4).only(TimelineAction.FOLLOW_UP_ADDED);
        HistoryPage first = t.desk.history(SAM, ticket.number(), notes);
        assertEquals(List.of("Note 6", "Note 5", "Note 4", "Note 3"), notes(first));
        HistoryPage second = t.desk.history(SAM, ticket.number(), first.next().orElseThrow());
        assertEquals(List.of("Note 2", "Note 1"), notes(second));
        assertEquals(Optional.empty(), second.next());
    }

    @Test
    void publicOnlyLeavesInternalNotesAndHousekeepingOut() {
        Ticket ticket = t.open("Customer facing");
        t.run(SAM, ticket, new AddFollowUp("Internal: customer is grumpy"));
        t.run(SAM, ticket, new AddFollowUp("We ordered the part").visibleToCustomer());
        t.run(SAM, ticket, new AddTag("parts"));
        t.run(SAM, ticket, new ChangeStatus("IN_PROGRESS"));
        t.run(SAM, ticket, new Close("Part fitted"));

        HistoryPage customer = t.desk.history(SAM, ticket.number(), HistoryQuery.newest(50).publicOnly());
        assertEquals(List.of(TimelineAction.CLOSED, TimelineAction.STATUS_CHANGED, TimelineAction.FOLLOW_UP_ADDED,
                TimelineAction.CREATED), actions(customer));
        assertTrue(customer.entries().stream().allMatch(e -> e.audience() == Audience.PUBLIC));
        assertEquals(List.of("We ordered the part"), t.desk.history(SAM, ticket.number(),
                HistoryQuery.newest(50).publicOnly().only(TimelineAction.FOLLOW_UP_ADDED)).entries().stream()
                .map(e -> e.followUp().orElseThrow().note()).toList());
    }

    @Test
    void aFollowUpIsReadBackFromItsEntryWithNoteDateAuthorTimeAndVisibility() {
        Ticket ticket = t.open("Read back");
        LocalDate callback = t.today().plusDays(3);
        t.tick();
        t.run(OLA, ticket, new AddFollowUp("Called, will call again", callback).visibleToCustomer());
        TicketEvent.FollowUpAdded added = (TicketEvent.FollowUpAdded) t.events.last();

        TimelineEntry entry = t.desk.history(SAM, ticket.number(),
                HistoryQuery.newest(1).only(TimelineAction.FOLLOW_UP_ADDED)).entries().get(0);
        FollowUp followUp = entry.followUp().orElseThrow();
        assertEquals("Called, will call again", followUp.note());
        assertEquals(Optional.of(callback), followUp.followUpDate());
        assertEquals(OLA.id(), followUp.author());
        assertEquals(t.now(), followUp.createdAt());
        assertEquals(Audience.PUBLIC, followUp.audience());
        assertEquals(entry.id(), followUp.id(), "the follow-up is its entry");
        assertEquals(added.followUp(), followUp, "and equals the one the event carried");
        assertEquals(Optional.of("Called, will call again"), entry.detail());
        assertEquals(Optional.of(callback.toString()), entry.to());
        assertEquals(Optional.empty(), t.history(ticket).get(1).followUp(), "other entries are no follow-ups");
    }

    @Test
    void theHistoryOfAMissingOrHiddenTicketIsNotFoundAndAnAdminReadsAnyone() {
        Ticket ticket = t.open("Whose history");
        TicketNotFoundException hidden = assertThrows(TicketNotFoundException.class,
                () -> t.desk.history(SID, ticket.number(), HistoryQuery.newest(10)));
        assertEquals("Ticket " + ticket.number().value() + " does not exist", hidden.getMessage());
        assertThrows(TicketNotFoundException.class,
                () -> t.desk.history(ADA, t.desk.number("RE00000042"), HistoryQuery.newest(10)));
        assertEquals(1, t.desk.history(ADA, ticket.number(), HistoryQuery.newest(10)).entries().size());
        assertEquals(1, t.desk.history(FAY, ticket.number(), HistoryQuery.newest(10)).entries().size());
    }

    @Test
    void historyQueriesRefuseBadPartsNamingTheField() {
        assertField("limit", () -> HistoryQuery.newest(0));
        assertField("limit", () -> HistoryQuery.newest(HistoryQuery.MAX_LIMIT + 1));
        assertField("before", () -> HistoryQuery.newest(5).before(-1));
        assertField("actions", () -> HistoryQuery.newest(5).only((TimelineAction[]) null));
        assertField("actions", () -> HistoryQuery.newest(5).only(TimelineAction.CLOSED, null));
        assertField("visibilities", () -> new HistoryQuery(Set.of(), Set.of(), Optional.empty(), 5));
        assertField("query", () -> t.desk.history(SAM, t.open("Null query").number(), null));
    }

    private static void assertField(String field, org.junit.jupiter.api.function.Executable action) {
        ValidationFailedException e = assertThrows(ValidationFailedException.class, action);
        assertEquals(field, e.violations().get(0).field(), e.getMessage());
    }

    private static List<Long> sequences(HistoryPage page) {
        return page.entries().stream().map(TimelineEntry::sequence).toList();
    }

    private static List<TimelineAction> actions(HistoryPage page) {
        return page.entries().stream().map(TimelineEntry::action).toList();
    }

    private static List<String> notes(HistoryPage page) {
        return page.entries().stream().map(e -> e.followUp().orElseThrow().note()).toList();
    }
}
