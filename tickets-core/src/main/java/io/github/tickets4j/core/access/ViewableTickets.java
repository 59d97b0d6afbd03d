package io.github.tickets4j.core.access;

import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.UserId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which tickets an actor may see, as data a store can turn into a filter (SQL or otherwise). A query carries one or
 * more scopes, and a ticket must be included by all of them. Stores handle each kind with a {@link Visitor} (or an
 * exhaustive {@code switch} on Java 21), so a new kind is a compile error in every adapter rather than a silently
 * ignored filter.
 */
public sealed interface ViewableTickets {

    /**
     * Every ticket.
     *
     * @return the scope, never null
     */
    static ViewableTickets all() {
        return All.INSTANCE;
    }

    /**
     * No ticket at all.
     *
     * @return the scope, never null
     */
    static Restricted none() {
        return new Restricted(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /**
     * The tickets not hidden from customers: the scope the desk adds for every customer and guest.
     *
     * @return the scope, never null
     */
    static ViewableTickets publicSide() {
        return PublicSide.INSTANCE;
    }

    /**
     * Tells whether a ticket with these facts is visible.
     *
     * @param target the ticket's facts, never null
     * @return true when visible
     */
    boolean includes(AccessTarget target);

    /**
     * Hands this scope to the visitor's method for its kind: a store on Java 17, which cannot switch over a sealed
     * type, is told by the compiler about a new kind instead of ignoring it.
     *
     * @param <R> what the visitor returns
     * @param visitor the visitor, never null
     * @return the visitor's answer
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of scope, typically turning it into a store's filter.
     *
     * @param <R> what each method returns
     */
    interface Visitor<R> {
        /**
         * Visits {@link All}.
         *
         * @return the answer for every ticket
         */
        R all();

        /**
         * Visits {@link PublicSide}.
         *
         * @return the answer for the tickets not hidden from customers
         */
        R publicSide();

        /**
         * Visits a {@link Restricted} scope.
         *
         * @param scope the scope, never null
         * @return the answer for its tickets
         */
        R restricted(Restricted scope);
    }

    /** Every ticket is visible. */
    enum All implements ViewableTickets {
        /** The only instance. */
        INSTANCE;

        @Override
        public boolean includes(AccessTarget target) {
            return true;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.all();
        }
    }

    /** Every ticket not hidden from customers is visible (seed 004's hidden option). */
    enum PublicSide implements ViewableTickets {
        /** The only instance. */
        INSTANCE;

        @Override
        public boolean includes(AccessTarget target) {
            return !target.hiddenFromCustomer();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.publicSide();
        }
    }

    /**
     * Visible when any one condition holds: the ticket's project is in {@code projects}, its team in {@code teams},
     * its assignee in {@code assignees}, its creator or assignee in {@code involved}, its customer in
     * {@code customers}, its contact in {@code contacts}, or the ticket itself is in {@code tickets}.
     *
     * @param projects projects whose tickets are visible, never null
     * @param teams teams whose tickets are visible, never null
     * @param assignees users whose assigned tickets are visible, never null
     * @param involved users whose created or assigned tickets are visible, never null
     * @param customers customers whose tickets are visible, never null
     * @param contacts contact persons whose tickets are visible, never null
     * @param tickets tickets visible by identity, never null
     */
    record Restricted(Set<ProjectId> projects, Set<TeamId> teams, Set<UserId> assignees, Set<UserId> involved,
            Set<CustomerId> customers, Set<ContactId> contacts, Set<TicketId> tickets) implements ViewableTickets {
        /**
         * Copies the sets.
         *
         * @param projects projects whose tickets are visible, never null
         * @param teams teams whose tickets are visible, never null
         * @param assignees users whose assigned tickets are visible, never null
         * @param involved users whose created or assigned tickets are visible, never null
         * @param customers customers whose tickets are visible, never null
         * @param contacts contact persons whose tickets are visible, never null
         * @param tickets tickets visible by identity, never null
         * @throws NullPointerException if a set is null or holds null
         */
        public Restricted {
            projects = Set.copyOf(projects);
            teams = Set.copyOf(teams);
            assignees = Set.copyOf(assignees);
            involved = Set.copyOf(involved);
            customers = Set.copyOf(customers);
            contacts = Set.copyOf(contacts);
            tickets = Set.copyOf(tickets);
        }

        /**
         * The tickets of projects.
         *
         * @param projects the projects, never null
         * @return the scope, never null
         */
        public static Restricted ofProjects(Set<ProjectId> projects) {
            return new Restricted(projects, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
        }

        /**
         * The tickets of teams, and those assigned to their members.
         *
         * @param teams the teams, never null
         * @param members their members, never null
         * @return the scope, never null
         */
        public static Restricted ofTeams(Set<TeamId> teams, Set<UserId> members) {
            return new Restricted(Set.of(), teams, members, Set.of(), Set.of(), Set.of(), Set.of());
        }

        /**
         * The tickets a user created or holds.
         *
         * @param user the user, never null
         * @return the scope, never null
         */
        public static Restricted involving(UserId user) {
            return new Restricted(Set.of(), Set.of(), Set.of(), Set.of(user), Set.of(), Set.of(), Set.of());
        }

        /**
         * The tickets of customers.
         *
         * @param customers the customers, never null
         * @return the scope, never null
         */
        public static Restricted ofCustomers(Set<CustomerId> customers) {
            return new Restricted(Set.of(), Set.of(), Set.of(), Set.of(), customers, Set.of(), Set.of());
        }

        /**
         * The tickets of contact persons.
         *
         * @param contacts the contacts, never null
         * @return the scope, never null
         */
        public static Restricted ofContacts(Set<ContactId> contacts) {
            return new Restricted(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), contacts, Set.of());
        }

        /**
         * One ticket, by identity.
         *
         * @param ticket the ticket, never null
         * @return the scope, never null
         */
        public static Restricted onlyTicket(TicketId ticket) {
            return new Restricted(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(ticket));
        }

        /** @return true when no ticket can be visible */
        public boolean isEmpty() {
            return projects.isEmpty() && teams.isEmpty() && assignees.isEmpty() && involved.isEmpty()
                    && customers.isEmpty() && contacts.isEmpty() && tickets.isEmpty();
        }

        @Override
        public boolean includes(AccessTarget target) {
            return in(projects, target.project()) || in(teams, target.team()) || in(assignees, target.assignee())
                    || in(involved, target.creator()) || in(involved, target.assignee())
                    || in(customers, target.customer()) || in(contacts, target.contact())
                    || in(tickets, target.ticket());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.restricted(this);
        }

        /**
         * Joins two scopes: a ticket visible under either is visible under the result.
         *
         * @param other the other scope, never null
         * @return the union, never null
         */
        public Restricted or(Restricted other) {
            return new Restricted(union(projects, other.projects), union(teams, other.teams),
                    union(assignees, other.assignees), union(involved, other.involved),
                    union(customers, other.customers), union(contacts, other.contacts), union(tickets, other.tickets));
        }

        private static <T> boolean in(Set<T> set, Optional<T> value) {
            return value.isPresent() && set.contains(value.get());
        }

        private static <T> Set<T> union(Set<T> a, Set<T> b) {
            Set<T> all = new HashSet<>(a);
            all.addAll(b);
            return all;
        }
    }
}
