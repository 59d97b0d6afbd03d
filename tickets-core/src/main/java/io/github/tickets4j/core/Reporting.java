package io.github.tickets4j.core;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.InternalField;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.stats.AgentFigures;
import io.github.tickets4j.core.stats.Counts;
import io.github.tickets4j.core.stats.Dashboard;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.stats.DonutSlice;
import io.github.tickets4j.core.stats.DurationStats;
import io.github.tickets4j.core.stats.RatingStats;
import io.github.tickets4j.core.stats.Report;
import io.github.tickets4j.core.stats.Satisfaction;
import io.github.tickets4j.core.stats.ReportPeriod;
import io.github.tickets4j.core.stats.Volume;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.StatusCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Composes dashboards and reports from the store's aggregates, for one actor. */
final class Reporting {
    private final Catalog workflows;
    private final TicketStore store;
    private final ZoneId zone;

    /**
     * Creates the composer.
     *
     * @param workflows the desk's workflows, never null
     * @param store the store, never null
     * @param zone the desk's zone, never null
     */
    Reporting(Catalog workflows, TicketStore store, ZoneId zone) {
        this.workflows = workflows;
        this.store = store;
        this.zone = zone;
    }

    /**
     * Builds the dashboard.
     *
     * @param actor who asks, never null
     * @param criteria turns a query into the actor's criteria, never null
     * @param filter the table's filter, never null
     * @param sort the table's order, never null
     * @param page the table's page, never null
     * @param hidden the internal fields the actor may not see, never null: with the follow-up date or the deadline
     *     among them, overdue is 0 and not counted
     * @return the dashboard, never null
     */
    Dashboard dashboard(Actor actor, BiFunction<Actor, TicketQuery, TicketCriteria> criteria,
            DashboardFilter filter, Sort sort, PageRequest page, Set<InternalField> hidden) {
        TicketCriteria everything = criteria.apply(actor, TicketQuery.all());
        Map<String, Long> byStatus = byStatus(everything);
        Map<StatusCategory, Long> byCategory = byCategory(everything, byStatus);
        // Overdue is judged by the follow-up date and the deadline: a count would reveal a field the actor may not see.
        long overdue = hidden.contains(InternalField.DUE_DATE) || hidden.contains(InternalField.FOLLOW_UP_DATE) ? 0
                : store.count(criteria.apply(actor, TicketQuery.builder().overdueOnly(true).build()));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        TicketQuery.Builder table = TicketQuery.builder().overdueOnly(filter.overdueOnly())
                .statuses(filter.statuses().toArray(String[]::new));
        for (StatusCategory c : StatusCategory.values()) {
            if (!c.isClosed()) {
                table.statusCategories(c);
            }
        }
        Page<TicketSummary> open = store.find(criteria.apply(actor, table.build()), sort, page);
        return new Dashboard(byStatus, byCategory, overdue, total, DonutSlice.of(byStatus), open);
    }

    /**
     * Counts per status in the default workflow's order, zeros included, then the statuses only other workflows
     * (or none) declare.
     *
     * @param criteria the tickets counted, never null
     * @return the counts, in order; never null
     */
    Map<String, Long> byStatus(TicketCriteria criteria) {
        Map<String, Long> counted = store.countBy(criteria, Dimension.STATUS);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (Status s : workflows.standard().statuses()) {
            byStatus.put(s.name(), counted.getOrDefault(s.name(), 0L));
        }
        counted.forEach(byStatus::putIfAbsent);
        return byStatus;
    }

    /**
     * Counts per category, derived from the counts per status when the desk's workflows fix each status's category,
     * so the store scans its tickets once. Tickets in statuses no workflow knows, or in a status two workflows (or
     * versions) put in different categories, need the store's answer: only the category a ticket recorded is right.
     */
    private Map<StatusCategory, Long> byCategory(TicketCriteria everything, Map<String, Long> byStatus) {
        Map<StatusCategory, Long> byCategory = new EnumMap<>(StatusCategory.class);
        for (StatusCategory c : StatusCategory.values()) {
            byCategory.put(c, 0L);
        }
        boolean allKnown = true;
        for (Map.Entry<String, Long> e : byStatus.entrySet()) {
            java.util.Optional<StatusCategory> category = workflows.categoryOf(e.getKey());
            if (category.isPresent()) {
                byCategory.merge(category.get(), e.getValue(), Long::sum);
            } else {
                allKnown = false;
            }
        }
        if (!allKnown) {
            Map<String, Long> stored = store.countBy(everything, Dimension.STATUS_CATEGORY);
            byCategory.replaceAll((c, n) -> stored.getOrDefault(c.name(), 0L));
        }
        return byCategory;
    }

    /**
     * Builds the report.
     *
     * @param actor who asks, never null
     * @param criteria turns a query into the actor's criteria, never null
     * @param period the days covered, never null
     * @param hidden the internal fields the actor may not see, never null: the breakdowns by them are left empty,
     *     and not queried
     * @return the report, never null
     */
    Report report(Actor actor, BiFunction<Actor, TicketQuery, TicketCriteria> criteria, ReportPeriod period,
            Set<InternalField> hidden) {
        Instant start = period.from().atStartOfDay(zone).toInstant();
        Instant end = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        TicketCriteria created = criteria.apply(actor, TicketQuery.builder().createdBetween(start, end).build());
        Comparator<String> statusOrder = inOrder(workflows.statusOrder());
        Comparator<String> priorityOrder = inOrder(workflows.priorityOrder());
        // Every ticket has a status, so only the status counts have no count of tickets without a value.
        Breakdowns by = new Breakdowns(hidden);
        Volume volume = new Volume(counts(store.countBy(created, Dimension.STATUS), k -> k, statusOrder).byValue(),
                counts(by.count(created, Dimension.PRIORITY), k -> k, priorityOrder),
                counts(by.count(created, Dimension.CATEGORY), k -> k, Comparator.naturalOrder()),
                counts(by.count(created, Dimension.TAG), k -> k, Comparator.naturalOrder()),
                counts(by.count(created, Dimension.ASSIGNEE), UserId::of, Comparator.naturalOrder()));
        TicketCriteria closed = criteria.apply(actor, TicketQuery.builder().statusCategories(StatusCategory.CLOSED)
                .closedBetween(start, end).build());
        Map<String, DurationStats> byAssignee = by.resolution(closed, Dimension.ASSIGNEE);
        TicketQuery.Builder openQuery = TicketQuery.builder();
        for (StatusCategory c : StatusCategory.values()) {
            if (!c.isClosed()) {
                openQuery.statusCategories(c);
            }
        }
        Map<String, Long> openCounts = by.count(criteria.apply(actor, openQuery.build()), Dimension.ASSIGNEE);
        TreeSet<String> agents = new TreeSet<>(openCounts.keySet());
        agents.addAll(byAssignee.keySet());
        agents.remove(Dimension.NONE);
        // An agent's closed count is the count of their resolution statistics: the same tickets, no second query.
        List<AgentFigures> figures = agents.stream().map(a -> {
            DurationStats resolved = byAssignee.getOrDefault(a, DurationStats.empty());
            return new AgentFigures(UserId.of(a), openCounts.getOrDefault(a, 0L), resolved.count(), resolved);
        }).toList();
        Map<String, DurationStats> byPriority = new LinkedHashMap<>();
        Map<String, DurationStats> resolvedByPriority = by.resolution(closed, Dimension.PRIORITY);
        resolvedByPriority.keySet().stream().filter(p -> !p.equals(Dimension.NONE)).sorted(priorityOrder)
                .forEach(p -> byPriority.put(p, resolvedByPriority.get(p)));
        Map<LocalDate, Long> perDay = new TreeMap<>();
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            perDay.put(d, 0L);
        }
        store.createdPerDay(created, zone).forEach((day, n) -> perDay.computeIfPresent(day, (k, v) -> n));
        TicketCriteria rated = criteria.apply(actor, TicketQuery.builder().ratedBetween(start, end).build());
        Map<String, RatingStats> ratedByPriority = by.ratings(rated, Dimension.PRIORITY);
        Map<String, RatingStats> ratingsByPriority = new LinkedHashMap<>();
        ratedByPriority.keySet().stream().sorted(Comparator.<String, Boolean>comparing(Dimension.NONE::equals)
                .thenComparing(priorityOrder)).forEach(p -> ratingsByPriority.put(p, ratedByPriority.get(p)));
        Satisfaction satisfaction = new Satisfaction(store.ratings(rated), by.ratings(rated, Dimension.ASSIGNEE),
                ratingsByPriority);
        return new Report(period, volume, store.resolution(closed), byPriority, figures, perDay, satisfaction);
    }

    /**
     * The store's breakdowns by a dimension, answered empty without asking the store when the dimension is an
     * internal field the viewer may not see: a breakdown by it would show the field.
     */
    private final class Breakdowns {
        private final Set<InternalField> hidden;

        Breakdowns(Set<InternalField> hidden) {
            this.hidden = hidden;
        }

        Map<String, Long> count(TicketCriteria criteria, Dimension dimension) {
            return shown(dimension) ? store.countBy(criteria, dimension) : Map.of();
        }

        Map<String, DurationStats> resolution(TicketCriteria criteria, Dimension dimension) {
            return shown(dimension) ? store.resolutionBy(criteria, dimension) : Map.of();
        }

        Map<String, RatingStats> ratings(TicketCriteria criteria, Dimension dimension) {
            return shown(dimension) ? store.ratingsBy(criteria, dimension) : Map.of();
        }

        private boolean shown(Dimension dimension) {
            return switch (dimension) {
                case PRIORITY -> !hidden.contains(InternalField.PRIORITY);
                case CATEGORY -> !hidden.contains(InternalField.CATEGORY);
                case TAG -> !hidden.contains(InternalField.TAGS);
                case ASSIGNEE -> !hidden.contains(InternalField.ASSIGNEE);
                case TEAM -> !hidden.contains(InternalField.TEAM);
                case STATUS, STATUS_CATEGORY, PROJECT, CUSTOMER -> true;
            };
        }
    }

    /**
     * Turns a store's counts, where tickets without a value count under {@link Dimension#NONE}, into the counts of
     * the values in order and the count of tickets without one.
     */
    private static <K> Counts<K> counts(Map<String, Long> counted, Function<String, K> value,
            Comparator<String> order) {
        Map<K, Long> byValue = new LinkedHashMap<>();
        counted.keySet().stream().filter(k -> !k.equals(Dimension.NONE)).sorted(order)
                .forEach(k -> byValue.put(value.apply(k), counted.get(k)));
        return new Counts<>(byValue, counted.getOrDefault(Dimension.NONE, 0L));
    }

    /** Orders names as the desk's workflows declare them; names no workflow knows come last, alphabetically. */
    private static Comparator<String> inOrder(List<String> declared) {
        return Comparator.<String>comparingInt(n -> declared.contains(n) ? declared.indexOf(n) : declared.size())
                .thenComparing(Comparator.naturalOrder());
    }
}
