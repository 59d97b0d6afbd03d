package io.github.tickets4j.core.stats;

import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.ticket.Rating;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketSummary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The pure, in-memory meaning of every store query and aggregate. The in-memory store uses it; every other store
 * must give the same answers on the same tickets, which the testkit's store contract checks.
 */
public final class Aggregates {
    private Aggregates() {
    }

    /**
     * Lists matching tickets, sorted and paged.
     *
     * @param tickets all tickets, never null
     * @param criteria what matches, never null
     * @param sort the order, never null
     * @param page the slice, never null
     * @return the page, never null
     */
    public static Page<TicketSummary> find(Collection<Ticket> tickets, TicketCriteria criteria, Sort sort,
            PageRequest page) {
        List<TicketSummary> matching = new ArrayList<>();
        for (Ticket t : tickets) {
            if (criteria.test(t)) {
                matching.add(t.summary());
            }
        }
        matching.sort(comparator(criteria, sort));
        int from = (int) Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.size(), matching.size());
        return new Page<>(matching.subList(from, to), matching.size(), page);
    }

    /**
     * The order a sort means, with ties broken by number ascending.
     *
     * @param criteria gives the workflow's status and priority orders, never null
     * @param sort the sort, never null
     * @return the comparator, never null
     */
    public static Comparator<TicketSummary> comparator(TicketCriteria criteria, Sort sort) {
        Comparator<TicketSummary> primary = switch (sort.field()) {
            case CREATED_AT -> Comparator.comparing(TicketSummary::createdAt);
            case NUMBER -> Comparator.comparing(TicketSummary::number);
            case STATUS -> Comparator.comparingInt(t -> criteria.statusOrder().indexOf(t.status().name()));
            case PRIORITY -> Comparator.comparingInt(
                    t -> t.priority().map(criteria.priorityOrder()::indexOf).orElse(-1));
            case LAST_ACTIVITY -> Comparator.comparing(TicketSummary::lastActivityAt);
        };
        return (sort.ascending() ? primary : primary.reversed()).thenComparing(TicketSummary::number);
    }

    /**
     * Counts matching tickets.
     *
     * @param tickets all tickets, never null
     * @param criteria what matches, never null
     * @return the count
     */
    public static long count(Collection<Ticket> tickets, TicketCriteria criteria) {
        return tickets.stream().filter(criteria::test).count();
    }

    /**
     * Counts matching tickets per value of a dimension.
     *
     * @param tickets all tickets, never null
     * @param criteria what matches, never null
     * @param dimension what to group by, never null
     * @return counts by value, sorted by value; never null
     */
    public static Map<String, Long> countBy(Collection<Ticket> tickets, TicketCriteria criteria, Dimension dimension) {
        Map<String, Long> counts = new TreeMap<>();
        for (Ticket t : tickets) {
            if (criteria.test(t)) {
                keys(t.summary(), dimension).forEach(k -> counts.merge(k, 1L, Long::sum));
            }
        }
        return counts;
    }

    /**
     * Resolution statistics of matching closed tickets.
     *
     * @param tickets all tickets, never null
     * @param criteria what matches, never null
     * @return the statistics, never null
     */
    public static DurationStats resolution(Collection<Ticket> tickets, TicketCriteria criteria) {
        return resolutionBy(tickets, criteria, null).getOrDefault("", DurationStats.empty());
    }

    /**
     * Resolution statistics of matching closed tickets per value of a dimension.
     *
     * @param tickets all tickets, never null
     * @param criteria what matches, never null
     * @param dimension what to group by; null groups everything under the empty key
     * @return statistics by value, sorted by value; never null
     */
    public static Map<String, DurationStats> resolutionBy(Collection<Ticket> tickets, TicketCriteria criteria,
            Dimension dimension) {
        Map<String, List<Long>> seconds = new HashMap<>();
        for (Ticket t : tickets) {
            if (t.closedAt().isPresent() && criteria.test(t)) {
                TicketSummary s = t.summary();
                long value = s.resolutionTime().orElseThrow().getSeconds();
                List<String> keys = dimension == null ? List.of("") : keys(s, dimension);
                keys.forEach(k -> seconds.computeIfAbsent(k, x -> new ArrayList<>()).add(value));
            }
        }
        Map<String, DurationStats> result = new TreeMap<>();
        seconds.forEach((k, v) -> result.put(k, DurationStats.ofSeconds(v.stream().mapToLong(Long::longValue).toArray())));
        return result;
    }

    /**
     * Satisfaction statistics of matching rated tickets.
     *
     * @param tickets all tickets, never null
     * @param criteria what matches, never null
     * @return the statistics, never null
     */
    public static RatingStats ratings(Collection<Ticket> tickets, TicketCriteria criteria) {
        return ratingsBy(tickets, criteria, null).getOrDefault("", RatingStats.empty());
    }

    /**
     * Satisfaction statistics of matching rated tickets per value of a dimension.
     *
     * @param tickets all tickets, never null
     * @param criteria what matches, never null
     * @param dimension what to group by; null groups everything under the empty key
     * @return statistics by value, sorted by value; never null
     */
    public static Map<String, RatingStats> ratingsBy(Collection<Ticket> tickets, TicketCriteria criteria,
            Dimension dimension) {
        Map<String, long[]> perScore = new HashMap<>();
        for (Ticket t : tickets) {
            if (t.rating().isPresent() && criteria.test(t)) {
                int score = t.rating().get().score();
                List<String> keys = dimension == null ? List.of("") : keys(t.summary(), dimension);
                keys.forEach(k -> perScore.computeIfAbsent(k, x -> new long[Rating.MAX])[score - 1]++);
            }
        }
        Map<String, RatingStats> result = new TreeMap<>();
        perScore.forEach((k, v) -> result.put(k, RatingStats.of(v)));
        return result;
    }

    /**
     * Counts matching tickets per creation day in a zone.
     *
     * @param tickets all tickets, never null
     * @param criteria what matches, never null
     * @param zone the zone, never null
     * @return counts by day, sorted; never null
     */
    public static Map<LocalDate, Long> createdPerDay(Collection<Ticket> tickets, TicketCriteria criteria, ZoneId zone) {
        Map<LocalDate, Long> counts = new TreeMap<>();
        for (Ticket t : tickets) {
            if (criteria.test(t)) {
                counts.merge(LocalDate.ofInstant(t.createdAt(), zone), 1L, Long::sum);
            }
        }
        return counts;
    }

    /**
     * The keys a ticket is grouped under for a dimension.
     *
     * @param t the ticket, never null
     * @param dimension the dimension, never null
     * @return the keys, at least one; never null
     */
    public static List<String> keys(TicketSummary t, Dimension dimension) {
        if (dimension == Dimension.TAG) {
            return t.tags().isEmpty() ? List.of(Dimension.NONE) : List.copyOf(new TreeSet<>(t.tags()));
        }
        Optional<String> value = switch (dimension) {
            case STATUS -> Optional.of(t.status().name());
            case STATUS_CATEGORY -> Optional.of(t.status().category().name());
            case PRIORITY -> t.priority();
            case CATEGORY -> t.category();
            case ASSIGNEE -> t.assignee().map(Object::toString);
            case TEAM -> t.team().map(Object::toString);
            case PROJECT -> t.project().map(Object::toString);
            case CUSTOMER -> t.customer().map(Object::toString);
            case TAG -> Optional.empty();
        };
        return List.of(value.orElse(Dimension.NONE));
    }
}
