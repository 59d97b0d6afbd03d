package io.github.tickets4j.core.access;

import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.UserId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which tickets an actor may see, as data a store can turn into a filter (SQL or otherwise). A ticket is visible
 * under a restricted scope when any one of the listed conditions holds.
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
    static ViewableTickets none() {
        return new Restricted(Set.of(), Set.of(), Set.of(), Set.of());
    }

    /**
     * Tells whether a ticket with these facts is visible.
     *
     * @param target the ticket's facts, never null
     * @return true when visible
     */
    boolean includes(AccessTarget target);

    /**
     * Joins two scopes: a ticket visible under either is visible under the result.
     *
     * @param other the other scope, never null
     * @return the union, never null
     */
    ViewableTickets or(ViewableTickets other);

    /** Every ticket is visible. */
    enum All implements ViewableTickets {
        /** The only instance. */
        INSTANCE;

        @Override
        public boolean includes(AccessTarget target) {
            return true;
        }

        @Override
        public ViewableTickets or(ViewableTickets other) {
            return this;
        }
    }

    /**
     * Visible when the ticket's project is in {@code projects}, or its team is in {@code teams}, or its assignee
     * is in {@code assignees}, or it was created by or is assigned to one of {@code involved}.
     *
     * @param projects projects whose tickets are visible, never null
     * @param teams teams whose tickets are visible, never null
     * @param assignees users whose assigned tickets are visible, never null
     * @param involved users whose created or assigned tickets are visible, never null
     */
    record Restricted(Set<ProjectId> projects, Set<TeamId> teams, Set<UserId> assignees, Set<UserId> involved)
            implements ViewableTickets {
        /**
         * Copies the sets.
         *
         * @param projects projects whose tickets are visible, never null
         * @param teams teams whose tickets are visible, never null
         * @param assignees users whose assigned tickets are visible, never null
         * @param involved users whose created or assigned tickets are visible, never null
         */
        public Restricted {
            projects = Set.copyOf(projects);
            teams = Set.copyOf(teams);
            assignees = Set.copyOf(assignees);
            involved = Set.copyOf(involved);
        }

        /** @return true when no ticket can be visible */
        public boolean isEmpty() {
            return projects.isEmpty() && teams.isEmpty() && assignees.isEmpty() && involved.isEmpty();
        }

        @Override
        public boolean includes(AccessTarget target) {
            return in(projects, target.project()) || in(teams, target.team()) || in(assignees, target.assignee())
                    || in(involved, target.creator()) || in(involved, target.assignee());
        }

        @Override
        public ViewableTickets or(ViewableTickets other) {
            if (other instanceof Restricted r) {
                return new Restricted(union(projects, r.projects), union(teams, r.teams),
                        union(assignees, r.assignees), union(involved, r.involved));
            }
            return other;
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
