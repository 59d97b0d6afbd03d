package io.github.tickets4j.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.TicketNumber;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sorting by every {@link SortField} both ways, ties by number ascending, and paging, over {@link SixTickets}. */
class SortAndPageTest {
    private final SixTickets x = new SixTickets();

    @ParameterizedTest(name = "{0} ascending={1}")
    @CsvSource({
        "NUMBER, true, 1 2 3 4 5 6",
        "NUMBER, false, 6 5 4 3 2 1",
        "CREATED_AT, true, 1 2 3 4 5 6",
        "CREATED_AT, false, 6 5 4 3 2 1",
        // Workflow order OPEN, IN_PROGRESS, WAITING, CLOSED (not alphabetical); ties 2/5 and 3/6 by number.
        "STATUS, true, 2 5 1 4 3 6",
        "STATUS, false, 3 6 4 1 2 5",
        // Rank order: no priority, LOW, MEDIUM, HIGH, URGENT; tie 2/6 by number in both directions.
        "PRIORITY, true, 3 2 6 5 1 4",
        "PRIORITY, false, 4 1 5 2 6 3",
        "LAST_ACTIVITY, true, 5 4 3 6 1 2",
        "LAST_ACTIVITY, false, 2 1 6 3 4 5"})
    void sortsByEveryFieldInBothDirections(SortField field, boolean ascending, String expected) {
        List<Ticket> all = List.of(x.t1, x.t2, x.t3, x.t4, x.t5, x.t6);
        List<TicketNumber> order = Arrays.stream(expected.split(" "))
                .map(i -> all.get(Integer.parseInt(i) - 1).number()).toList();
        assertEquals(order, x.crm.search(Crm.OLGA, TicketQuery.all(), new Sort(field, ascending)));
    }

    @Test
    void ticketsCreatedAtTheSameInstantKeepNumberOrderEvenWhenSortedNewestFirst() {
        Crm crm = Crm.standard();
        Ticket a = crm.create("First", Crm.SOLAR);
        Ticket b = crm.create("Second", Crm.WIND);
        Ticket c = crm.create(Crm.OLGA, CreateTicket.titled("Third"));
        assertEquals(Crm.numbers(a, b, c), crm.search(Crm.OLGA, TicketQuery.all(), Sort.NEWEST_FIRST));
    }

    @Test
    void pagesSliceTheSortedListAndReportTheWholeTotal() {
        Page<TicketSummary> first = page(new PageRequest(0, 4));
        Page<TicketSummary> second = page(new PageRequest(1, 4));
        assertEquals(Crm.numbers(x.t1, x.t2, x.t3, x.t4), Crm.numbers(first));
        assertEquals(Crm.numbers(x.t5, x.t6), Crm.numbers(second));
        assertEquals(6, first.total());
        assertEquals(6, second.total());
        assertEquals(2, first.totalPages());
    }

    @ParameterizedTest(name = "size {0} makes {1} pages")
    @CsvSource({"1, 6", "3, 2", "4, 2", "5, 2", "6, 1", "1000, 1"})
    void totalPagesRoundsUp(int size, long pages) {
        assertEquals(pages, page(PageRequest.first(size)).totalPages());
    }

    @Test
    void aPagePastTheEndIsEmptyButStillCountsEveryMatch() {
        Page<TicketSummary> beyond = x.crm.desk().search(Crm.OLGA, TicketQuery.builder().statuses("CLOSED").build(),
                Sort.NEWEST_FIRST, new PageRequest(5, 2));
        assertEquals(List.of(), beyond.items());
        assertEquals(2, beyond.total());
        assertEquals(1, beyond.totalPages());
    }

    @Test
    void pageRequestsOutOfRangeAreRefusedNamingTheField() {
        assertRefused("page", () -> new PageRequest(-1, 10));
        assertRefused("size", () -> new PageRequest(0, 0));
        assertRefused("size", () -> PageRequest.first(PageRequest.MAX_SIZE + 1));
    }

    private Page<TicketSummary> page(PageRequest request) {
        return x.crm.desk().search(Crm.OLGA, TicketQuery.all(), Sort.ascending(SortField.NUMBER), request);
    }

    static void assertRefused(String field, Executable executable) {
        ValidationFailedException e = assertThrows(ValidationFailedException.class, executable);
        assertEquals(field, e.violations().get(0).field(), e.getMessage());
    }
}
