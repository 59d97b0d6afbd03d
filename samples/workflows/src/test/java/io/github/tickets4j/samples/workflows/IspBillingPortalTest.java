package io.github.tickets4j.samples.workflows;

import static io.github.tickets4j.samples.workflows.IspBillingPortal.ANNA;
import static io.github.tickets4j.samples.workflows.IspBillingPortal.HOME;
import static io.github.tickets4j.samples.workflows.IspBillingPortal.NICK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.NamedView;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.ticket.FollowUp;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.workflow.Workflows.IspBilling;
import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Seed 004's portal story: what the customer's user counts and reads, next to staff. */
class IspBillingPortalTest {
    private static final String INTERNAL_NOTE = "Line noise on port 12: the line card in cabinet 7 is failing";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final IspBillingPortal.Outcome story = new IspBillingPortal().run(ScenarioOutput.into(printed));
    private final TicketDesk desk = story.desk();
    private final ScenarioOutput out = ScenarioOutput.of(printed);

    @Test
    void customersTicketFromThePortalIsFiledForTheirOwnCustomer() {
        Ticket reported = desk.find(NICK, story.reported()).orElseThrow();
        assertEquals(Optional.of(HOME), reported.customer());
        assertEquals(ANNA.id(), reported.createdBy());
        out.hasLineEndingWith("anna   RE00000001 created \"Connection drops every evening\" [priority MINOR, type"
                + " Problem, customer C-2001] in NEW");
    }

    @Test
    void noCountOfTheCustomerHoldsTheTicketHiddenFromThemOrAnotherCustomersTicket() {
        TicketQuery ofHome = TicketQuery.builder().customers(HOME).build();
        assertEquals(2, desk.count(NICK, ofHome), "staff count the hidden ticket of the same customer");
        assertEquals(3, desk.count(NICK, TicketQuery.all()));
        assertEquals(1, desk.count(ANNA, ofHome));
        assertEquals(1, desk.count(ANNA, TicketQuery.all()));
        assertEquals(1, desk.dashboard(ANNA, DashboardFilter.cleared(), Sort.NEWEST_FIRST, PageRequest.first(10))
                .total());
        for (NamedView view : NamedView.values()) {
            assertTrue(desk.stageCounts(ANNA, view).all() <= 1, view + " counts more than the customer's ticket");
        }
        assertEquals(1, desk.stageCounts(ANNA, NamedView.ALL).all());
        assertEquals(List.of(story.reported()), numbers(ANNA));
        assertEquals(List.of(story.reported(), story.otherCustomer(), story.hidden()), numbers(NICK));
    }

    @Test
    void theHiddenTicketIsNotFoundForTheCustomerAsIfItDidNotExist() {
        assertTrue(desk.find(ANNA, story.hidden()).isEmpty());
        assertTrue(desk.find(ANNA, story.otherCustomer()).isEmpty());
        assertThrows(TicketNotFoundException.class,
                () -> desk.history(ANNA, story.hidden(), HistoryQuery.newest(10)));
        out.section("Both sides at noon").hasLineEndingWith("RE00000003 (hidden)         not found               NEW");
    }

    @Test
    void theInternalNoteIsInStaffsHistoryAndNotInTheCustomersEvenWhenTheyAskForEverything() {
        List<FollowUp> staff = followUps(NICK, story.reported());
        assertTrue(staff.stream().anyMatch(f -> f.note().equals(INTERNAL_NOTE) && f.audience() == Audience.INTERNAL),
                staff.toString());
        // HistoryQuery.newest asks for every entry; the desk answers a customer with the public ones only.
        List<TimelineEntry> customer = entries(ANNA, story.reported());
        assertTrue(customer.stream().allMatch(e -> e.audience() == Audience.PUBLIC), customer.toString());
        assertTrue(followUps(ANNA, story.reported()).stream().noneMatch(f -> f.note().equals(INTERNAL_NOTE)));
        assertEquals(entries(NICK, story.reported()).size() - 1, customer.size());

        out.section("RE00000001 as nick (staff) reads it").hasLineEndingWith(INTERNAL_NOTE + "\"  (internal)");
        assertEquals(2, out.lines().stream().filter(l -> l.contains("as anna (customer C-2001) reads it")).count(),
                out.toString());
        for (String from : List.of("RE00000001 as anna (customer C-2001) reads it (WORK_IN_PROGRESS",
                "RE00000001 as anna (customer C-2001) reads it (CLOSED")) {
            assertTrue(out.section(from).lines().stream().noneMatch(l -> l.contains("Line noise")), from);
        }
    }

    @Test
    void theCustomerMayOnlyWritePublicReplies() {
        out.refuses("anna   RE00000001 tries to add a note only staff would read",
                "audience: customers and guests write public replies only");
        FollowUp reply = followUps(NICK, story.reported()).get(0);
        assertEquals(ANNA.id(), reply.author());
        assertEquals(Audience.PUBLIC, reply.audience());
    }

    @Test
    void theCustomerClosesTheirTicketOnceStaffHaveResolvedIt() {
        Ticket reported = desk.find(NICK, story.reported()).orElseThrow();
        assertEquals(IspBilling.CLOSED, reported.status().name());
        assertEquals(Optional.of(ANNA.id()), reported.closedBy());
        out.inOrder("nick   RE00000001 STATUS_CHANGED WORK_IN_PROGRESS -> RESOLVED",
                "anna   RE00000001 CLOSED RESOLVED -> CLOSED \"No drop all evening, thanks\"   [CLOSED]");
        ScenarioOutput after = out.section("Both sides after the customer closed RE00000001");
        after.hasLineEndingWith("stage bar of view ALL       CLOSED 1                NEW 1, RESOLVED 1, CLOSED 1");
        assertEquals(1, desk.stageCounts(ANNA, NamedView.ALL).count(IspBilling.CLOSED));
        assertEquals(1, desk.stageCounts(ANNA, NamedView.ALL).all());
    }

    private List<TicketNumber> numbers(Actor who) {
        return desk.search(who, TicketQuery.all(), Sort.NEWEST_FIRST, PageRequest.first(50)).items().stream()
                .map(TicketSummary::number).sorted(Comparator.comparing(TicketNumber::value)).toList();
    }

    private List<TimelineEntry> entries(Actor who, TicketNumber number) {
        return desk.history(who, number, HistoryQuery.newest(50)).entries();
    }

    private List<FollowUp> followUps(Actor who, TicketNumber number) {
        return entries(who, number).stream().flatMap(e -> e.followUp().stream()).toList();
    }
}
