package io.github.tickets4j.core.desk;

import static io.github.tickets4j.core.desk.TestDesk.ADA;
import static io.github.tickets4j.core.desk.TestDesk.FAY;
import static io.github.tickets4j.core.desk.TestDesk.OLA;
import static io.github.tickets4j.core.desk.TestDesk.P100;
import static io.github.tickets4j.core.desk.TestDesk.P200;
import static io.github.tickets4j.core.desk.TestDesk.SAM;
import static io.github.tickets4j.core.desk.TestDesk.SID;
import static io.github.tickets4j.core.desk.TestDesk.START;
import static io.github.tickets4j.core.desk.TestDesk.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.stats.RatingStats;
import io.github.tickets4j.core.stats.ReportPeriod;
import io.github.tickets4j.core.stats.Satisfaction;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Rating;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.Rate;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Workflows;
import io.github.tickets4j.core.workflow.Workflows.Ecommerce;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * A report's satisfaction figures are a recount of the ratings given in its period to the tickets its caller may
 * view: overall, per assignee (unassigned under {@link Dimension#NONE}) and per priority in the workflow's order,
 * each ticket with the rating of its latest resolution.
 */
class SatisfactionReportPropertiesTest {
    /**
     * How far a ticket gets: open, resolved, rated, rated and closed, closed unresolved and rated, rated and
     * reopened, or rated, reopened, resolved again and rated again.
     */
    enum Stage { OPEN, RESOLVED, RATED, RATED_CLOSED, CLOSED_RATED, RATED_REOPENED, RATED_TWICE }

    /** One ticket's life: its project, priority and assignee, the day it lives, how far it gets, its score. */
    record Plan(boolean ownProject, String priority, Optional<String> assignee, int day, Stage stage, int score) {
    }

    @Property(tries = 80)
    void theSatisfactionIsARecountOfTheRatingsInThePeriodOverTheViewableTickets(
            @ForAll("plans") List<Plan> plans, @ForAll @IntRange(max = 7) int firstDay,
            @ForAll @IntRange(max = 14) int days, @ForAll("actors") Actor actor) {
        TestDesk t = TestDesk.with(Workflows.ecommerce());
        List<Plan> inOrder = new ArrayList<>(plans);
        inOrder.sort(Comparator.comparingInt(Plan::day));
        for (int i = 0; i < inOrder.size(); i++) {
            Plan plan = inOrder.get(i);
            t.clock.set(START.plus(Duration.ofDays(plan.day())).plus(Duration.ofMinutes(10L * i)));
            live(t, plan);
        }
        ReportPeriod period = ReportPeriod.of(LocalDate.ofInstant(START, ZONE).plusDays(firstDay),
                LocalDate.ofInstant(START, ZONE).plusDays(firstDay + days));

        Satisfaction satisfaction = t.desk.report(actor, period).satisfaction();

        Instant from = period.from().atStartOfDay(ZONE).toInstant();
        Instant before = period.to().plusDays(1).atStartOfDay(ZONE).toInstant();
        List<Ticket> counted = t.tickets().values().stream()
                .filter(k -> t.desk.find(actor, k.number()).isPresent())
                .filter(k -> k.rating().map(r -> !r.at().isBefore(from) && r.at().isBefore(before)).orElse(false))
                .toList();
        assertEquals(stats(counted), satisfaction.overall());
        assertEquals(per(counted, k -> k.assignee().map(UserId::value).orElse(Dimension.NONE)),
                satisfaction.byAssignee());
        Map<String, RatingStats> byPriority = per(counted, k -> k.priority().orElseThrow());
        List<String> order = List.of(Ecommerce.LOW, Ecommerce.MEDIUM, Ecommerce.HIGH);
        assertEquals(order.stream().filter(byPriority::containsKey).toList(),
                List.copyOf(satisfaction.byPriority().keySet()), "the workflow's order");
        assertEquals(byPriority, satisfaction.byPriority());
        Statistics.collect(counted.isEmpty() ? "nothing rated in the period" : "ratings counted");
    }

    /** Takes a new ticket as far as its plan says, Admin acting, a minute per step. */
    private static void live(TestDesk t, Plan plan) {
        CreateTicket.Builder command = t.valid("Planned").project(plan.ownProject() ? P100 : P200)
                .priority(plan.priority());
        plan.assignee().map(UserId::of).ifPresent(command::assignee);
        Ticket ticket = t.desk.create(ADA, command.build());
        Stage stage = plan.stage();
        if (stage == Stage.OPEN) {
            return;
        }
        if (stage == Stage.CLOSED_RATED) {
            step(t, ticket, new Close("Done"));
            step(t, ticket, new Rate(plan.score()));
            return;
        }
        resolve(t, ticket);
        if (stage == Stage.RESOLVED) {
            return;
        }
        step(t, ticket, new Rate(plan.score() == 1 ? 5 : 1));
        switch (stage) {
            case RATED_CLOSED -> step(t, ticket, new Close());
            case RATED_REOPENED -> step(t, ticket, new ChangeStatus(Ecommerce.OPEN, "Not solved"));
            case RATED_TWICE -> {
                step(t, ticket, new ChangeStatus(Ecommerce.OPEN, "Not solved"));
                resolve(t, ticket);
                step(t, ticket, new Rate(plan.score()));
            }
            default -> {
            }
        }
    }

    private static void resolve(TestDesk t, Ticket ticket) {
        step(t, ticket, new ChangeStatus(Ecommerce.IN_PROGRESS));
        step(t, ticket, new ChangeStatus(Ecommerce.RESOLVED));
    }

    private static void step(TestDesk t, Ticket ticket, TicketCommand command) {
        t.tick();
        t.run(ADA, ticket, command);
    }

    /** The statistics of some rated tickets, counted one by one. */
    private static RatingStats stats(List<Ticket> rated) {
        long[] perScore = new long[Rating.MAX];
        rated.forEach(k -> perScore[k.rating().orElseThrow().score() - 1]++);
        return RatingStats.of(perScore);
    }

    private static Map<String, RatingStats> per(List<Ticket> rated, Function<Ticket, String> key) {
        Map<String, List<Ticket>> grouped = new HashMap<>();
        rated.forEach(k -> grouped.computeIfAbsent(key.apply(k), x -> new ArrayList<>()).add(k));
        Map<String, RatingStats> result = new TreeMap<>();
        grouped.forEach((k, v) -> result.put(k, stats(v)));
        return result;
    }

    @Provide
    Arbitrary<List<Plan>> plans() {
        // Sam may hold tickets of his project P-100, Sid of P-200; Ola may hold any.
        Arbitrary<Plan> plan = Combinators.combine(Arbitraries.of(true, false),
                Arbitraries.of(Ecommerce.LOW, Ecommerce.MEDIUM, Ecommerce.HIGH),
                Arbitraries.of("own", "ola").optional(), Arbitraries.integers().between(0, 14),
                Arbitraries.of(Stage.class), Arbitraries.integers().between(1, 5))
                .as((own, priority, who, day, stage, score) -> new Plan(own, priority,
                        who.map(w -> w.equals("ola") ? "ola" : own ? "sam" : "sid"), day, stage, score));
        return plan.list().ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<Actor> actors() {
        return Arbitraries.of(SAM, SID, OLA, ADA, FAY);
    }
}
