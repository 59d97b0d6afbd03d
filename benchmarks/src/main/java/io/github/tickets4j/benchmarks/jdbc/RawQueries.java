package io.github.tickets4j.benchmarks.jdbc;

import io.github.tickets4j.benchmarks.data.Dataset;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.stats.AgentFigures;
import io.github.tickets4j.core.stats.Counts;
import io.github.tickets4j.core.stats.Dashboard;
import io.github.tickets4j.core.stats.DonutSlice;
import io.github.tickets4j.core.stats.DurationStats;
import io.github.tickets4j.core.stats.RatingStats;
import io.github.tickets4j.core.stats.Report;
import io.github.tickets4j.core.stats.ReportPeriod;
import io.github.tickets4j.core.stats.Satisfaction;
import io.github.tickets4j.core.stats.Volume;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.Rating;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.StatusCategory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dashboard and the report of the data set written as hand-written SQL over the adapter's schema: the physical
 * limit the adapter is compared with. Each gives the same value as {@code TicketDesk.dashboard}/{@code report} with
 * {@link Dataset#FILTER}, {@link Dataset#SORT}, {@link Dataset#PAGE} and {@link Dataset#PERIOD}, with as few
 * queries as plain SQL allows, for one of two viewers.
 *
 * <p>Staff see every ticket: the dashboard's counts per status read the status rollup the adapter keeps
 * ({@code t4j_status_count}), its category counts and open total are derived from them, the overdue count adds two
 * index ranges, the report's volumes come from one grouped query, and medians and 90th percentiles from one window
 * query per grouping.
 *
 * <p>A customer's user sees their customer's tickets not hidden from customers, with the desk's default internal
 * fields (team, tags, follow-up date) blanked: every query reads only {@code customer_id = ? AND hidden = false}
 * of the tenant; the counts per status come from one grouped query (the rollup counts the whole tenant); and what
 * the desk would blank is not read at all: no overdue count (it is 0 for them, since it would reveal follow-up
 * dates), no team or follow-up date in the page's rows, no tags, no volume per tag.
 */
public final class RawQueries {
    private static final String CLOSED = "'" + StatusCategory.CLOSED.name() + "'";
    /** The data set's tenant: every query reads one tenant's range, as the adapter's do. */
    private static final String TENANT = "tenant_id = '" + Dataset.TENANT.value() + "'";
    /** The page's rows; %1$s is the viewer's scope, %2$s and %3$s the team and follow-up date (or NULL). */
    private static final String SUMMARY = "SELECT id, number_sequence, title, status, priority, category, project_id,"
            + " customer_id, assignee_id, %2$s, hidden, due_at, %3$s, created_at, created_by, closed_at,"
            + " last_activity_at, last_follow_up_at FROM t4j_ticket WHERE %1$s AND status_category <> " + CLOSED
            + " ORDER BY created_at DESC, number_sequence LIMIT ?";
    /** Tickets created in the period; %1$s is the viewer's scope over the alias t. */
    private static final String IN_PERIOD = " FROM t4j_ticket t WHERE %1$s AND t.created_at >= ? AND t.created_at < ?";
    /**
     * Count, sum, median and p90 by nearest rank ⌈p·n⌉ per key (%1$s) among the viewer's tickets (%2$s); portable,
     * unlike H2's percentile_disc.
     */
    private static final String STATS = "SELECT k, n, s, MAX(CASE WHEN rn = (50 * n + 99) / 100 THEN r END),"
            + " MAX(CASE WHEN rn = (90 * n + 99) / 100 THEN r END) FROM (SELECT %1$s AS k, resolution_seconds AS r,"
            + " ROW_NUMBER() OVER (PARTITION BY %1$s ORDER BY resolution_seconds) AS rn,"
            + " COUNT(*) OVER (PARTITION BY %1$s) AS n, SUM(resolution_seconds) OVER (PARTITION BY %1$s) AS s"
            + " FROM t4j_ticket WHERE %2$s AND status_category = " + CLOSED
            + " AND closed_at >= ? AND closed_at < ?) x"
            + " GROUP BY k, n, s";

    private final Connection c;
    /** The customer whose user views, or empty for staff. */
    private final Optional<CustomerId> customer;
    /** The tickets the viewer sees, as a condition on t4j_ticket without and with the alias t. */
    private final String scope;
    private final String scopeT;
    /** The statements that differ by viewer, formatted once so no run pays for it. */
    private final String summaries;
    private final String inPeriod;
    private final Map<String, String> statsByKey = new HashMap<>();

    /**
     * Queries through a connection for staff, who see every ticket.
     *
     * @param connection a connection in the data set's schema, auto-commit on; never null
     */
    public RawQueries(Connection connection) {
        this(connection, Optional.empty());
    }

    /**
     * Queries through a connection for staff (no customer) or for a user of a customer.
     *
     * @param connection a connection in the data set's schema, auto-commit on; never null
     * @param customer the viewer's customer, or empty for staff; never null
     */
    public RawQueries(Connection connection, Optional<CustomerId> customer) {
        this.c = connection;
        this.customer = customer;
        this.scope = scope(customer, "");
        this.scopeT = scope(customer, "t.");
        // Team and follow-up date are kept from customers: those columns are not read.
        this.summaries = customer.isEmpty() ? String.format(SUMMARY, scope, "team_id", "follow_up_date")
                : String.format(SUMMARY, scope, "CAST(NULL AS VARCHAR(100))", "CAST(NULL AS DATE)");
        this.inPeriod = String.format(IN_PERIOD, scopeT);
        for (String key : List.of("''", "priority", "assignee_id")) {
            statsByKey.put(key, String.format(STATS, key, scope));
        }
    }

    /** The tickets a viewer sees, as a condition on the ticket table under an alias ("" or "t."). */
    private static String scope(Optional<CustomerId> customer, String alias) {
        return alias + TENANT + customer.map(k -> " AND " + alias + "customer_id = ? AND " + alias + "hidden = false")
                .orElse("");
    }

    /** The parameters of a statement whose one {@link #scope} comes before the others. */
    private List<Object> scoped(List<Object> params) {
        if (customer.isEmpty()) {
            return params;
        }
        List<Object> all = new ArrayList<>(params.size() + 1);
        all.add(customer.get().value());
        all.addAll(params);
        return all;
    }

    /**
     * The dashboard: counts per status, the overdue count, the first page of open tickets newest first.
     *
     * @return the dashboard, never null
     * @throws SQLException if a query fails
     */
    public Dashboard dashboard() throws SQLException {
        Map<String, Long> counted = new HashMap<>();
        if (customer.isEmpty()) {
            query("SELECT status, SUM(ticket_count) FROM t4j_status_count WHERE " + TENANT + " AND stripe >= 0"
                    + " GROUP BY status", List.of(), rs -> counted.put(rs.getString(1), rs.getLong(2)));
        } else {
            query("SELECT status, COUNT(*) FROM t4j_ticket WHERE " + scope + " GROUP BY status",
                    scoped(List.of()), rs -> counted.put(rs.getString(1), rs.getLong(2)));
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Map<StatusCategory, Long> byCategory = new EnumMap<>(StatusCategory.class);
        for (StatusCategory category : StatusCategory.values()) {
            byCategory.put(category, 0L);
        }
        long total = 0;
        long open = 0;
        for (Status s : Dataset.WORKFLOW.statuses()) {
            long n = counted.getOrDefault(s.name(), 0L);
            byStatus.put(s.name(), n);
            byCategory.merge(s.category(), n, Long::sum);
            total += n;
            open += s.isClosed() ? 0 : n;
        }
        // A customer's overdue count is 0: it would reveal the follow-up dates kept from them.
        long[] overdue = new long[1];
        if (customer.isEmpty()) {
            Instant now = Dataset.NOW;
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            query("SELECT (SELECT COUNT(*) FROM t4j_ticket WHERE " + TENANT + " AND status_category <> " + CLOSED
                    + " AND follow_up_date < ?) + (SELECT COUNT(*) FROM t4j_ticket WHERE " + TENANT
                    + " AND status_category <> " + CLOSED + " AND due_at < ?"
                    + " AND (follow_up_date >= ? OR follow_up_date IS NULL))", List.of(today, now, today),
                    rs -> overdue[0] = rs.getLong(1));
        }
        List<TicketSummary> rows = new ArrayList<>();
        query(summaries, scoped(List.of(Dataset.PAGE.size())), rs -> rows.add(summary(rs)));
        List<TicketSummary> tagged = rows;
        if (customer.isEmpty()) {
            Map<String, Set<String>> tags = tags(rows.stream().map(r -> r.id().toString()).toList());
            tagged = rows.stream().map(r -> withTags(r, tags.get(r.id().toString()))).toList();
        }
        return new Dashboard(byStatus, byCategory, overdue[0], total, DonutSlice.of(byStatus),
                new Page<>(tagged, open, Dataset.PAGE));
    }

    /**
     * The report of {@link Dataset#PERIOD} in UTC.
     *
     * @return the report, never null
     * @throws SQLException if a query fails
     */
    public Report report() throws SQLException {
        ReportPeriod period = Dataset.PERIOD;
        Instant start = period.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = period.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Object> between = List.of(start, end);
        Map<Dimension, Map<String, Long>> volume = new EnumMap<>(Dimension.class);
        for (Dimension d : List.of(Dimension.STATUS, Dimension.PRIORITY, Dimension.TAG, Dimension.CATEGORY,
                Dimension.ASSIGNEE)) {
            volume.put(d, new TreeMap<>());
        }
        query("SELECT t.status, t.priority, t.category, t.assignee_id, COUNT(*)" + inPeriod
                + " GROUP BY t.status, t.priority, t.category, t.assignee_id", scoped(between), rs -> {
                    long n = rs.getLong(5);
                    volume.get(Dimension.STATUS).merge(rs.getString(1), n, Long::sum);
                    volume.get(Dimension.PRIORITY).merge(key(rs.getString(2)), n, Long::sum);
                    volume.get(Dimension.CATEGORY).merge(key(rs.getString(3)), n, Long::sum);
                    volume.get(Dimension.ASSIGNEE).merge(key(rs.getString(4)), n, Long::sum);
                });
        // Tags are kept from customers: their report's volume per tag is empty.
        if (customer.isEmpty()) {
            query("SELECT g.tag, COUNT(*) FROM t4j_ticket t LEFT JOIN t4j_ticket_tag g ON g.tenant_id = t.tenant_id"
                    + " AND g.ticket_id = t.id WHERE t." + TENANT + " AND t.created_at >= ? AND t.created_at < ?"
                    + " GROUP BY g.tag", between,
                    rs -> volume.get(Dimension.TAG).put(key(rs.getString(1)), rs.getLong(2)));
        }
        Map<LocalDate, Long> perDay = new TreeMap<>();
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            perDay.put(d, 0L);
        }
        query("SELECT t.created_epoch_ms / 86400000, COUNT(*)" + inPeriod + " GROUP BY t.created_epoch_ms / 86400000",
                scoped(between), rs -> perDay.put(LocalDate.ofEpochDay(rs.getLong(1)), rs.getLong(2)));
        Map<String, DurationStats> overall = resolution("''", between);
        Map<String, DurationStats> byPriority = resolution("priority", between);
        Map<String, DurationStats> byAssignee = resolution("assignee_id", between);
        Map<String, Long> openCounts = new TreeMap<>();
        query("SELECT assignee_id, COUNT(*) FROM t4j_ticket WHERE " + scope + " AND status_category <> " + CLOSED
                + " GROUP BY assignee_id", scoped(List.of()),
                rs -> openCounts.put(key(rs.getString(1)), rs.getLong(2)));
        TreeSet<String> agents = new TreeSet<>(openCounts.keySet());
        agents.addAll(byAssignee.keySet());
        agents.remove(Dimension.NONE);
        List<AgentFigures> figures = agents.stream().map(a -> {
            DurationStats closed = byAssignee.getOrDefault(a, DurationStats.empty());
            return new AgentFigures(UserId.of(a), openCounts.getOrDefault(a, 0L), closed.count(), closed);
        }).toList();
        byPriority.remove(Dimension.NONE);
        Volume counted = new Volume(volume.get(Dimension.STATUS), counts(volume.get(Dimension.PRIORITY), p -> p),
                counts(volume.get(Dimension.CATEGORY), c -> c), counts(volume.get(Dimension.TAG), t -> t),
                counts(volume.get(Dimension.ASSIGNEE), UserId::of));
        return new Report(period, counted, overall.getOrDefault("", DurationStats.empty()), byPriority, figures,
                perDay, satisfaction(between));
    }

    /**
     * The ratings given in the period: counts per score, overall, per assignee and per priority (the workflow's
     * order, those without one last), from one GROUP BY.
     */
    private Satisfaction satisfaction(List<Object> between) throws SQLException {
        long[] overall = new long[Rating.MAX];
        Map<String, long[]> byAssignee = new TreeMap<>();
        Map<String, long[]> byPriority = new TreeMap<>();
        query("SELECT t.assignee_id, t.priority, t.rating_score, COUNT(*) FROM t4j_ticket t WHERE " + scopeT
                + " AND t.rated_at >= ? AND t.rated_at < ? GROUP BY t.assignee_id, t.priority, t.rating_score",
                scoped(between), rs -> {
                    int score = rs.getInt(3) - Rating.MIN;
                    long n = rs.getLong(4);
                    overall[score] += n;
                    byAssignee.computeIfAbsent(key(rs.getString(1)), k -> new long[Rating.MAX])[score] += n;
                    byPriority.computeIfAbsent(key(rs.getString(2)), k -> new long[Rating.MAX])[score] += n;
                });
        List<String> order = Dataset.WORKFLOW.priorities();
        Map<String, RatingStats> priorities = new LinkedHashMap<>();
        byPriority.keySet().stream().sorted(Comparator.<String, Boolean>comparing(Dimension.NONE::equals)
                .thenComparingInt(order::indexOf)).forEach(p -> priorities.put(p, RatingStats.of(byPriority.get(p))));
        Map<String, RatingStats> assignees = new TreeMap<>();
        byAssignee.forEach((a, counts) -> assignees.put(a, RatingStats.of(counts)));
        return new Satisfaction(RatingStats.of(overall), assignees, priorities);
    }

    /** Counts keyed as the SQL grouped them, tickets without a value under {@link Dimension#NONE}, as a report's. */
    private static <K> Counts<K> counts(Map<String, Long> grouped, Function<String, K> value) {
        Map<K, Long> byValue = new LinkedHashMap<>();
        grouped.forEach((k, n) -> {
            if (!k.equals(Dimension.NONE)) {
                byValue.put(value.apply(k), n);
            }
        });
        return new Counts<>(byValue, grouped.getOrDefault(Dimension.NONE, 0L));
    }

    private Map<String, DurationStats> resolution(String key, List<Object> between) throws SQLException {
        Map<String, DurationStats> stats = new TreeMap<>();
        query(statsByKey.get(key), scoped(between), rs -> {
            long n = rs.getLong(2);
            stats.put(key.equals("''") ? "" : key(rs.getString(1)), new DurationStats(n,
                    Duration.ofSeconds(DurationStats.meanRoundedHalfUp(rs.getLong(3), n)),
                    Duration.ofSeconds(rs.getLong(4)), Duration.ofSeconds(rs.getLong(5))));
        });
        return stats;
    }

    private Map<String, Set<String>> tags(List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Set<String>> tags = new HashMap<>();
        query("SELECT ticket_id, tag FROM t4j_ticket_tag WHERE " + TENANT + " AND ticket_id IN ("
                + ids.stream().map(i -> "?").collect(Collectors.joining(", ")) + ")", List.copyOf(ids),
                rs -> tags.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2)));
        return tags;
    }

    /** A page row without its tags, which the next query reads. */
    private static TicketSummary summary(ResultSet rs) throws SQLException {
        Status status = Dataset.WORKFLOW.status(rs.getString(4)).orElseThrow();
        return new TicketSummary(new TicketId(UUID.fromString(rs.getString(1))),
                TicketNumberFormat.DEFAULT.format(rs.getLong(2)),
                rs.getString(3), status, Optional.ofNullable(rs.getString(5)), Optional.ofNullable(rs.getString(6)),
                optional(rs.getString(7), ProjectId::of), optional(rs.getString(8), CustomerId::of),
                optional(rs.getString(9), UserId::of), optional(rs.getString(10), TeamId::of),
                Set.of(), rs.getBoolean(11), instant(rs, 12),
                Optional.ofNullable(rs.getObject(13, LocalDate.class)), instant(rs, 14).orElseThrow(),
                UserId.of(rs.getString(15)), instant(rs, 16), instant(rs, 17).orElseThrow(), instant(rs, 18));
    }

    private static TicketSummary withTags(TicketSummary s, Set<String> tags) {
        return tags == null ? s : new TicketSummary(s.id(), s.number(), s.title(), s.status(), s.priority(),
                s.category(), s.project(), s.customer(), s.assignee(), s.team(), tags, s.hiddenFromCustomer(),
                s.dueAt(), s.followUpDate(), s.createdAt(), s.createdBy(), s.closedAt(), s.lastActivityAt(),
                s.lastFollowUpAt());
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static <T> Optional<T> optional(String value, Function<String, T> of) {
        return Optional.ofNullable(value).map(of);
    }

    private static String key(String value) {
        return value == null ? Dimension.NONE : value;
    }

    private void query(String sql, List<Object> params, RowHandler handler) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Rows.bind(s, params.toArray());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    /** Reads one row. */
    @FunctionalInterface
    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }
}
