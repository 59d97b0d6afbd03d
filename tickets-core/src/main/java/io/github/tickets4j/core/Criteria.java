package io.github.tickets4j.core;

import io.github.tickets4j.core.access.AccessPolicy;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.query.NamedView;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.StatusCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns an actor's query or named view into the criteria a store answers: the caller's filters, limited to what
 * the policy lets the actor view, with "today" taken in the actor's zone (else the desk's) and the sort orders of
 * every workflow the desk knows.
 */
final class Criteria {
    private final TenantId tenant;
    private final AccessPolicy policy;
    private final Directory directory;
    private final Catalog workflows;
    private final ZoneId zone;
    private final TicketNumberFormat format;

    /**
     * Creates the translator of one tenant's queries.
     *
     * @param tenant the tenant every query is confined to, never null
     * @param policy the access policy, never null
     * @param directory the host's directory, never null
     * @param workflows the desk's workflows, never null
     * @param zone the desk's zone, never null
     * @param format the desk's number format, never null
     */
    Criteria(TenantId tenant, AccessPolicy policy, Directory directory, Catalog workflows, ZoneId zone,
            TicketNumberFormat format) {
        this.tenant = tenant;
        this.policy = policy;
        this.directory = directory;
        this.workflows = workflows;
        this.zone = zone;
        this.format = format;
    }

    /**
     * The criteria of a query.
     *
     * @param actor who asks, never null
     * @param query the filters, never null
     * @param now the current instant, never null
     * @return the criteria, never null
     */
    TicketCriteria of(Actor actor, TicketQuery query, Instant now) {
        requireKnown(query.statuses(), query.priorities());
        return of(actor, query, List.of(), now);
    }

    /**
     * Refuses status and priority names that none of the desk's workflows has: no ticket can be in them, so the
     * answer would be an empty page or a 0 that looks like a fact when the name is only misspelt.
     *
     * @param statuses status names asked for, normalised; never null
     * @param priorities priority names asked for, normalised; never null
     * @throws ValidationFailedException naming {@code statuses} or {@code priorities}, with the valid names
     */
    void requireKnown(Set<String> statuses, Set<String> priorities) {
        List<Violation> found = new ArrayList<>();
        unknown("statuses", "a status", "statuses", statuses, workflows.statusOrder(), found);
        unknown("priorities", "a priority", "priorities", priorities, workflows.priorityOrder(), found);
        InputRules.require(found);
    }

    private static void unknown(String field, String one, String many, Set<String> asked, List<String> known,
            List<Violation> found) {
        Set<String> unknown = new TreeSet<>(asked);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            found.add(new Violation(field, unknown + (unknown.size() == 1 ? " is not " + one : " are not " + many)
                    + " of this desk's workflows; " + (known.isEmpty() ? "they have none" : "valid: " + known)));
        }
    }

    /**
     * The criteria of one of the named views of seed 003.
     *
     * @param actor who asks, never null
     * @param view the view, never null
     * @param now the current instant, never null
     * @return the criteria, never null
     */
    TicketCriteria of(Actor actor, NamedView view, Instant now) {
        UserId me = actor.id();
        TicketQuery.Builder q = TicketQuery.builder();
        List<ViewableTickets> extra = new ArrayList<>();
        switch (view) {
            case MY_TICKETS -> extra.add(mine(me));
            case UNASSIGNED -> q.unassignedOnly(true);
            case ALL -> { }
            case MY_CLOSED -> {
                q.statusCategories(StatusCategory.CLOSED);
                extra.add(mine(me));
            }
            case ASSIGNED_TO_ME -> q.assignees(me);
            case CREATED_BY_ME -> q.creators(me);
            case MY_TEAM -> {
                Set<UserId> members = new HashSet<>();
                directory.teamsOf(me).forEach(t -> members.addAll(directory.membersOf(t)));
                extra.add(ViewableTickets.Restricted.ofTeams(directory.teamsOf(me), members));
            }
        }
        return of(actor, q.build(), extra, now);
    }

    private TicketCriteria of(Actor actor, TicketQuery query, List<ViewableTickets> extra, Instant now) {
        List<ViewableTickets> scopes = new ArrayList<>();
        scopes.add(policy.viewableTickets(actor, directory));
        scopes.addAll(Boundary.scopes(actor));
        scopes.addAll(extra);
        return new TicketCriteria(tenant, query, scopes, LocalDate.ofInstant(now, actor.zone().orElse(zone)), now,
                query.text().flatMap(format::parse), workflows.statusOrder(), workflows.priorityOrder());
    }

    /**
     * Tickets of the actor's projects and of the customers they coordinate (seed 003's "My Tickets"), and those they
     * created or hold.
     */
    private ViewableTickets mine(UserId me) {
        return ViewableTickets.Restricted.ofProjects(directory.projectsOf(me))
                .or(ViewableTickets.Restricted.ofCustomers(directory.customersCoordinatedBy(me)))
                .or(ViewableTickets.Restricted.involving(me));
    }
}
