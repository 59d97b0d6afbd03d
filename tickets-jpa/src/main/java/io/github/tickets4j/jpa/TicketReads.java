package io.github.tickets4j.jpa;

import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.stats.DurationStats;
import io.github.tickets4j.core.stats.RatingStats;
import io.github.tickets4j.core.ticket.Rating;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.jpa.TicketFilter.Overdue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Reads tickets and computes every query and aggregate in the database: counts and sums with GROUP BY (counts of
 * all tickets by status from the rollup, {@link StatusCounts}), pages with OFFSET and LIMIT, medians and
 * percentiles from the resolution times of one group at a time (8 bytes a ticket). No read loads more whole
 * tickets than a page holds, and none loads an entity: rows are read as projections, so the persistence context
 * never answers with a stale copy and nothing is fetched lazily outside a transaction.
 */
final class TicketReads {
    private static final String CLOSED = "t.closedAt is not null";
    private static final String RATED = "t.ratingScore is not null";

    private TicketReads() {
    }

    /**
     * Loads a ticket's state (its row and its tags, in one statement) by tenant and id, the primary key.
     *
     * @param em the entity manager, never null
     * @param tenant the tenant's id, never null
     * @param id the ticket's id, never null
     * @return the ticket, or empty when the tenant has none with that id
     */
    static Optional<Ticket> byId(EntityManager em, String tenant, String id) {
        return load(em.createQuery(TicketRow.SELECT + " where t.tenantId = :tenant and t.id = :key", TicketRow.class)
                .setParameter("tenant", tenant).setParameter("key", id));
    }

    /**
     * Loads a ticket's state (its row and its tags, in one statement) by its number's prefix and sequence, the
     * number's identity: whatever width it is asked for with, the ticket comes back with the number it was stored
     * with. The unique key on (tenant, prefix, sequence) is the index of this lookup.
     *
     * @param em the entity manager, never null
     * @param tenant the tenant's id, never null
     * @param number the number, never null
     * @return the ticket, or empty when the tenant has none with that number
     */
    static Optional<Ticket> byNumber(EntityManager em, String tenant, TicketNumber number) {
        return load(em.createQuery(TicketRow.SELECT + " where t.tenantId = :tenant and t.numberPrefix = :prefix"
                + " and t.numberSequence = :sequence", TicketRow.class).setParameter("tenant", tenant)
                .setParameter("prefix", number.prefix()).setParameter("sequence", number.sequence()));
    }

    private static Optional<Ticket> load(TypedQuery<TicketRow> query) {
        List<TicketRow> rows = query.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<String> tags = new TreeSet<>();
        rows.forEach(r -> {
            if (r.tag() != null) {
                tags.add(r.tag());
            }
        });
        return Optional.of(rows.get(0).ticket(tags));
    }

    /**
     * Reads a slice of a ticket's history, newest first, by keyset on the sequence: the unique index on
     * (tenant, ticket, seq) is read backwards from the cursor, so the cost depends on the slice, not on the history's
     * length.
     *
     * @param em the entity manager, never null
     * @param tenant the tenant's id, never null
     * @param ticketId the ticket's id, never null
     * @param query which entries, never null
     * @return the entries, newest first; empty when the tenant has no such ticket; never null
     */
    static List<TimelineEntry> history(EntityManager em, String tenant, String ticketId, HistoryQuery query) {
        Jpql q = new Jpql("select " + TicketMapper.ENTRY_COLUMNS + " from T4jTimelineEntry e where e.tenantId = ");
        q.add(q.bind(tenant) + " and e.ticketId = " + q.bind(ticketId));
        query.before().ifPresent(before -> q.add(" and e.sequence < " + q.bind(before)));
        if (!query.actions().isEmpty()) {
            q.add(" and e.action in " + q.bind(query.actions().stream().map(Enum::name).toList()));
        }
        q.add(" and e.visibility in " + q.bind(query.visibilities().stream().map(Enum::name).toList()));
        q.add(" order by e.sequence desc");
        return q.typed(em, Object[].class).setMaxResults(query.limit()).getResultList().stream()
                .map(TicketMapper::entry).toList();
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
    static Page<TicketSummary> find(EntityManager em, TicketCriteria c, Sort sort, PageRequest page) {
        long total = count(em, c);
        if (page.offset() >= total) {
            return new Page<>(List.of(), total, page);
        }
        Jpql q = TicketFilter.where(new Jpql(SummaryRow.SELECT + " from T4jTicket t"), c);
        List<SummaryRow> rows = TicketFilter.orderBy(q, sort, c).typed(em, SummaryRow.class)
                .setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList();
        Map<String, Set<String>> tags = tagsOf(em, c.tenant().value(), rows.stream().map(SummaryRow::id).toList());
        return new Page<>(rows.stream().map(r -> r.summary(tags.get(r.id()))).toList(), total, page);
    }

    /**
     * Counts matching tickets.
     *
     * @param em the entity manager, never null
     * @param c what matches, never null
     * @return the count
     */
    static long count(EntityManager em, TicketCriteria c) {
        if (StatusCounts.answers(c)) {
            return StatusCounts.count(em, c);
        }
        if (!c.query().overdueOnly()) {
            return TicketFilter.where(new Jpql("select count(t.id) from T4jTicket t"), c).typed(em, Long.class)
                    .getSingleResult();
        }
        // One statement (one snapshot) adding up the overdue filter's two disjoint halves; see TicketFilter.Overdue.
        // Each half counts the date its range is on (never null there), which the index holds: count(t.id) would count
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
    static Map<String, Long> countBy(EntityManager em, TicketCriteria c, Dimension d) {
        if ((d == Dimension.STATUS || d == Dimension.STATUS_CATEGORY) && StatusCounts.answers(c)) {
            return StatusCounts.countBy(em, c, d);
        }
        String key = TicketFilter.key(d);
        Jpql q = TicketFilter.where(new Jpql("select " + key + ", count(t.id) from T4jTicket t"
                + TicketFilter.join(d)), c).add(" group by " + key);
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : q.typed(em, Object[].class).getResultList()) {
            counts.merge(key(row[0]), ((Number) row[1]).longValue(), Long::sum);
        }
        return counts;
    }

    /**
     * Resolution statistics of matching closed tickets, per value of a dimension, from one statement: the
     * resolution times ordered by group, read once, one group in memory at a time. Medians and percentiles by
     * nearest rank are what SQL has no portable function for; one statement also keeps every figure of a group from
     * the same snapshot.
     *
     * @param em the entity manager, never null
     * @param c what matches, never null
     * @param d what to group by; null puts every ticket under the empty key
     * @return statistics by value, sorted; never null
     */
    static Map<String, DurationStats> resolutionBy(EntityManager em, TicketCriteria c, Dimension d) {
        String key = d == null ? null : TicketFilter.key(d);
        Jpql q = TicketFilter.where(new Jpql("select t.resolutionSeconds" + (key == null ? "" : ", " + key)
                + " from T4jTicket t" + (d == null ? "" : TicketFilter.join(d))), c, List.of(CLOSED));
        if (key != null) {
            q.add(" order by " + key);
        }
        Map<String, DurationStats> result = new TreeMap<>();
        String group = null;
        LongStream.Builder seconds = LongStream.builder();
        try (Stream<Object[]> rows = q.typed(em, Object[].class).getResultStream()) {
            for (Object[] row : (Iterable<Object[]>) rows::iterator) {
                String k = key == null ? "" : key(row[1]);
                if (!k.equals(group)) {
                    add(result, group, seconds);
                    group = k;
                    seconds = LongStream.builder();
                }
                seconds.add(((Number) row[0]).longValue());
            }
        }
        add(result, group, seconds);
        return result;
    }

    /**
     * Satisfaction statistics of matching rated tickets, per value of a dimension: how many tickets gave each score,
     * counted with GROUP BY (key and score); {@link RatingStats#of(long[])} derives the rest, as in memory.
     *
     * @param em the entity manager, never null
     * @param c what matches, never null
     * @param d what to group by; null puts every ticket under the empty key
     * @return statistics by value, sorted; never null
     */
    static Map<String, RatingStats> ratingsBy(EntityManager em, TicketCriteria c, Dimension d) {
        String key = d == null ? null : TicketFilter.key(d);
        String groups = (key == null ? "" : key + ", ") + "t.ratingScore";
        Jpql q = TicketFilter.where(new Jpql("select " + groups + ", count(t.id) from T4jTicket t"
                + (d == null ? "" : TicketFilter.join(d))), c, List.of(RATED)).add(" group by " + groups);
        Map<String, long[]> perScore = new TreeMap<>();
        for (Object[] row : q.typed(em, Object[].class).getResultList()) {
            String k = key == null ? "" : key(row[0]);
            int score = ((Number) row[key == null ? 0 : 1]).intValue();
            perScore.computeIfAbsent(k, x -> new long[Rating.MAX])[score - Rating.MIN]
                    += ((Number) row[row.length - 1]).longValue();
        }
        Map<String, RatingStats> result = new TreeMap<>();
        perScore.forEach((k, counts) -> result.put(k, RatingStats.of(counts)));
        return result;
    }

    private static void add(Map<String, DurationStats> result, String group, LongStream.Builder seconds) {
        if (group != null) {
            result.put(group, DurationStats.ofSeconds(seconds.build().toArray()));
        }
    }

    /**
     * Counts matching tickets per creation day in a zone.
     *
     * @param em the entity manager, never null
     * @param c what matches, never null
     * @param zone the zone, never null
     * @return counts by day, sorted; never null
     */
    static Map<LocalDate, Long> createdPerDay(EntityManager em, TicketCriteria c, ZoneId zone) {
        Object[] span = TicketFilter.where(new Jpql("select min(t.createdEpochMs), max(t.createdEpochMs)"
                + " from T4jTicket t"), c).typed(em, Object[].class).getSingleResult();
        Map<LocalDate, Long> counts = new TreeMap<>();
        if (span[0] == null) {
            return counts;
        }
        DayBuckets days = DayBuckets.of(zone, ((Number) span[0]).longValue(), ((Number) span[1]).longValue());
        String day = days.expression("t.createdEpochMs");
        Jpql q = TicketFilter.where(new Jpql("select " + day + ", count(t.id) from T4jTicket t"), c)
                .add(" group by " + day);
        for (Object[] row : q.typed(em, Object[].class).getResultList()) {
            counts.merge(days.day(((Number) row[0]).longValue()), ((Number) row[1]).longValue(), Long::sum);
        }
        return counts;
    }

    private static Map<String, Set<String>> tagsOf(EntityManager em, String tenant, List<String> ids) {
        Map<String, Set<String>> tags = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select t.id, g from T4jTicket t join t.tags g where t.tenantId = :tenant and t.id in :ids",
                    Object[].class).setParameter("tenant", tenant).setParameter("ids", ids).getResultList()
                    .forEach(r -> tags.computeIfAbsent((String) r[0], k -> new TreeSet<>()).add((String) r[1]));
        }
        return tags;
    }

    private static String key(Object value) {
        return value == null ? Dimension.NONE : value.toString();
    }
}
