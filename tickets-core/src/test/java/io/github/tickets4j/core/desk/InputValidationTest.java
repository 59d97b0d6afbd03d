package io.github.tickets4j.core.desk;

import static io.github.tickets4j.core.desk.TestDesk.OLA;
import static io.github.tickets4j.core.desk.TestDesk.SAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.Submitter;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeTeam;
import io.github.tickets4j.core.ticket.TicketCommand.ClearCategory;
import io.github.tickets4j.core.ticket.TicketCommand.SetDueDate;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.AddTag;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeCategory;
import io.github.tickets4j.core.ticket.TicketCommand.ChangePriority;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.LinkCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketCommand.SetFollowUpDate;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The input rules of {@link CreateTicket} and the {@link TicketCommand} records, as the desk enforces them: every
 * broken rule is refused with {@link ValidationFailedException} naming the field and the rule, all of them in one
 * exception, and nothing changes.
 */
class InputValidationTest {
    private final TestDesk t = TestDesk.standard();

    @Test
    void aBlankOrMissingTitleIsRefused() {
        for (String title : new String[] {null, "", "   ", "\t\n"}) {
            assertOnly(refusedCreation(CreateTicket.titled(title).project(TestDesk.P100)), "title", "must not be blank");
        }
    }

    @Test
    void aTitleOf200CharactersAfterTrimmingIsAcceptedAnd201AreRefused() {
        String longest = "a".repeat(200);
        assertEquals(longest, t.desk.create(SAM, t.valid("  " + longest + "  ").build()).title());
        assertOnly(refusedCreation(t.valid(longest + "b")), "title", "between 0 and 200");
    }

    @Test
    void aTitleWithControlCharactersIsRefused() {
        for (String title : new String[] {"Broken\u0000title", "Two\nlines", "Tab\tin title", "Delete\u007Fme"}) {
            assertOnly(refusedCreation(t.valid(title)), "title", "must not contain control characters");
        }
    }

    @Test
    void aDescriptionOf20000CharactersIsAcceptedAndLongerIsRefused() {
        String longest = "d".repeat(20_000);
        assertEquals(Optional.of(longest), t.desk.create(SAM, t.valid("Long").description(longest).build()).description());
        assertOnly(refusedCreation(t.valid("Too long").description(longest + "d")), "description", "between 0 and 20000");
    }

    @Test
    void aDescriptionKeepsLineBreaksAndTabsButRefusesOtherControlCharacters() {
        String text = "Steps:\n\t1. switch off\r\n\t2. switch on";
        assertEquals(Optional.of(text), t.desk.create(SAM, t.valid("Steps").description(text).build()).description());
        assertOnly(refusedCreation(t.valid("Bell").description("Ring \u0007 ring")), "description",
                "must not contain control characters other than line breaks and tabs");
    }

    @Test
    void aFollowUpNoteIsRequired() {
        Ticket ticket = t.open("Notes");
        for (String note : new String[] {null, "", "  \n "}) {
            assertOnly(refused(SAM, ticket, new AddFollowUp(note, t.today())), "note", "must not be blank");
        }
    }

    @Test
    void aNoteOf10000CharactersIsAcceptedAndLongerIsRefused() {
        Ticket ticket = t.open("Notes");
        String longest = "n".repeat(10_000);
        assertEquals(longest, t.followUps(t.run(SAM, ticket, new AddFollowUp(longest))).get(0).note());
        assertOnly(refused(SAM, ticket, new AddFollowUp(longest + "n")), "note", "between 0 and 10000");
    }

    @Test
    void aNoteWithControlCharactersOtherThanLineBreaksIsRefused() {
        Ticket ticket = t.open("Notes");
        assertOnly(refused(SAM, ticket, new AddFollowUp("Escape \u001B[31m red")), "note",
                "must not contain control characters other than line breaks and tabs");
        assertEquals("Line one\nLine two",
                t.followUps(t.run(SAM, ticket, new AddFollowUp("Line one\nLine two"))).get(0).note());
    }

    @Test
    void aFollowUpDateBeforeTodayInTheDesksZoneIsRefused() {
        // 23:30 UTC on 2 March is already 3 March in Berlin, the desk's zone.
        t.clock.set(Instant.parse("2026-03-02T23:30:00Z"));
        Ticket ticket = t.open("Late evening call");
        assertOnly(refused(SAM, ticket, new AddFollowUp("Call back", LocalDate.of(2026, 3, 2))), "followUpDate",
                "must not be before today (2026-03-03)");
        assertOnly(refused(SAM, ticket, new SetFollowUpDate(LocalDate.of(2026, 3, 2))), "followUpDate",
                "must not be before today");
        assertEquals(Optional.of(LocalDate.of(2026, 3, 3)),
                t.run(SAM, ticket, new AddFollowUp("Call back", LocalDate.of(2026, 3, 3))).followUpDate());
    }

    @Test
    void todayIsTakenInTheConfiguredZoneRatherThanTheClocksZone() {
        // The clock says 2 March 20:00 in UTC; in Auckland, the desk's zone, it is already 3 March.
        TicketDesk auckland = TicketDesk.builder().inMemory().directory(t.directory)
                .clock(Clock.fixed(Instant.parse("2026-03-02T20:00:00Z"), ZoneOffset.UTC))
                .zone(ZoneId.of("Pacific/Auckland")).build();
        Ticket ticket = auckland.create(SAM, t.valid("Across the date line").build());
        ValidationFailedException e = assertThrows(ValidationFailedException.class,
                () -> auckland.execute(SAM, ticket.number(), new AddFollowUp("Call", LocalDate.of(2026, 3, 2))));
        assertOnly(e, "followUpDate", "must not be before today (2026-03-03)");
        assertEquals(1, auckland.history(SAM, ticket.number(), HistoryQuery.newest(10)).entries().size());
    }

    @Test
    void anUnknownOrBlankTargetStatusIsRefused() {
        Ticket ticket = t.open("Status");
        assertOnly(refused(SAM, ticket, new ChangeStatus("DONE")), "to", "must be one of [OPEN, IN_PROGRESS, CLOSED]");
        assertOnly(refused(SAM, ticket, new ChangeStatus(" ")), "to", "must not be blank");
    }

    @Test
    void anUnknownPriorityIsRefusedAtCreationAndOnChange() {
        TestDesk crm = TestDesk.with(Workflows.crmSupport());
        Ticket ticket = crm.open("Priorities");
        ValidationFailedException atCreation = crm.assertRefused(ValidationFailedException.class,
                () -> crm.desk.create(SAM, crm.valid("Panic").priority("PANIC").build()));
        assertOnly(atCreation, "priority", "must be one of [LOW, MEDIUM, HIGH, URGENT]");
        assertOnly(crm.assertRefused(ValidationFailedException.class,
                () -> crm.run(SAM, ticket, new ChangePriority("PANIC"))), "priority", "must be one of");
    }

    @Test
    void aPriorityOnAWorkflowWithoutPrioritiesIsRefused() {
        assertOnly(refusedCreation(t.valid("No priorities here").priority("HIGH")), "priority",
                "workflow standard has no priorities");
    }

    @Test
    void anUnknownCategoryIsRefusedAtCreationAndOnChange() {
        TestDesk isp = TestDesk.with(Workflows.ispBilling());
        Ticket ticket = isp.open("Types");
        assertOnly(isp.assertRefused(ValidationFailedException.class,
                () -> isp.desk.create(SAM, isp.valid("Gossip").category("Gossip").build())), "category",
                "must be one of [Question, Problem, Incident, Feature request, Lead]");
        assertOnly(isp.assertRefused(ValidationFailedException.class,
                () -> isp.run(SAM, ticket, new ChangeCategory("Gossip"))), "category", "must be one of");
    }

    @Test
    void aWorkflowThatRequiresPriorityAndCategoryNamesBothWhenMissing() {
        TestDesk ecommerce = TestDesk.with(Workflows.ecommerce());
        ValidationFailedException e = ecommerce.assertRefused(ValidationFailedException.class,
                () -> ecommerce.desk.create(SAM, CreateTicket.titled("Refund").project(TestDesk.P100).build()));
        assertEquals(List.of("category", "priority"), fields(e));
        assertTrue(e.violations().get(1).message().startsWith("is required, one of [LOW, MEDIUM, HIGH]"));
    }

    @Test
    void oneExceptionListsEveryBrokenRuleOfACreation() {
        ValidationFailedException e = refusedCreation(CreateTicket.titled(" ").project(TestDesk.P100)
                .description("x".repeat(20_001)).priority("HIGH").category("Bad\u0000category").tags("#nope"));
        assertEquals(List.of("category", "description", "priority", "tags", "title"), fields(e));
        assertTrue(e.getMessage().contains("title: must not be blank"), e.getMessage());
    }

    @Test
    void oneExceptionListsEveryBrokenRuleOfAFollowUp() {
        Ticket ticket = t.open("Many problems");
        ValidationFailedException e = refused(SAM, ticket,
                new AddFollowUp("Bad \u0000 note", t.today().minusDays(1)).visibleToCustomer());
        assertEquals(List.of("followUpDate", "note"), fields(e));
    }

    @Test
    void idsWithIllegalCharactersAreRefusedNamingTheField() {
        assertOnly(assertThrows(ValidationFailedException.class, () -> UserId.of("sam smith")), "userId",
                "must be 1 to 100 letters, digits or . _ @ : + - starting with a letter or digit");
        assertOnly(assertThrows(ValidationFailedException.class, () -> ProjectId.of("-P1")), "projectId", "must be");
        assertOnly(assertThrows(ValidationFailedException.class, () -> CustomerId.of("")), "customerId", "must be");
        assertOnly(assertThrows(ValidationFailedException.class, () -> TeamId.of("a/b")), "teamId", "must be");
        assertOnly(assertThrows(ValidationFailedException.class, () -> ContactId.of("k".repeat(101))), "contactId",
                "must be");
        assertOnly(assertThrows(ValidationFailedException.class, () -> UserId.of(null)), "userId", "must not be null");
        assertEquals("ok.user+1@example:2", UserId.of("ok.user+1@example:2").value());
    }

    @Test
    void tagsMustBeLettersDigitsSpacesOrPunctuationStartingWithALetterOrDigit() {
        Ticket ticket = t.open("Tags");
        String rule = "must be 1 to 50 letters, digits, spaces or _ . - starting with a letter or digit";
        assertOnly(refused(SAM, ticket, new AddTag("#urgent")), "tag", rule);
        assertOnly(refused(SAM, ticket, new AddTag("  ")), "tag", rule);
        assertOnly(refused(SAM, ticket, new AddTag("t".repeat(51))), "tag", rule);
        assertOnly(refused(SAM, ticket, new AddTag(null)), "tag", "must not be null");
        assertEquals(List.of("für-kunden 2"), List.copyOf(t.run(SAM, ticket, new AddTag("Für-Kunden 2")).tags()));
    }

    @Test
    void aMissingTagAtCreationIsRefusedTogetherWithTheOtherBrokenRules() {
        ValidationFailedException e = refusedCreation(CreateTicket.titled("").project(TestDesk.P100)
                .tags("solar", null));
        assertEquals(List.of("tags", "title"), fields(e));
        assertTrue(e.violations().get(0).message().contains("must not be null"), e.getMessage());
    }

    @Test
    void aTicketHoldsAtMost20Tags() {
        String[] twentyOne = IntStream.rangeClosed(1, 21).mapToObj(i -> "tag" + i).toArray(String[]::new);
        assertOnly(refusedCreation(t.valid("Tag storm").tags(twentyOne)), "tags", "between 0 and 20");
        Ticket ticket = t.desk.create(SAM, t.valid("Twenty").tags(Arrays.copyOf(twentyOne, 20)).build());
        assertOnly(refused(SAM, ticket, new AddTag("tag21")), "tag", "at most 20 tags");
    }

    @Test
    void reasonsAndNotesOfTransitionsRefuseControlCharactersAndOversize() {
        Ticket ticket = t.open("Reasons");
        assertOnly(refused(SAM, ticket, new ChangeStatus("IN_PROGRESS", "a\u0001b")), "reason",
                "must not contain control characters other than line breaks and tabs");
        assertOnly(refused(SAM, ticket, new Close("c".repeat(2001))), "note", "between 0 and 2000");
    }

    @Test
    void aTransitionThatNeedsAReasonRefusesToGoWithoutOne() {
        TestDesk ecommerce = TestDesk.with(Workflows.ecommerce());
        Ticket ticket = ecommerce.open("Reopen needs a reason");
        ecommerce.run(SAM, ticket, new Close());
        assertOnly(ecommerce.assertRefused(ValidationFailedException.class,
                () -> ecommerce.run(TestDesk.ADA, ticket, new Reopen())), "reason", "is required to go from CLOSED to OPEN");
    }

    @Test
    void linkingToAProjectTheDirectoryDoesNotKnowIsRefusedLikeACreationForIt() {
        Ticket ticket = t.open("Relink");
        assertOnly(refused(OLA, ticket, new LinkCustomer(TestDesk.C8).withProject(ProjectId.of("P-404"))), "project",
                "project P-404 does not exist");
    }

    @Test
    void aCommandThatSetsAValueNeedsTheValueAndNeverClearsWithoutOne() {
        TestDesk isp = TestDesk.with(Workflows.ispBilling());
        Ticket ticket = isp.run(OLA, isp.open("Dated"), new SetDueDate(Instant.parse("2026-04-01T10:00:00Z")));
        ticket = isp.run(OLA, ticket, new SetFollowUpDate(isp.today().plusDays(3)));
        ticket = isp.run(OLA, ticket, new ChangeTeam(TestDesk.FIELD));
        Ticket set = isp.run(OLA, ticket, new ChangeCategory("Lead"));
        assertOnly(isp.assertRefused(ValidationFailedException.class,
                () -> isp.run(OLA, set, new SetDueDate(null))), "dueAt", "must not be null");
        assertOnly(isp.assertRefused(ValidationFailedException.class,
                () -> isp.run(OLA, set, new SetFollowUpDate(null))), "followUpDate", "must not be null");
        assertOnly(isp.assertRefused(ValidationFailedException.class,
                () -> isp.run(OLA, set, new ChangeTeam(null))), "team", "must not be null");
        assertOnly(isp.assertRefused(ValidationFailedException.class,
                () -> isp.run(OLA, set, new ChangeCategory(" "))), "category", "must not be blank");
    }

    @Test
    void clearingACategoryIsRecordedAsACategoryChangeToNothing() {
        TestDesk isp = TestDesk.with(Workflows.ispBilling());
        Ticket ticket = isp.run(OLA, isp.open("Typed"), new ChangeCategory("lead"));
        assertEquals(Optional.empty(), isp.run(OLA, ticket, new ClearCategory()).category());
        assertEquals(TimelineAction.CATEGORY_CHANGED, isp.newest(ticket).action());
        assertEquals(Optional.of("Lead"), isp.newest(ticket).from());
        assertEquals(Optional.empty(), isp.newest(ticket).to());
    }

    @Test
    void anAssignmentNeedsAnAssignee() {
        Ticket ticket = t.open("Assign");
        assertOnly(refused(OLA, ticket, new Assign(null)), "assignee", "must not be null");
    }

    @Test
    void aSubmittersEmailMustBeAnAddress() {
        ValidationFailedException e = t.assertRefused(ValidationFailedException.class, () -> t.desk.create(OLA,
                CreateTicket.titled("Web form").submitter(Submitter.of("Kim", "not-an-address", null)).build()));
        assertEquals(1, e.violations().size());
        assertTrue(e.violations().get(0).field().startsWith("submitter"), e.violations().toString());
        assertTrue(e.violations().get(0).field().endsWith("email"), e.violations().toString());
    }

    @Test
    void aMissingCommandActorOrNumberIsRefused() {
        Ticket ticket = t.open("Nulls");
        assertOnly(t.assertRefused(ValidationFailedException.class, () -> t.desk.create(SAM, null)), "command",
                "must not be null");
        assertOnly(t.assertRefused(ValidationFailedException.class, () -> t.desk.create(null, t.valid("x").build())),
                "actor", "must not be null");
        assertOnly(t.assertRefused(ValidationFailedException.class,
                () -> t.desk.execute(SAM, ticket.number(), null)), "command", "must not be null");
        assertOnly(t.assertRefused(ValidationFailedException.class,
                () -> t.desk.execute(SAM, null, new AddFollowUp("x"))), "ticketNumber", "must not be null");
        t.assertNextNumberIs(2);
    }

    private ValidationFailedException refusedCreation(CreateTicket.Builder command) {
        return t.assertRefused(ValidationFailedException.class, () -> t.desk.create(SAM, command.build()));
    }

    private ValidationFailedException refused(Actor actor, Ticket ticket, TicketCommand command) {
        Executable run = () -> t.run(actor, ticket, command);
        return t.assertRefused(ValidationFailedException.class, run);
    }

    private static List<String> fields(ValidationFailedException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    /** Checks the exception names exactly one field, with a message that contains the rule. */
    private static void assertOnly(ValidationFailedException e, String field, String rule) {
        assertEquals(List.of(field), fields(e), e.getMessage());
        assertTrue(e.violations().get(0).message().contains(rule), e.getMessage());
    }
}
