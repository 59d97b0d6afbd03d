package io.github.tickets4j.jpa.internal;

import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.stats.DurationStats;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.jpa.internal.TicketFilter.Overdue;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads tickets and computes every query and aggregate in the database: counts and sums with GROUP BY (counts of
 * all tickets by status from the rollup, {@link StatusCounts}), medians and percentiles from resolution times the
 * database sorts and the adapter reads once, pages with OFFSET and LIMIT. Nothing loads all tickets.
 */
public final class TicketReads {
    private static final String CLOSED = "t.closedAt is not null";
    private TicketReads() {
    }

    /**
     * Loads a whole ticket by id.
     *
     * @param em the entity manager, never null
     * @param id the ticket's id, never null
     * @return the ticket, or empty
     */
    public static Optional<Ticket> byId(EntityManager em, String id) {
        return Optional.ofNullable(em.find(TicketEntity.class, id)).map(row -> whole(em, row));
    }

    /**
     * Loads a whole ticket by its formatted number.
     *
     * @param em the entity manager, never null
     * @param number the formatted number, never null
     * @return the ticket, or empty
     */
    public static Optional<Ticket> byNumber(EntityManager em, String number) {
        return em.createQuery("select t from T4jTicket t where t.number = :number", TicketEntity.class)
                .setParameter("number", number).getResultList().stream().findFirst().map(row -> whole(em, row));
    }

    /**
     * Lists matching tickets, sorted and paged.
     *
     * @param em the entity manager, never null
     * @param c what matches, never null
     * @param sort the order, never null
     * @param page the slice, never null
     * @return the page, never null
     */
    public static Page<TicketSummary> find(EntityManager em, TicketCriteria c, Sort sort, PageRequest page) {
        long total = count(em, c);
        if (page.offset() >= total) {
            return new Page<>(List.of(), total, page);
        }
        Jpql q = TicketFilter.where(new Jpql(SummaryRow.SELECT + " from T4jTicket t"), c);
        List<SummaryRow> rows = TicketFilter.orderBy(q, sort, c).typed(em, SummaryRow.class)
                .setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        Map<String, Set<String>> tags = tagsOf(em, rows.stream().map(SummaryRow::id).toList());
        return new Page<>(rows.stream().map(r -> r.summary(tags.get(r.id()))).toList(), total, page);
    }

    /**
     * Counts matching tickets.
     *
     * @param em the entity manager, never null
     * @param c what matches, never null
     * @return the count
     */
    public static long count(EntityManager em, TicketCriteria c) {
        if (StatusCounts.answers(c)) {
            return StatusCounts.count(em, c);
        }
        if (!c.query().overdueOnly()) {
            return TicketFilter.where(new Jpql("select count(t) from T4jTicket t"), c).typed(em, Long.class)
                    .getSingleResult();
        }
        // One statement (one snapshot) adding up the overdue filter's two disjoint halves; see TicketFilter.Overdue.
        // Each half counts the date its range is on (never null there), which the index holds: count(t) would count
        // the id, which only the table holds.
        Jpql halves = TicketFilter.where(new Jpql("select count(t.followUpDate) from T4jTicket t"), c, List.of(),
                Overdue.FOLLOW_UP).add(" union all select count(t.dueAt) from T4jTicket t");
        return TicketFilter.where(halves, c, List.of(), Overdue.DUE_ONLY).typed(em, Long.class).getResultList()
                .stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Counts matching tickets per value of a dimension.
     *
     * @param em the entity manager, never null
     * @param c what matches, never null
     * @param d what to group by, never null
     * @return counts by value, sorted; never null
     */
    public static Map<String, Long> countBy(EntityManager em, TicketCriteria c, Dimension d) {
        if ((d == Dimension.STATUS || d == Dimension.STATUS_CATEGORY) && StatusCounts.answers(c)) {
            return StatusCounts.countBy(em, c, d);
        }
        String key = TicketFilter.key(d);
        Jpql q = TicketFilter.where(new Jpql("select " + key + ", count(t) from T4jTicket t" + TicketFilter.join(d)),
                c).add(" group by " + key);
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : q.typed(em, Object[].class).getResultList()) {
            counts.merge(key(row[0]), ((Number) row[1]).longValue(), Long::sum);
        }
        return counts;
    }

    /**
     * Resolution statistics of matching closed tickets, per value of a dimension: counts and sums grouped in the
     * database, then medians and 90th percentiles by nearest rank from one pass over the resolution times sorted
     * by the database within each group, keeping only the values at the wanted ranks.
     *
     * @param em the entity manager, never null
     * @param c what matches, never null
     * @param d what to group by; null puts every ticket under the empty key
     * @return statistics by value, sorted; never null
     */
    public static Map<String, DurationStats> resolutionBy(EntityManager em, TicketCriteria c, Dimension d) {
        String key = d == null ? null : TicketFilter.key(d);
        String from = " from T4jTicket t" + (d == null ? "" : TicketFilter.join(d));
        String grouped = key == null ? "" : ", " + key;
        Jpql sums = TicketFilter.where(new Jpql("select count(t), sum(t.resolutionSeconds)" + grouped + from), c,
                List.of(CLOSED));
        Map<String, long[]> totals = new HashMap<>();
        for (Object[] row : (key == null ? sums : sums.add(" group by " + key)).typed(em, Object[].class)
                .getResultList()) {
            long n = ((Number) row[0]).longValue();
            if (n > 0) {
                totals.put(key == null ? "" : key(row[2]), new long[] {n, ((Number) row[1]).longValue()});
            }
        }
        Map<String, long[]> ranked = valuesAtRanks(em, c, key, from, totals);
        Map<String, DurationStats> result = new TreeMap<>();
        totals.forEach((k, t) -> result.put(k, new DurationStats(t[0],
                Duration.ofSeconds(DurationStats.meanRoundedHalfUp(t[1], t[0])),
                Duration.ofSeconds(ranked.get(k)[0]), Duration.ofSeconds(ranked.get(k)[1]))));
        return result;
    }

    /** Reads each group's resolution times in order and keeps the median's and the 90th percentile's. */
    private static Map<String, long[]> valuesAtRanks(EntityManager em, TicketCriteria c, String key, String from,
            Map<String, long[]> totals) {
        Map<String, long[]> ranked = new HashMap<>();
        if (totals.isEmpty()) {
            return ranked;
        }
        Jpql sorted = TicketFilter.where(new Jpql("select t.resolutionSeconds" + (key == null ? "" : ", " + key)
                + from), c, List.of(CLOSED)).add(" order by " + (key == null ? "" : key + ", ")
                + "t.resolutionSeconds");
        String group = null;
        long position = 0;
        try (Stream<Object[]> rows = sorted.typed(em, Object[].class).getResultStream()) {
            for (Object[] row : (Iterable<Object[]>) rows::iterator) {
                String k = key == null ? "" : key(row[1]);
                position = k.equals(group) ? position + 1 : 1;
                group = k;
                long n = totals.get(k)[0];
                long[] values = ranked.computeIfAbsent(k, x -> new long[2]);
                if (position == rank(n, 50)) {
                    values[0] = ((Number) row[0]).longValue();
                }
                if (position == rank(n, 90)) {
                    values[1] = ((Number) row[0]).longValue();
                }
            }
        }
        return ranked;
    }

    /**
     * Counts matching tickets per creation day in a zone.
     *
     * @param em the entity manager, never null
     * @param c what matches, never null
     * @param zone the zone, never null
     * @return counts by day, sorted; never null
     */
    public static Map<LocalDate, Long> createdPerDay(EntityManager em, TicketCriteria c, ZoneId zone) {
        Object[] span = TicketFilter.where(new Jpql("select min(t.createdEpochMs), max(t.createdEpochMs)"
                + " from T4jTicket t"), c).typed(em, Object[].class).getSingleResult();
        Map<LocalDate, Long> counts = new TreeMap<>();
        if (span[0] == null) {
            return counts;
        }
        DayBuckets days = DayBuckets.of(zone, ((Number) span[0]).longValue(), ((Number) span[1]).longValue());
        String day = days.expression("t.createdEpochMs");
        Jpql q = TicketFilter.where(new Jpql("select " + day + ", count(t) from T4jTicket t"), c)
                .add(" group by " + day);
        for (Object[] row : q.typed(em, Object[].class).getResultList()) {
            counts.merge(days.day(((Number) row[0]).longValue()), ((Number) row[1]).longValue(), Long::sum);
        }
        return counts;
    }

    private static Ticket whole(EntityManager em, TicketEntity row) {
        List<FollowUpEntity> followUps = em.createQuery("select f from T4jFollowUp f where f.ticketId = :id"
                + " order by f.position desc", FollowUpEntity.class).setParameter("id", row.id).getResultList();
        List<TimelineEntity> timeline = em.createQuery("select e from T4jTimelineEntry e where e.ticketId = :id"
                + " order by e.position desc", TimelineEntity.class).setParameter("id", row.id).getResultList();
        return TicketMapper.ticket(row, followUps, timeline);
    }

    private static Map<String, Set<String>> tagsOf(EntityManager em, List<String> ids) {
        Map<String, Set<String>> tags = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select t.id, g from T4jTicket t join t.tags g where t.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(r -> tags.computeIfAbsent((String) r[0], k -> new TreeSet<>()).add((String) r[1]));
        }
        return tags;
    }

    /** The nearest rank ⌈p·n/100⌉, as {@link DurationStats#nearestRank(long[], int)}. */
    private static int rank(long n, int percent) {
        return (int) Math.max(1, (percent * n + 99) / 100);
    }

    private static String key(Object value) {
        return value == null ? Dimension.NONE : value.toString();
    }
}
