package io.github.tickets4j.core.stats;

import static io.github.tickets4j.core.support.RatedTickets.BASE;
import static io.github.tickets4j.core.support.RatedTickets.HOME;
import static io.github.tickets4j.core.support.RatedTickets.WORKFLOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.support.RatedTickets;
import io.github.tickets4j.core.ticket.Rating;
import io.github.tickets4j.core.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The reference satisfaction figures over any tickets: {@code TicketCriteria.test} keeps exactly the tickets rated
 * from the query's {@code ratedFrom} (inclusive) to its {@code ratedBefore} (exclusive), and
 * {@link Aggregates#ratings}/{@link Aggregates#ratingsBy} count every rated matching ticket once per key, with the
 * mean between 1 and 5 and a distribution over every score that sums to the count; both equal a recount by hand.
 */
class RatingAggregatesPropertiesTest {

    @Property(tries = 500)
    void ratedBetweenKeepsExactlyTheTicketsRatedFromInclusiveToBeforeExclusive(
            @ForAll("tickets") List<Ticket> tickets, @ForAll("bounds") Optional<Instant> from,
            @ForAll("bounds") Optional<Instant> before) {
        TicketCriteria criteria = criteria(from, before, Optional.empty(), false);
        for (Ticket t : tickets) {
            Optional<Instant> at = t.rating().map(Rating::at);
            boolean expected = t.tenant().equals(HOME)
                    && (from.isEmpty() || at.isPresent() && !at.get().isBefore(from.get()))
                    && (before.isEmpty() || at.isPresent() && at.get().isBefore(before.get()));
            assertEquals(expected, criteria.test(t), () -> t + " rated " + at + " in " + from + ".." + before);
        }
    }

    @Property(tries = 500)
    void theRatingsAreARecountOfTheRatedMatchingTickets(@ForAll("tickets") List<Ticket> tickets,
            @ForAll("bounds") Optional<Instant> from, @ForAll("bounds") Optional<Instant> before,
            @ForAll("priorityFilters") Optional<String> priority, @ForAll boolean publicSideOnly) {
        TicketCriteria criteria = criteria(from, before, priority, publicSideOnly);
        List<Ticket> rated = tickets.stream().filter(t -> t.rating().isPresent() && criteria.test(t)).toList();

        RatingStats overall = Aggregates.ratings(tickets, criteria);

        assertEquals(recount(rated), overall);
        assertEquals(rated.size(), overall.count());
        assertEquals(overall.count(), overall.distribution().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(List.of(1, 2, 3, 4, 5), List.copyOf(overall.distribution().keySet()));
        assertTrue(overall.count() == 0 ? overall.mean() == 0 : overall.mean() >= 1 && overall.mean() <= 5,
                () -> "mean " + overall.mean());
        Statistics.collect(overall.count() == 0 ? "none rated" : "some rated");
    }

    @Property(tries = 300)
    void theRatingsPerDimensionAreARecountPerKey(@ForAll("tickets") List<Ticket> tickets,
            @ForAll("bounds") Optional<Instant> from, @ForAll Dimension dimension) {
        TicketCriteria criteria = criteria(from, Optional.empty(), Optional.empty(), false);
        Map<String, List<Ticket>> byKey = new HashMap<>();
        for (Ticket t : tickets) {
            if (t.rating().isPresent() && criteria.test(t)) {
                Aggregates.keys(t.summary(), dimension)
                        .forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(t));
            }
        }
        Map<String, RatingStats> expected = new HashMap<>();
        byKey.forEach((k, rated) -> expected.put(k, recount(rated)));

        Map<String, RatingStats> grouped = Aggregates.ratingsBy(tickets, criteria, dimension);

        assertEquals(expected, grouped);
        grouped.values().forEach(s -> assertTrue(s.count() > 0, "only keys with rated tickets are listed"));
    }

    @Example
    void ratingStatsFollowFromTheCountsPerScore() {
        RatingStats stats = RatingStats.of(new long[] {1, 0, 0, 2, 1});
        assertEquals(4, stats.count());
        assertEquals((1 + 4 + 4 + 5) / 4.0, stats.mean());
        assertEquals(Map.of(1, 1L, 2, 0L, 3, 0L, 4, 2L, 5, 1L), stats.distribution());
        assertEquals(RatingStats.of(new long[5]), RatingStats.empty());
        assertEquals(0, RatingStats.empty().mean());
        assertThrows(IllegalArgumentException.class, () -> RatingStats.of(new long[4]));
        assertThrows(IllegalArgumentException.class, () -> RatingStats.of(new long[] {0, -1, 0, 0, 0}));
    }

    /** The statistics of some rated tickets, counted one by one. */
    private static RatingStats recount(List<Ticket> rated) {
        long[] perScore = new long[Rating.MAX];
        rated.forEach(t -> perScore[t.rating().orElseThrow().score() - 1]++);
        long count = LongStream.of(perScore).sum();
        long sum = rated.stream().mapToLong(t -> t.rating().orElseThrow().score()).sum();
        Map<Integer, Long> distribution = new HashMap<>();
        for (int score = Rating.MIN; score <= Rating.MAX; score++) {
            distribution.put(score, perScore[score - 1]);
        }
        return new RatingStats(count, count == 0 ? 0 : (double) sum / count, distribution);
    }

    private static TicketCriteria criteria(Optional<Instant> from, Optional<Instant> before, Optional<String> priority,
            boolean publicSideOnly) {
        TicketQuery.Builder q = TicketQuery.builder().ratedBetween(from.orElse(null), before.orElse(null));
        priority.ifPresent(q::priorities);
        List<ViewableTickets> scopes = publicSideOnly ? List.of(ViewableTickets.publicSide()) : List.of();
        return new TicketCriteria(HOME, q.build(), scopes, LocalDate.of(2026, 3, 2), BASE, Optional.empty(),
                WORKFLOW.statuses().stream().map(s -> s.name()).toList(), WORKFLOW.priorities());
    }

    @Provide
    Arbitrary<List<Ticket>> tickets() {
        return RatedTickets.lists();
    }

    @Provide
    Arbitrary<Optional<Instant>> bounds() {
        // On the minute, like the ratings, so a bound falls exactly on a rating's instant now and then.
        return Arbitraries.integers().between(-10, 610).map(m -> BASE.plus(Duration.ofMinutes(m))).optional(0.7);
    }

    @Provide
    Arbitrary<Optional<String>> priorityFilters() {
        return Arbitraries.of(WORKFLOW.priorities()).optional(0.3);
    }
}
