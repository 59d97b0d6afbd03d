package io.github.tickets4j.jpa;

import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TextFolding;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.workflow.StatusCategory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes {@link TicketCriteria}, sort orders and grouping keys as JPQL over the ticket alias {@code t} (and
 * {@code g} for a ticket's tags), so that the database answers exactly as {@link TicketCriteria#test} and
 * {@link io.github.tickets4j.core.stats.Aggregates} would in memory.
 */
final class TicketFilter {
    /** The LIKE escape character: not a backslash, which MariaDB also reads as a string escape. */
    private static final char ESCAPE = '!';

    private TicketFilter() {
    }

    /**
     * How an overdue filter is written: as the rule says (follow-up date or due date passed), or as one of two
     * disjoint halves whose counts add up to it. Each half is a range of one index, which a database can count
     * without reading the table; the rule's OR of two columns is not.
     */
    enum Overdue {
        /** Either date has passed. */
        EITHER,
        /** The follow-up date has passed. */
        FOLLOW_UP,
        /** The due date has passed and the follow-up date has not (or there is none). */
        DUE_ONLY
    }

    /** Appends {@code where …} for the criteria. */
    static Jpql where(Jpql q, TicketCriteria c) {
        return where(q, c, List.of(), Overdue.EITHER);
    }

    /** Appends {@code where …} for the criteria and further conditions. */
    static Jpql where(Jpql q, TicketCriteria c, List<String> more) {
        return where(q, c, more, Overdue.EITHER);
    }

    /**
     * Appends {@code where …} for the criteria, writing an overdue filter as asked. The tenant comes first: it leads
     * every index, and no statement may read past the criteria's tenant.
     */
    static Jpql where(Jpql q, TicketCriteria c, List<String> more, Overdue overdue) {
        List<String> all = new ArrayList<>();
        all.add("t.tenantId = " + q.bind(c.tenant().value()));
        all.addAll(more);
        // Every scope must include a ticket: each adds its condition, and All adds none.
        for (ViewableTickets scope : c.scopes()) {
            scope.accept(new Scope(q)).ifPresent(all::add);
        }
        TicketQuery query = c.query();
        in(q, all, "t.status", query.statuses(), Function.identity());
        in(q, all, "t.statusCategory", query.statusCategories(), StatusCategory::name);
        if (query.overdueOnly()) {
            all.add(overdue(q, c, overdue));
        }
        in(q, all, "t.projectId", query.projects(), Object::toString);
        in(q, all, "t.customerId", query.customers(), Object::toString);
        in(q, all, "t.assigneeId", query.assignees(), Object::toString);
        if (query.unassignedOnly()) {
            all.add("t.assigneeId is null");
        }
        in(q, all, "t.createdBy", query.creators(), Object::toString);
        in(q, all, "t.teamId", query.teams(), Object::toString);
        in(q, all, "t.priority", query.priorities(), Function.identity());
        in(q, all, "lower(t.category)", query.categories(), Function.identity());
        if (!query.tags().isEmpty()) {
            all.add("exists (select x.id from T4jTicket x join x.tags xt where x.tenantId = t.tenantId"
                    + " and x.id = t.id and xt in "
                    + q.bind(List.copyOf(query.tags())) + ")");
        }
        query.createdFrom().ifPresent(i -> all.add("t.createdAt >= " + q.bind(i)));
        query.createdBefore().ifPresent(i -> all.add("t.createdAt < " + q.bind(i)));
        query.closedFrom().ifPresent(i -> all.add("t.closedAt >= " + q.bind(i)));
        query.closedBefore().ifPresent(i -> all.add("t.closedAt < " + q.bind(i)));
        query.ratedFrom().ifPresent(i -> all.add("t.ratedAt >= " + q.bind(i)));
        query.ratedBefore().ifPresent(i -> all.add("t.ratedAt < " + q.bind(i)));
        query.text().ifPresent(text -> all.add(text(q, text, c)));
        return q.add(" where (" + String.join(") and (", all) + ")");
    }

    private static String overdue(Jpql q, TicketCriteria c, Overdue part) {
        // The category as a literal: a partial index on open tickets matches only a constant condition.
        String open = "t.statusCategory <> '" + StatusCategory.CLOSED.name() + "' and ";
        return switch (part) {
            case EITHER -> open + "(t.followUpDate < " + q.bind(c.today()) + " or t.dueAt < " + q.bind(c.now()) + ")";
            case FOLLOW_UP -> open + "t.followUpDate < " + q.bind(c.today());
            case DUE_ONLY -> open + "t.dueAt < " + q.bind(c.now()) + " and (t.followUpDate >= " + q.bind(c.today())
                    + " or t.followUpDate is null)";
        };
    }

    /** Appends the order of a sort, ties broken by number ascending. */
    static Jpql orderBy(Jpql q, Sort sort, TicketCriteria c) {
        String direction = sort.ascending() ? " asc" : " desc";
        String primary = switch (sort.field()) {
            case CREATED_AT -> "t.createdAt";
            case NUMBER -> "t.numberSequence" + direction + ", t.numberPrefix";
            case STATUS -> rank(q, "t.status", c.statusOrder());
            case PRIORITY -> rank(q, "t.priority", c.priorityOrder());
            case LAST_ACTIVITY -> "t.lastActivityAt";
        };
        // The order of TicketNumber.compareTo: sequence, then prefix; the width is no part of a number's identity.
        String tieBreak = "t.numberSequence asc, t.numberPrefix asc";
        return q.add(" order by " + (primary == null ? tieBreak : primary + direction + ", " + tieBreak));
    }

    /** The grouping key of a dimension; {@link Dimension#TAG} needs {@link #join(Dimension)}. */
    static String key(Dimension d) {
        return switch (d) {
            case STATUS -> "t.status";
            case STATUS_CATEGORY -> "t.statusCategory";
            case PRIORITY -> "t.priority";
            case CATEGORY -> "t.category";
            case ASSIGNEE -> "t.assigneeId";
            case TEAM -> "t.teamId";
            case PROJECT -> "t.projectId";
            case CUSTOMER -> "t.customerId";
            case TAG -> "g";
        };
    }

    /** The join a dimension's key needs: a ticket without tags still counts once, under no tag. */
    static String join(Dimension d) {
        return d == Dimension.TAG ? " left join t.tags g" : "";
    }

    /**
     * The position of a value in a list as a CASE expression, -1 when absent or unknown, as
     * {@link List#indexOf(Object)}; null when the list is empty and every ticket ranks alike.
     */
    private static String rank(Jpql q, String column, List<String> order) {
        if (order.isEmpty()) {
            return null;
        }
        StringBuilder s = new StringBuilder("case");
        for (int i = 0; i < order.size(); i++) {
            s.append(" when ").append(column).append(" = ").append(q.bind(order.get(i))).append(" then ").append(i);
        }
        return s.append(" else -1 end").toString();
    }

    /**
     * A scope's condition, as {@link ViewableTickets#includes} decides: none for every ticket, the tickets not hidden
     * from their customer, or any one of a restricted scope's sets holding the ticket (none for an empty one).
     */
    private record Scope(Jpql q) implements ViewableTickets.Visitor<Optional<String>> {
        @Override
        public Optional<String> all() {
            return Optional.empty();
        }

        @Override
        public Optional<String> publicSide() {
            return Optional.of("t.hiddenFromCustomer = false");
        }

        @Override
        public Optional<String> restricted(ViewableTickets.Restricted r) {
            List<String> any = new ArrayList<>();
            in(q, any, "t.projectId", r.projects(), Object::toString);
            in(q, any, "t.teamId", r.teams(), Object::toString);
            in(q, any, "t.assigneeId", r.assignees(), Object::toString);
            if (!r.involved().isEmpty()) {
                String involved = q.bind(strings(r.involved(), Object::toString));
                any.add("t.createdBy in " + involved + " or t.assigneeId in " + involved);
            }
            in(q, any, "t.customerId", r.customers(), Object::toString);
            in(q, any, "t.contactId", r.contacts(), Object::toString);
            in(q, any, "t.id", r.tickets(), id -> id.value().toString());
            return Optional.of(any.isEmpty() ? "1 = 0" : String.join(" or ", any));
        }
    }

    /**
     * Free text: the number by prefix and sequence (whatever width it was typed or stored with), or the folded
     * search text containing the folded needle. The search text was folded by the core's {@link TextFolding} when
     * the ticket was written, so the database's own lower() and collation play no part: {@code LIKE} compares
     * characters exactly on every supported database (MariaDB's column is in a binary collation).
     */
    private static String text(Jpql q, String text, TicketCriteria c) {
        String pattern = q.bind("%" + escapeLike(TextFolding.fold(text)) + "%");
        String words = "t.searchText like " + pattern + " escape '" + ESCAPE + "'";
        Optional<String> number = c.textNumber().map(n -> "t.numberPrefix = " + q.bind(n.prefix())
                + " and t.numberSequence = " + q.bind(n.sequence()));
        return number.map(n -> n + " or " + words).orElse(words);
    }

    /** Makes %, _ and the escape character match themselves. */
    static String escapeLike(String text) {
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (char ch : text.toCharArray()) {
            if (ch == '%' || ch == '_' || ch == ESCAPE) {
                s.append(ESCAPE);
            }
            s.append(ch);
        }
        return s.toString();
    }

    private static <T> void in(Jpql q, List<String> all, String column, Collection<T> values,
            Function<T, String> value) {
        if (!values.isEmpty()) {
            all.add(column + " in " + q.bind(strings(values, value)));
        }
    }

    private static <T> List<String> strings(Collection<T> values, Function<T, String> value) {
        Set<String> distinct = values.stream().map(value).collect(Collectors.toSet());
        return List.copyOf(distinct);
    }
}
