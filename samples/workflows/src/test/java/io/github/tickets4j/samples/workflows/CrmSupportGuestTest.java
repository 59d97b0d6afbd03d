package io.github.tickets4j.samples.workflows;

import static io.github.tickets4j.samples.workflows.CrmSupportGuest.ANA;
import static io.github.tickets4j.samples.workflows.CrmSupportGuest.GUEST_REPLY;
import static io.github.tickets4j.samples.workflows.CrmSupportGuest.INTERNAL_NOTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.GuestPass;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.stats.RatingStats;
import io.github.tickets4j.core.stats.ReportPeriod;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.ticket.FollowUp;
import io.github.tickets4j.core.ticket.Rating;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.workflow.Workflows.CrmSupport;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Seed 001's guest story: a submitter without an account follows their ticket with a guest pass. */
class CrmSupportGuestTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final CrmSupportGuest.Outcome story = new CrmSupportGuest().run(ScenarioOutput.into(printed));
    private final TicketDesk desk = story.desk();
    private final ScenarioOutput out = ScenarioOutput.of(printed);

    @Test
    void theTicketCameFromASubmitterNotLinkedToACustomerAndTheGuestWasLetInByTheToken() {
        out.hasLineEndingWith("webform RE00000001 created \"Delivery notes print blank\" [priority MEDIUM] in"
                + " UNASSIGNED");
        out.hasLineEndingWith("(link) presents the token: let in as guest, roles [GUEST]");
        assertTrue(story.guest().id().value().startsWith("guest:"), story.guest().toString());
        assertTrue(desk.find(ANA, story.number()).orElseThrow().submitter().isPresent());
    }

    @Test
    void aGuestReadsThePublicSideOnlyWhileStaffReadTheInternalNote() {
        assertTrue(followUps(ANA).stream().anyMatch(f -> f.note().equals(INTERNAL_NOTE)));
        // The story's guest is locked out now: a second pass lets a guest in to read the history again.
        Actor another = desk.guest(TenantId.DEFAULT, desk.issueGuestPass(ANA, story.number(), Optional.empty())
                .token()).orElseThrow();
        List<TimelineEntry> theirs = desk.history(another, story.number(), HistoryQuery.newest(50)).entries();
        assertTrue(theirs.stream().allMatch(e -> e.audience() == Audience.PUBLIC), theirs.toString());
        List<String> notes = theirs.stream().flatMap(e -> e.followUp().stream()).map(FollowUp::note).toList();
        assertTrue(!notes.contains(INTERNAL_NOTE) && notes.contains(GUEST_REPLY), notes.toString());

        ScenarioOutput printedTheirs = out.section("RE00000001 as the guest (Lee Park) reads it");
        assertTrue(printedTheirs.lines().stream().noneMatch(l -> l.contains("Print driver")
                || l.contains("GUEST_PASS")), printedTheirs.toString());
        out.section("RE00000001 as ana (staff) reads it").hasLineEndingWith(INTERNAL_NOTE + "\"  (internal)");
    }

    @Test
    void theGuestsReplyIsStoredAsAPublicFollowUpByTheGuestAndTheyMayDoNothingElseButRate() {
        FollowUp reply = followUps(ANA).stream().filter(f -> f.note().equals(GUEST_REPLY)).findFirst().orElseThrow();
        assertEquals(Audience.PUBLIC, reply.audience());
        assertEquals(story.guest().id(), reply.author());
        out.refuses("guest  RE00000001 tries to close the ticket", "a guest may only reply and rate");
    }

    @Test
    void theGuestsRatingOfTheResolutionIsRecordedAndCounted() {
        Rating rating = desk.find(ANA, story.number()).orElseThrow().rating().orElseThrow();
        assertEquals(5, rating.score());
        assertEquals(Optional.of("Fixed the same day, thank you"), rating.comment());
        assertEquals(story.guest().id(), rating.by());
        assertEquals(CrmSupport.CLOSED, desk.find(ANA, story.number()).orElseThrow().status().name());
        RatingStats overall = desk.report(ANA, ReportPeriod.of(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 8)))
                .satisfaction().overall();
        assertEquals(1, overall.count());
        assertEquals(5.0, overall.mean());
        out.hasLineEndingWith("Satisfaction 2026-04-06 to 2026-04-08, as ana sees it: 1 rated, mean 5.0");
    }

    @Test
    void aRevokedTokenLetsNobodyInAndTheGuestLetInBeforeFindsNothing() {
        assertEquals(Optional.empty(), desk.guest(TenantId.DEFAULT, story.issued().token()));
        assertTrue(desk.find(story.guest(), story.number()).isEmpty());
        assertThrows(TicketNotFoundException.class,
                () -> desk.history(story.guest(), story.number(), HistoryQuery.newest(10)));
        assertThrows(TicketNotFoundException.class,
                () -> desk.execute(story.guest(), story.number(), AddFollowUp.reply("Still there?")));
        List<GuestPass> passes = desk.guestPasses(ANA, story.number());
        assertEquals(1, passes.size());
        assertTrue(passes.get(0).revokedAt().isPresent());
        out.inOrder("ana    RE00000001 GUEST_PASS_REVOKED pass-1", "(link) presents the token: nobody is let in",
                "the guest let in before looks RE00000001 up: not found");
    }

    private List<FollowUp> followUps(Actor who) {
        return desk.history(who, story.number(), HistoryQuery.newest(50)).entries().stream()
                .flatMap(e -> e.followUp().stream()).toList();
    }
}
