package io.github.tickets4j.core;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.InternalField;
import io.github.tickets4j.core.query.NamedView;
import io.github.tickets4j.core.query.Page;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.SortField;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketSummary;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the host's {@link InternalField internal fields} from customers and guests: blanks them in the tickets and
 * summaries the desk answers (dashboards and reports leave out what {@link #hiddenFrom} names, see
 * {@code Reporting}), and refuses their filters, sorts and creations that name one (naming the field), since a
 * filter on a field would reveal it as surely as showing it. Staff see everything. Immutable.
 */
final class Redaction {
    private final Set<InternalField> internal;

    /**
     * Creates the redaction of a desk.
     *
     * @param internal the fields kept from customers and guests, never null
     */
    Redaction(Set<InternalField> internal) {
        this.internal = internal.isEmpty() ? EnumSet.noneOf(InternalField.class) : EnumSet.copyOf(internal);
    }

    /** Tells whether an actor is kept from a field. */
    boolean hides(Actor actor, InternalField field) {
        return !actor.isStaff() && internal.contains(field);
    }

    /**
     * Refuses a non-staff query or sort on an internal field.
     *
     * @throws ValidationFailedException naming each filter or sort that names an internal field
     */
    void requireAllowed(Actor actor, TicketQuery query, Optional<Sort> sort) {
        List<Violation> found = new ArrayList<>();
        refuse(actor, InternalField.PRIORITY, !query.priorities().isEmpty(), "priorities", found);
        refuse(actor, InternalField.CATEGORY, !query.categories().isEmpty(), "categories", found);
        refuse(actor, InternalField.ASSIGNEE, !query.assignees().isEmpty() || query.unassignedOnly(), "assignees",
                found);
        refuse(actor, InternalField.TEAM, !query.teams().isEmpty(), "teams", found);
        refuse(actor, InternalField.TAGS, !query.tags().isEmpty(), "tags", found);
        refuse(actor, InternalField.DUE_DATE, query.overdueOnly(), "overdueOnly", found);
        refuse(actor, InternalField.FOLLOW_UP_DATE, query.overdueOnly(), "overdueOnly", found);
        refuse(actor, InternalField.PRIORITY, sort.map(s -> s.field() == SortField.PRIORITY).orElse(false), "sort",
                found);
        InputRules.require(found.stream().distinct().toList());
    }

    /**
     * Refuses a non-staff view defined by an internal field: the unassigned tickets reveal who holds the others.
     *
     * @throws ValidationFailedException naming {@code view}
     */
    void requireAllowed(Actor actor, NamedView view) {
        boolean byAssignee = switch (view) {
            case UNASSIGNED, ASSIGNED_TO_ME -> true;
            // A team view reaches the actor's own teams, which the directory gives staff only: it reveals nothing.
            case MY_TEAM, MY_TICKETS, ALL, MY_CLOSED, CREATED_BY_ME -> false;
        };
        List<Violation> found = new ArrayList<>();
        refuse(actor, InternalField.ASSIGNEE, byAssignee, "view", found);
        InputRules.require(found);
    }

    /**
     * Adds the violations of a non-staff creation that sets an internal field.
     *
     * @param set whether the command sets each field
     */
    void refuseSetting(Actor actor, Map<InternalField, Boolean> set, List<Violation> found) {
        set.forEach((field, given) -> refuse(actor, field, given, fieldName(field), found));
    }

    private void refuse(Actor actor, InternalField field, boolean used, String name, List<Violation> found) {
        if (used && hides(actor, field)) {
            found.add(new Violation(name, "refers to " + field + ", which this desk keeps from customers and guests"));
        }
    }

    private static String fieldName(InternalField field) {
        return switch (field) {
            case PRIORITY -> "priority";
            case CATEGORY -> "category";
            case ASSIGNEE -> "assignee";
            case TEAM -> "team";
            case TAGS -> "tags";
            case DUE_DATE -> "dueAt";
            case FOLLOW_UP_DATE -> "followUpDate";
        };
    }

    /** The ticket as the actor may see it. */
    Ticket ticket(Actor actor, Ticket ticket) {
        if (actor.isStaff() || internal.isEmpty()) {
            return ticket;
        }
        StoredTicket t = StoredTicket.from(ticket);
        if (hides(actor, InternalField.PRIORITY)) {
            t.priority(null);
        }
        if (hides(actor, InternalField.CATEGORY)) {
            t.category(null);
        }
        if (hides(actor, InternalField.ASSIGNEE)) {
            t.assignee(null);
        }
        if (hides(actor, InternalField.TEAM)) {
            t.team(null);
        }
        if (hides(actor, InternalField.TAGS)) {
            t.tags(Set.of());
        }
        if (hides(actor, InternalField.DUE_DATE)) {
            t.dueAt(null);
        }
        if (hides(actor, InternalField.FOLLOW_UP_DATE)) {
            t.followUpDate(null);
        }
        return t.build();
    }

    /** The summary as the actor may see it. */
    TicketSummary summary(Actor actor, TicketSummary s) {
        if (actor.isStaff() || internal.isEmpty()) {
            return s;
        }
        return new TicketSummary(s.id(), s.number(), s.title(), s.status(),
                blank(actor, InternalField.PRIORITY, s.priority()), blank(actor, InternalField.CATEGORY, s.category()),
                s.project(), s.customer(), blank(actor, InternalField.ASSIGNEE, s.assignee()),
                blank(actor, InternalField.TEAM, s.team()), hides(actor, InternalField.TAGS) ? Set.of() : s.tags(),
                s.hiddenFromCustomer(), blank(actor, InternalField.DUE_DATE, s.dueAt()),
                blank(actor, InternalField.FOLLOW_UP_DATE, s.followUpDate()), s.createdAt(), s.createdBy(),
                s.closedAt(), s.lastActivityAt(), s.lastFollowUpAt());
    }

    /** The page as the actor may see it. */
    Page<TicketSummary> page(Actor actor, Page<TicketSummary> page) {
        if (actor.isStaff() || internal.isEmpty()) {
            return page;
        }
        return new Page<>(page.items().stream().map(s -> summary(actor, s)).toList(), page.total(), page.request());
    }

    /**
     * The internal fields an actor may not see: none for staff.
     *
     * @param actor who asks, never null
     * @return the fields, never null
     */
    Set<InternalField> hiddenFrom(Actor actor) {
        return actor.isStaff() ? Set.of() : Set.copyOf(internal);
    }

    private <T> Optional<T> blank(Actor actor, InternalField field, Optional<T> value) {
        return hides(actor, field) ? Optional.empty() : value;
    }
}
