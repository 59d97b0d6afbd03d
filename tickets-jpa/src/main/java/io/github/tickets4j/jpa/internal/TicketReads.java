package io.github.tickets4j.jpa.internal;

import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.stats.DurationStats;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketSummary;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads tickets and computes every query and aggregate in the database: counts and sums with GROUP BY, ranks for
 * medians and percentiles with ORDER BY and OFFSET, pages with OFFSET and LIMIT. Nothing loads all tickets.
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
        Jpql q = TicketFilter.where(new Jpql("select t from T4jTicket t"), c);
        List<TicketEntity> rows = TicketFilter.orderBy(q, sort, c).typed(em, TicketEntity.class)
                .setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        Map<String, Set<String>> tags = tagsOf(em, rows.stream().map(r -> r.id).toList());
        return new Page<>(rows.stream().map(r -> TicketMapper.summary(r, tags.get(r.id))).toList(), total, page);
    }

    /**
     * Counts matching tickets.
     *
     * @param em the entity manager, never null
     * @param c what matches, never null
     * @return the count
     */
    public static long count(EntityManager em, TicketCriteria c) {
        return TicketFilter.where(new Jpql("select count(t) from T4jTicket t"), c).typed(em, Long.class)
                .getSingleResult();
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
     * Resolution statistics of matching closed tickets, per value of a dimension.
     *
     * @param em the entity manager, never null
     * @param c what matches, never null
     * @param d what to group by; null puts every ticket under the empty key
     * @return statistics by value, sorted; never null
     */
    public static Map<String, DurationStats> resolutionBy(EntityManager em, TicketCriteria c, Dimension d) {
        String key = d == null ? null : TicketFilter.key(d);
        String from = " from T4jTicket t" + (d == null ? "" : TicketFilter.join(d));
        Jpql sums = TicketFilter.where(new Jpql("select count(t), sum(t.resolutionSeconds)"
                + (key == null ? "" : ", " + key) + from), c, List.of(CLOSED));
        if (key != null) {
            sums.add(" group by " + key);
        }
        Map<String, DurationStats> result = new TreeMap<>();
        for (Object[] row : sums.typed(em, Object[].class).getResultList()) {
            long n = ((Number) row[0]).longValue();
            if (n > 0) {
                Object keyValue = key == null ? null : row[2];
                long mean = DurationStats.meanRoundedHalfUp(((Number) row[1]).longValue(), n);
                long median = valueAtRank(em, c, from, key, keyValue, rank(n, 50));
                long p90 = valueAtRank(em, c, from, key, keyValue, rank(n, 90));
                result.put(key == null ? "" : key(keyValue), new DurationStats(n, Duration.ofSeconds(mean),
                        Duration.ofSeconds(median), Duration.ofSeconds(p90)));
            }
        }
        return result;
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

    /** The resolution time at a 1-based rank within one group, found with ORDER BY and OFFSET. */
    private static long valueAtRank(EntityManager em, TicketCriteria c, String from, String key, Object keyValue,
            int rank) {
        Jpql q = new Jpql("select t.resolutionSeconds" + from);
        List<String> conditions = new ArrayList<>(List.of(CLOSED));
        if (key != null) {
            conditions.add(keyValue == null ? key + " is null" : key + " = " + q.bind(keyValue));
        }
        return TicketFilter.where(q, c, conditions).add(" order by t.resolutionSeconds").typed(em, Long.class)
                .setFirstResult(rank - 1).setMaxResults(1).getSingleResult();
    }

    /** The nearest rank ⌈p·n/100⌉, as {@link DurationStats#nearestRank(long[], int)}. */
    private static int rank(long n, int percent) {
        return (int) Math.max(1, (percent * n + 99) / 100);
    }

    private static String key(Object value) {
        return value == null ? Dimension.NONE : value.toString();
    }
}
