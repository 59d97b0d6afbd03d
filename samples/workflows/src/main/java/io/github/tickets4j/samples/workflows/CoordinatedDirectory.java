package io.github.tickets4j.samples.workflows;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The host's directory of seed 003: its records held in an {@link InMemoryDirectory}, plus which customers each
 * coordinator looks after ({@link Directory#customersCoordinatedBy}), which the in-memory directory cannot be told.
 * Coordinated customers exist. Thread-safe.
 */
final class CoordinatedDirectory implements Directory {
    private final InMemoryDirectory records;
    private final Map<UserId, Set<CustomerId>> coordinated = new ConcurrentHashMap<>();

    /**
     * Wraps the host's other records.
     *
     * @param records projects, customers, teams and staff users; never null
     */
    CoordinatedDirectory(InMemoryDirectory records) {
        this.records = records;
    }

    /**
     * Gives a coordinator the customers they look after, replacing any given before; the customers exist from now
     * on.
     *
     * @param coordinator the staff user, never null
     * @param customers the customers, none null
     * @return this directory
     */
    CoordinatedDirectory coordinates(UserId coordinator, CustomerId... customers) {
        coordinated.put(coordinator, Set.of(customers));
        for (CustomerId c : customers) {
            records.customer(c);
        }
        return this;
    }

    @Override
    public Set<CustomerId> customersCoordinatedBy(UserId user) {
        return coordinated.getOrDefault(user, Set.of());
    }

    @Override
    public boolean projectExists(ProjectId project) {
        return records.projectExists(project);
    }

    @Override
    public Optional<CustomerId> customerOf(ProjectId project) {
        return records.customerOf(project);
    }

    @Override
    public Set<ProjectId> projectsOf(UserId user) {
        return records.projectsOf(user);
    }

    @Override
    public Set<TeamId> teamsOf(UserId user) {
        return records.teamsOf(user);
    }

    @Override
    public Set<UserId> membersOf(TeamId team) {
        return records.membersOf(team);
    }

    @Override
    public boolean customerExists(CustomerId customer) {
        return records.customerExists(customer);
    }

    @Override
    public boolean teamExists(TeamId team) {
        return records.teamExists(team);
    }

    @Override
    public Optional<Actor> user(UserId user) {
        return records.user(user);
    }
}
