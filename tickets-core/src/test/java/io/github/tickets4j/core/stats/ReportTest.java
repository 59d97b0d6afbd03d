package io.github.tickets4j.core.stats;

import static io.github.tickets4j.core.query.Crm.ANN;
import static io.github.tickets4j.core.query.Crm.CAT;
import static io.github.tickets4j.core.query.Crm.OLGA;
import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.query.Crm;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reports of seeds 001, 002 and 004 on seed 004's workflow (priorities MINOR, MAJOR, CRITICAL; default
 * MINOR) in Berlin (UTC+1), for the period 2 to 4 March 2026, which runs from 1 March 23:00 UTC to 4 March
 * 23:00 UTC.
 *
 * <pre>
 * #  created (UTC)  priority  category  tags            assignee  closed (UTC)   resolution
 * 0  01 Mar 22:00   MAJOR     Problem   -               cat       02 Mar 10:00   12 h  (created before)
 * 1  01 Mar 23:00   MAJOR     Problem   billing,outage  ann       02 Mar 02:00    3 h
 * 2  02 Mar 08:00   CRITICAL  Incident  outage          ann       03 Mar 08:00   24 h
 * 3  03 Mar 09:00   MINOR     -         -               cat       open, WORK_IN_PROGRESS
 * 6  03 Mar 12:00   MAJOR     -         -               -         05 Mar 10:00   (closed after)
 * 4  04 Mar 22:59:59 MINOR    Question  -               -         open
 * 5  04 Mar 23:00   MINOR     -         -               ann       open           (created after)
 * </pre>
 */
class ReportTest {
    private static final ReportPeriod PERIOD = ReportPeriod.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4));
    private static final long HOUR = 3600;

    private final Crm crm = Crm.of(Workflows.ispBilling(), Crm.BERLIN, Instant.parse("2026-03-01T22:00:00Z"));

    ReportTest() {
        Ticket r0 = create(ticket("Line drops").priority("MAJOR").category("Problem").assignee(CAT.id()));
        at("2026-03-01T23:00:00Z");
        Ticket r1 = create(ticket("Double charge").priority("major").category("problem").tags("billing", "outage")
                .assignee(ANN.id()));
        at("2026-03-02T02:00:00Z");
        crm.run(OLGA, r1, new Close());
        at("2026-03-02T08:00:00Z");
        Ticket r2 = create(ticket("Area outage").priority("CRITICAL").category("Incident").tags("outage")
                .assignee(ANN.id()));
        at("2026-03-02T10:00:00Z");
        crm.run(OLGA, r0, new Close());
        at("2026-03-03T08:00:00Z");
        crm.run(OLGA, r2, new Close());
        at("2026-03-03T09:00:00Z");
        crm.run(OLGA, create(ticket("Slow line").assignee(CAT.id())), new ChangeStatus("WORK_IN_PROGRESS"));
        at("2026-03-03T12:00:00Z");
        Ticket r6 = create(ticket("Static IP").priority("MAJOR"));
        at("2026-03-04T22:59:59Z");
        create(ticket("Tariff question").category("question"));
        at("2026-03-04T23:00:00Z");
        create(ticket("Router swap").assignee(ANN.id()));
        at("2026-03-05T10:00:00Z");
        crm.run(OLGA, r6, new Close());
    }

    @Test
    void volumeCountsTicketsCreatedInThePeriodByStatusPriorityTagCategoryAndAssignee() {
        Volume volume = report().volume();
        assertEquals(5, volume.total());
        assertEquals(List.of(entry("NEW", 1L), entry("WORK_IN_PROGRESS", 1L), entry("CLOSED", 3L)),
                List.copyOf(volume.byStatus().entrySet()), "in workflow order");
        assertEquals(new Counts<>(ordered("MINOR", 2L, "MAJOR", 2L, "CRITICAL", 1L), 0), volume.priorities());
        assertEquals(new Counts<>(ordered("billing", 1L, "outage", 2L), 3), volume.tags());
        assertEquals(new Counts<>(ordered("Incident", 1L, "Problem", 1L, "Question", 1L), 2), volume.categories());
        assertEquals(new Counts<>(Map.of(ANN.id(), 2L, CAT.id(), 1L), 2), volume.assignees());
        assertEquals(List.of(ANN.id(), CAT.id()), List.copyOf(volume.assignees().byValue().keySet()));
        assertEquals(2, volume.assignees().of(ANN.id()));
        assertEquals(0, volume.assignees().of(OLGA.id()));
    }

    @Test
    void resolutionCoversTicketsClosedInThePeriodWithNearestRankMedianAndP90() {
        // 3 h, 12 h, 24 h: mean 13 h, median the 2nd value, p90 the 3rd.
        assertEquals(stats(3, 13 * HOUR, 12 * HOUR, 24 * HOUR), report().resolution());
    }

    @Test
    void resolutionByPriorityInWorkflowOrder() {
        assertEquals(List.of(entry("MAJOR", stats(2, 15 * HOUR / 2, 3 * HOUR, 12 * HOUR)),
                entry("CRITICAL", stats(1, 24 * HOUR, 24 * HOUR, 24 * HOUR))),
                List.copyOf(report().resolutionByPriority().entrySet()));
    }

    @Test
    void agentFiguresPairTicketsOpenNowWithTicketsClosedInThePeriod() {
        assertEquals(List.of(
                new AgentFigures(ANN.id(), 1, 2, stats(2, 27 * HOUR / 2, 3 * HOUR, 24 * HOUR)),
                new AgentFigures(CAT.id(), 1, 1, stats(1, 12 * HOUR, 12 * HOUR, 12 * HOUR))), report().agents());
    }

    @Test
    void ticketsWithoutPriorityOrAssigneeCountApartAndInTheOverallResolutionOnly() {
        Crm triage = Crm.of(Crm.TRIAGE, Crm.BERLIN, Instant.parse("2026-03-02T09:00:00Z"));
        Ticket plain = triage.create("No priority, nobody on it", Crm.SOLAR);
        triage.later(Duration.ofHours(5));
        triage.run(OLGA, plain, new Close());
        Report report = triage.desk().report(OLGA, PERIOD);
        assertEquals(new Counts<>(Map.of(), 1), report.volume().priorities());
        assertEquals(new Counts<>(Map.of(), 1), report.volume().assignees());
        assertEquals(Map.of(), report.resolutionByPriority());
        assertEquals(List.of(), report.agents());
        assertEquals(stats(1, 5 * HOUR, 5 * HOUR, 5 * HOUR), report.resolution());
    }

    @Test
    void createdPerDayCountsByDayInTheDesksZone() {
        assertEquals(Map.of(LocalDate.of(2026, 3, 2), 2L, LocalDate.of(2026, 3, 3), 2L,
                LocalDate.of(2026, 3, 4), 1L), report().createdPerDay());
    }

    @Test
    void createdPerDayListsEveryDayOfThePeriodInOrderWithZeros() {
        Report wide = crm.desk().report(OLGA, ReportPeriod.of(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 7)));
        assertEquals(List.of(0L, 0L, 1L, 2L, 2L, 1L, 1L, 0L, 0L), List.copyOf(wide.createdPerDay().values()));
        assertEquals(LocalDate.of(2026, 2, 27), wide.createdPerDay().keySet().iterator().next());
        assertEquals(PERIOD, report().period());
    }

    @Test
    void aPeriodWithoutTicketsGivesEmptyFiguresAndZeroDays() {
        Report quiet = crm.desk().report(OLGA, ReportPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)));
        assertEquals(DurationStats.empty(), quiet.resolution());
        assertEquals(new Volume(Map.of(), none(), none(), none(), none()), quiet.volume());
        assertEquals(Map.of(LocalDate.of(2026, 1, 1), 0L, LocalDate.of(2026, 1, 2), 0L), quiet.createdPerDay());
        // Agents still show what they hold open now.
        assertEquals(List.of(new AgentFigures(ANN.id(), 1, 0, DurationStats.empty()),
                new AgentFigures(CAT.id(), 1, 0, DurationStats.empty())), quiet.agents());
    }

    @Test
    void resolutionRunsFromCreationToTheLatestClosingAfterAReopen() {
        Crm standard = Crm.standard();
        Ticket ticket = standard.create("Flickering display", Crm.SOLAR);
        standard.later(Duration.ofHours(2));
        standard.run(OLGA, ticket, new Close());
        standard.later(Duration.ofHours(1));
        standard.run(Crm.ADA, ticket, new io.github.tickets4j.core.ticket.TicketCommand.Reopen());
        LocalDate firstDay = standard.today();
        assertEquals(0, standard.desk().report(OLGA, ReportPeriod.of(firstDay, firstDay)).resolution().count(),
                "a reopened ticket is not resolved");
        standard.later(Duration.ofHours(21));
        standard.run(OLGA, ticket, new Close());
        LocalDate nextDay = firstDay.plusDays(1);
        assertEquals(0, standard.desk().report(OLGA, ReportPeriod.of(firstDay, firstDay)).resolution().count());
        assertEquals(stats(1, 24 * HOUR, 24 * HOUR, 24 * HOUR),
                standard.desk().report(OLGA, ReportPeriod.of(nextDay, nextDay)).resolution());
    }

    private Report report() {
        return crm.desk().report(OLGA, PERIOD);
    }

    private static <K> Counts<K> none() {
        return new Counts<>(Map.of(), 0);
    }

    /** A map in the order its entries are given, as the report orders them. */
    private static Map<String, Long> ordered(Object... keysAndCounts) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            map.put((String) keysAndCounts[i], (Long) keysAndCounts[i + 1]);
        }
        return map;
    }

    private static DurationStats stats(long count, long mean, long median, long p90) {
        return new DurationStats(count, Duration.ofSeconds(mean), Duration.ofSeconds(median), Duration.ofSeconds(p90));
    }

    private static CreateTicket.Builder ticket(String title) {
        return CreateTicket.titled(title).project(Crm.SOLAR);
    }

    private Ticket create(CreateTicket.Builder command) {
        return crm.create(OLGA, command);
    }

    private void at(String instant) {
        crm.clock().set(Instant.parse(instant));
    }
}
