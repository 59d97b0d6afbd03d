package io.github.tickets4j.core;

import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Checks that the targets a command names exist in the host's directory: projects, customers (and that a project's
 * customer is the one named), teams and users. Input rules, checked before anything is loaded.
 */
final class Targets {
    private final Directory directory;

    Targets(Directory directory) {
        this.directory = directory;
    }

    void project(ProjectId project, List<Violation> found) {
        if (!directory.projectExists(project)) {
            found.add(new Violation("project", "project " + project + " does not exist"));
        }
    }

    void customer(CustomerId customer, Optional<ProjectId> project, List<Violation> found) {
        if (!directory.customerExists(customer)) {
            found.add(new Violation("customer", "customer " + customer + " does not exist"));
            return;
        }
        Optional<CustomerId> owner = project.flatMap(directory::customerOf);
        if (owner.isPresent() && !owner.get().equals(customer)) {
            found.add(new Violation("customer", "customer " + customer + " does not own project " + project.get()
                    + " (its customer is " + owner.get() + ")"));
        }
    }

    void team(TeamId team, List<Violation> found) {
        if (!directory.teamExists(team)) {
            found.add(new Violation("team", "team " + team + " does not exist"));
        }
    }

    void assignee(UserId user, List<Violation> found) {
        if (directory.user(user).isEmpty()) {
            found.add(new Violation("assignee", "user " + user + " does not exist"));
        }
    }
}
