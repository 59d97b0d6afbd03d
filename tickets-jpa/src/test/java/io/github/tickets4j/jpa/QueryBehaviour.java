package io.github.tickets4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.SortField;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.stats.Aggregates;
import io.github.tickets4j.core.stats.DurationStats;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.StatusCategory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Queries and aggregates computed in the database agree with {@link TicketCriteria#test} and {@link Aggregates}:
 * on random tickets and criteria (seeded, so a failure repeats), and on the cases users meet most.
 */
abstract class QueryBehaviour extends DatabaseTestBase {
    private static final long SEED = 20_260_302L;

    private List<Ticket> randomTickets(long seed) {
        List<Ticket> tickets = Samples.tickets(new Random(seed), 90);
        insertAll(tickets);
        return tickets;
    }

    @Test
    void findAgreesWithTheReferenceOnRandomCriteriaSortsAndPages() {
        List<Ticket> tickets = randomTickets(SEED);
        Random r = new Random(SEED + 1);
        for (int i = 0; i < 150; i++) {
            TicketCriteria c = Samples.criteria(r, tickets);
            Sort sort = new Sort(Samples.pick(r, List.of(SortField.values())), r.nextBoolean());
            PageRequest page = new PageRequest(r.nextInt(3), 1 + r.nextInt(40));
            assertEquals(Aggregates.find(tickets, c, sort, page), store.find(c, sort, page), c + " " + sort + " " + page);
        }
    }

    @Test
    void countAndCountByAgreeWithTheReferenceForEveryDimension() {
        List<Ticket> tickets = randomTickets(SEED + 2);
        Random r = new Random(SEED + 3);
        for (int i = 0; i < 30; i++) {
            TicketCriteria c = Samples.criteria(r, tickets);
            assertEquals(Aggregates.count(tickets, c), store.count(c), c::toString);
            for (Dimension d : Dimension.values()) {
                assertEquals(Aggregates.countBy(tickets, c, d), store.countBy(c, d), () -> d + " " + c);
            }
        }
    }

    @Test
    void resolutionStatisticsAgreeWithTheReferenceForEveryDimension() {
        List<Ticket> tickets = randomTickets(SEED + 4);
        Random r = new Random(SEED + 5);
        for (int i = 0; i < 15; i++) {
            TicketCriteria c = i == 0 ? Samples.all() : Samples.criteria(r, tickets);
            assertEquals(Aggregates.resolution(tickets, c), store.resolution(c), c::toString);
            for (Dimension d : Dimension.values()) {
                assertEquals(Aggregates.resolutionBy(tickets, c, d), store.resolutionBy(c, d), () -> d + " " + c);
            }
        }
    }

    @Test
    void ratingStatisticsAgreeWithTheReferenceForEveryDimension() {
        List<Ticket> tickets = randomTickets(SEED + 11);
        Random r = new Random(SEED + 12);
        assertTrue(tickets.stream().filter(t -> t.rating().isPresent()).count() > 10, "enough rated tickets");
        for (int i = 0; i < 20; i++) {
            TicketCriteria c = i == 0 ? Samples.all() : Samples.criteria(r, tickets);
            assertEquals(Aggregates.ratings(tickets, c), store.ratings(c), c::toString);
            for (Dimension d : Dimension.values()) {
                assertEquals(Aggregates.ratingsBy(tickets, c, d), store.ratingsBy(c, d), () -> d + " " + c);
            }
        }
    }

    @Test
    void ratedBetweenIncludesItsStartAndExcludesItsEnd() {
        Ticket rated = Samples.tickets(new Random(SEED + 13), 60).stream().filter(t -> t.rating().isPresent())
                .findFirst().orElseThrow();
        insertAll(List.of(rated));
        Instant at = rated.rating().orElseThrow().at();

        assertEquals(1, store.count(ratedBetween(at, at.plusMillis(1))));
        assertEquals(0, store.count(ratedBetween(at.minusMillis(1), at)));
        assertEquals(1, store.ratings(ratedBetween(at, null)).count());
        assertEquals(0, store.ratings(ratedBetween(null, at)).count());
    }

    private static TicketCriteria ratedBetween(Instant from, Instant before) {
        return Samples.criteria(TicketQuery.builder().ratedBetween(from, before).build(),
                List.of(ViewableTickets.all()));
    }

    @Test
    void thePublicSideAndScopesByCustomerContactAndTicketAreEachAnotherCondition() {
        List<Ticket> tickets = Samples.tickets(new Random(SEED + 14), 40);
        insertAll(tickets);
        Ticket first = tickets.get(0);
        List<List<ViewableTickets>> cases = List.of(List.of(ViewableTickets.publicSide()),
                List.of(ViewableTickets.Restricted.ofCustomers(Set.of(Samples.C1))),
                List.of(ViewableTickets.Restricted.ofContacts(Set.of(ContactId.of("K-3")))),
                List.of(ViewableTickets.Restricted.onlyTicket(first.id())),
                List.of(ViewableTickets.Restricted.ofCustomers(Set.of(Samples.C2)), ViewableTickets.publicSide()),
                List.of(ViewableTickets.all(), ViewableTickets.Restricted.onlyTicket(first.id())));
        for (List<ViewableTickets> scopes : cases) {
            TicketCriteria c = Samples.criteria(TicketQuery.all(), scopes);
            assertEquals(Aggregates.find(tickets, c, Sort.NEWEST_FIRST, PageRequest.first(100)),
                    store.find(c, Sort.NEWEST_FIRST, PageRequest.first(100)), scopes::toString);
            assertEquals(Aggregates.countBy(tickets, c, Dimension.STATUS), store.countBy(c, Dimension.STATUS),
                    () -> "by status, not from the rollup of all tickets: " + scopes);
        }
        assertTrue(tickets.stream().anyMatch(Ticket::hiddenFromCustomer), "some tickets are hidden");
        assertEquals(tickets.stream().filter(t -> !t.hiddenFromCustomer()).count(),
                store.count(Samples.criteria(TicketQuery.all(), List.of(ViewableTickets.publicSide()))));
    }

    @Test
    void createdPerDayAgreesWithTheReferenceInZonesWithDaylightSavingAndOddOffsets() {
        List<Ticket> tickets = randomTickets(SEED + 6);
        Random r = new Random(SEED + 7);
        List<ZoneId> zones = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Kathmandu"),
                ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/St_Johns"), ZoneId.of("Pacific/Kiritimati"));
        for (int i = 0; i < 30; i++) {
            TicketCriteria c = i == 0 ? Samples.all() : Samples.criteria(r, tickets);
            for (ZoneId zone : zones) {
                assertEquals(Aggregates.createdPerDay(tickets, c, zone), store.createdPerDay(c, zone),
                        () -> zone + " " + c);
            }
        }
    }

    @Test
    void theMedianAndNinetiethPercentileUseTheNearestRank() {
        List<Ticket> tickets = new ArrayList<>();
        long[] seconds = {50, 10, 40, 20, 30, 30, 90, 60, 70, 80, 100};
        for (int i = 0; i < seconds.length; i++) {
            tickets.add(closedAfter(i + 1, seconds[i]));
        }
        insertAll(tickets);

        DurationStats stats = store.resolution(Samples.all());
        assertEquals(new DurationStats(11, Duration.ofSeconds(53), Duration.ofSeconds(50), Duration.ofSeconds(90)),
                stats);
        assertEquals(Aggregates.resolution(tickets, Samples.all()), stats);
    }

    @Test
    void textSearchMatchesPercentUnderscoreAndTheEscapeCharacterLiterally() {
        insertAll(titled("Discount 50% off", "Discount 50 percent off", "snake_case name", "snakeXcase name",
                "Wow! great", "Wow great"));

        assertEquals(List.of("Discount 50% off"), titlesFound("50%"));
        assertEquals(List.of("Discount 50% off"), titlesFound("%"));
        assertEquals(List.of("snake_case name"), titlesFound("e_c"));
        assertEquals(List.of("snake_case name"), titlesFound("_"));
        assertEquals(List.of("Wow! great"), titlesFound("!"));
        assertEquals(List.of("Wow! great"), titlesFound("wow! G"));
    }

    @Test
    void textSearchIgnoresCaseAndFindsATicketByItsNumber() {
        insertAll(titled("Solar panel not generating power", "Router offline", "Invoice wrong"));

        assertEquals(List.of("Solar panel not generating power"), titlesFound("SOLAR PANEL"));
        assertEquals(List.of("Router offline"), titlesFound("re00000002"));
        assertEquals(List.of("Invoice wrong", "Router offline"), titlesFound("ro"));
    }

    @Test
    void everyScopeMustIncludeATicketAndEachIncludesByAnyOfItsConditions() {
        List<Ticket> tickets = Samples.tickets(new Random(SEED + 8), 40);
        insertAll(tickets);
        ViewableTickets projectOrTeam = new ViewableTickets.Restricted(Set.of(Samples.P1), Set.of(Samples.T2), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of());
        ViewableTickets involvingSam = ViewableTickets.Restricted.involving(Samples.SAM);
        TicketCriteria both = Samples.criteria(TicketQuery.all(), List.of(projectOrTeam, involvingSam));

        List<TicketSummary> expected = tickets.stream().map(Ticket::summary)
                .filter(t -> t.project().equals(Optional.of(Samples.P1))
                        || t.team().equals(Optional.of(Samples.T2)))
                .filter(t -> t.createdBy().equals(Samples.SAM)
                        || t.assignee().equals(Optional.of(Samples.SAM)))
                .sorted(Aggregates.comparator(both, Sort.NEWEST_FIRST)).toList();
        assertEquals(expected, store.find(both, Sort.NEWEST_FIRST, PageRequest.first(100)).items());
    }

    @Test
    void aRestrictedScopeWithoutConditionsShowsNothing() {
        insertAll(Samples.tickets(new Random(SEED + 9), 10));
        TicketCriteria nothing = Samples.criteria(TicketQuery.all(), List.of(ViewableTickets.none()));

        assertEquals(0, store.count(nothing));
        assertEquals(Map.of(), store.countBy(nothing, Dimension.STATUS));
        assertEquals(0, store.find(nothing, Sort.NEWEST_FIRST, PageRequest.first(10)).total());
    }

    @Test
    void sortingByStatusFollowsTheWorkflowOrderAndBreaksTiesByNumber() {
        List<Status> statuses = Samples.WORKFLOW.statuses();
        List<Ticket> tickets = new ArrayList<>();
        int[] order = {5, 0, 3, 0, 5, 1};
        for (int i = 0; i < order.length; i++) {
            tickets.add(withStatus(i + 1, statuses.get(order[i])));
        }
        insertAll(tickets);

        assertEquals(List.of(2, 4, 6, 3, 1, 5), numbersSorted(Sort.ascending(SortField.STATUS)));
        assertEquals(List.of(1, 5, 3, 6, 2, 4), numbersSorted(Sort.descending(SortField.STATUS)));
    }

    @Test
    void sortingByPriorityRanksTicketsWithoutOrWithAnUnknownPriorityLowest() {
        String[] priorities = {"CRITICAL", null, "MINOR", "LEGACY", "MAJOR", "MINOR"};
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < priorities.length; i++) {
            tickets.add(StoredTicket.from(Samples.ticket(new Random(i), i + 1)).priority(priorities[i]).build());
        }
        insertAll(tickets);

        assertEquals(List.of(2, 4, 3, 6, 5, 1), numbersSorted(Sort.ascending(SortField.PRIORITY)));
        assertEquals(List.of(1, 5, 3, 6, 2, 4), numbersSorted(Sort.descending(SortField.PRIORITY)));
    }

    @Test
    void pagesSliceTheSortedMatchesAndReportTheTotal() {
        insertAll(Samples.tickets(new Random(SEED + 10), 25));
        Sort byNumber = Sort.ascending(SortField.NUMBER);

        Page<TicketSummary> third = store.find(Samples.all(), byNumber, new PageRequest(2, 10));
        assertEquals(List.of(21L, 22L, 23L, 24L, 25L), third.items().stream().map(t -> t.number().sequence()).toList());
        assertEquals(25, third.total());
        assertEquals(3, third.totalPages());
        Page<TicketSummary> beyond = store.find(Samples.all(), byNumber, new PageRequest(7, 10));
        assertEquals(List.of(), beyond.items());
        assertEquals(25, beyond.total());
    }

    @Test
    void categoriesMatchIgnoringCase() {
        List<Ticket> tickets = new ArrayList<>();
        String[] categories = {"Problem", "problem", "PROBLEM", "Question", null};
        for (int i = 0; i < categories.length; i++) {
            tickets.add(StoredTicket.from(Samples.ticket(new Random(i), i + 1)).category(categories[i]).build());
        }
        insertAll(tickets);

        TicketCriteria problems = Samples.criteria(TicketQuery.builder().categories("pRoBlEm").build(),
                List.of(ViewableTickets.all()));
        assertEquals(3, store.count(problems));
        assertEquals(Map.of("PROBLEM", 1L, "Problem", 1L, "problem", 1L, "Question", 1L, Dimension.NONE, 1L),
                store.countBy(Samples.all(), Dimension.CATEGORY));
    }

    @Test
    void tagFiltersMatchAnyTagAndTagCountsCountATicketOncePerTag() {
        List<List<String>> tags = List.of(List.of("billing", "vip"), List.of("vip"), List.of(), List.of("café"));
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            tickets.add(StoredTicket.from(Samples.ticket(new Random(i), i + 1)).tags(tags.get(i)).build());
        }
        insertAll(tickets);

        TicketCriteria billingOrCafe = Samples.criteria(TicketQuery.builder().tags("billing", "café").build(),
                List.of(ViewableTickets.all()));
        assertEquals(2, store.count(billingOrCafe));
        assertEquals(Map.of("billing", 1L, "vip", 1L), store.countBy(
                Samples.criteria(TicketQuery.builder().tags("billing").build(), List.of(ViewableTickets.all())),
                Dimension.TAG));
        assertEquals(Map.of("billing", 1L, "vip", 2L, "café", 1L, Dimension.NONE, 1L),
                store.countBy(Samples.all(), Dimension.TAG));
    }

    @Test
    void overdueMeansAnOpenTicketWithAPastFollowUpDateOrAPassedDeadline() {
        LocalDate today = LocalDate.ofInstant(Samples.NOW, ZoneId.of("UTC"));
        Status open = Samples.WORKFLOW.statuses().get(0);
        Status closed = Samples.WORKFLOW.statuses().stream().filter(Status::isClosed).findFirst().orElseThrow();
        List<Ticket> tickets = List.of(
                StoredTicket.from(withStatus(1, open)).followUpDate(today.minusDays(1)).dueAt(null).build(),
                StoredTicket.from(withStatus(2, open)).followUpDate(today).dueAt(null).build(),
                StoredTicket.from(withStatus(3, open)).followUpDate(null).dueAt(Samples.NOW.minusMillis(1)).build(),
                StoredTicket.from(withStatus(4, open)).followUpDate(null).dueAt(Samples.NOW).build(),
                StoredTicket.from(withStatus(5, closed)).dueAt(Samples.NOW.minusSeconds(60)).build(),
                StoredTicket.from(withStatus(6, open)).followUpDate(today.plusDays(3)).dueAt(Samples.NOW.minusSeconds(1))
                        .build(),
                StoredTicket.from(withStatus(7, open)).followUpDate(today.minusDays(2)).dueAt(Samples.NOW.minusSeconds(1))
                        .build());
        insertAll(tickets);

        TicketCriteria overdue = Samples.criteria(TicketQuery.builder().overdueOnly(true).build(),
                List.of(ViewableTickets.all()));
        assertEquals(List.of(1, 3, 6, 7), numbers(store.find(overdue, Sort.ascending(SortField.NUMBER),
                PageRequest.first(10))));
        assertEquals(4, store.count(overdue), "a ticket with both dates passed counts once");
        assertEquals(Map.of(StatusCategory.NEW.name(), 4L), store.countBy(overdue, Dimension.STATUS_CATEGORY));
    }

    private Ticket closedAfter(int number, long seconds) {
        Status closed = Samples.WORKFLOW.statuses().stream().filter(Status::isClosed).findFirst().orElseThrow();
        Ticket t = withStatus(number, closed);
        return StoredTicket.from(t).closedAt(t.createdAt().plusSeconds(seconds).plusMillis(999)).build();
    }

    private Ticket withStatus(int number, Status status) {
        Ticket t = Samples.ticket(new Random(number), number);
        Instant closedAt = status.isClosed() ? t.createdAt().plusSeconds(60) : null;
        return StoredTicket.from(t).status(status).closedAt(closedAt).closedBy(status.isClosed() ? Samples.SAM : null)
                .followUpDate(null).build();
    }

    private static List<Ticket> titled(String... titles) {
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            tickets.add(StoredTicket.from(Samples.ticket(new Random(i), i + 1)).title(titles[i]).description(null).build());
        }
        return tickets;
    }

    private List<String> titlesFound(String text) {
        TicketCriteria c = Samples.criteria(TicketQuery.builder().text(text).build(), List.of(ViewableTickets.all()));
        return store.find(c, Sort.ascending(SortField.NUMBER), PageRequest.first(50)).items().stream()
                .map(TicketSummary::title).sorted().toList();
    }

    private List<Integer> numbersSorted(Sort sort) {
        return numbers(store.find(Samples.all(), sort, PageRequest.first(50)));
    }

    private static List<Integer> numbers(Page<TicketSummary> page) {
        return page.items().stream().map(t -> (int) t.number().sequence()).toList();
    }
}
