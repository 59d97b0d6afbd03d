package io.github.tickets4j.core.memory;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.UserId;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A {@link Directory} held in memory, for tests, demos and hosts with a small fixed set of records. Filled with
 * {@link #project}, {@link #customer}, {@link #team}, {@link #user} and {@link #coordinator}; each returns this
 * directory to chain calls.
 * Thread-safe.
 */
public final class InMemoryDirectory implements Directory {
    private final Map<ProjectId, Optional<CustomerId>> projects = new ConcurrentHashMap<>();
    private final Map<ProjectId, Set<UserId>> projectMembers = new ConcurrentHashMap<>();
    private final Set<CustomerId> customers = ConcurrentHashMap.newKeySet();
    private final Map<TeamId, Set<UserId>> teams = new ConcurrentHashMap<>();
    private final Map<UserId, Actor> users = new ConcurrentHashMap<>();
    private final Map<UserId, Set<CustomerId>> coordinated = new ConcurrentHashMap<>();

    /** Creates an empty directory. */
    public InMemoryDirectory() {
    }

    /**
     * Adds or replaces a project; its customer, if any, exists from now on.
     *
     * @param project the project, never null
     * @param customer its customer, may be null
     * @param members the users it is assigned to, never null
     * @return this directory
     */
    public InMemoryDirectory project(ProjectId project, CustomerId customer, UserId... members) {
        projects.put(Objects.requireNonNull(project, "project"), Optional.ofNullable(customer));
        // copyOf, not Set.of: a member named twice is no error.
        projectMembers.put(project, Set.copyOf(Arrays.asList(members)));
        if (customer != null) {
            customers.add(customer);
        }
        return this;
    }

    /**
     * Adds a customer.
     *
     * @param customer the customer, never null
     * @return this directory
     */
    public InMemoryDirectory customer(CustomerId customer) {
        customers.add(Objects.requireNonNull(customer, "customer"));
        return this;
    }

    /**
     * Adds or replaces a team.
     *
     * @param team the team, never null
     * @param members its members, never null
     * @return this directory
     */
    public InMemoryDirectory team(TeamId team, UserId... members) {
        teams.put(Objects.requireNonNull(team, "team"), Set.copyOf(Arrays.asList(members)));
        return this;
    }

    /**
     * Adds or replaces staff users with their roles.
     *
     * @param actors the users, never null
     * @return this directory
     */
    public InMemoryDirectory user(Actor... actors) {
        for (Actor actor : actors) {
            users.put(actor.id(), actor);
        }
        return this;
    }

    /**
     * Lets a staff user coordinate customers (seed 003), replacing the customers they coordinated before; the
     * customers exist from now on.
     *
     * @param user the coordinator, never null
     * @param customers the customers they coordinate, never null, none null
     * @return this directory
     */
    public InMemoryDirectory coordinator(UserId user, CustomerId... customers) {
        Set<CustomerId> theirs = Set.copyOf(Arrays.asList(customers));
        coordinated.put(Objects.requireNonNull(user, "user"), theirs);
        this.customers.addAll(theirs);
        return this;
    }

    @Override
    public Set<CustomerId> customersCoordinatedBy(UserId user) {
        return coordinated.getOrDefault(user, Set.of());
    }

    @Override
    public boolean projectExists(ProjectId project) {
        return projects.containsKey(project);
    }

    @Override
    public Optional<CustomerId> customerOf(ProjectId project) {
        return projects.getOrDefault(project, Optional.empty());
    }

    @Override
    public Set<ProjectId> projectsOf(UserId user) {
        return projectMembers.entrySet().stream().filter(e -> e.getValue().contains(user)).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<TeamId> teamsOf(UserId user) {
        return teams.entrySet().stream().filter(e -> e.getValue().contains(user)).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<UserId> membersOf(TeamId team) {
        return teams.getOrDefault(team, Set.of());
    }

    @Override
    public boolean customerExists(CustomerId customer) {
        return customers.contains(customer);
    }

    @Override
    public boolean teamExists(TeamId team) {
        return teams.containsKey(team);
    }

    @Override
    public Optional<Actor> user(UserId user) {
        return Optional.ofNullable(users.get(user));
    }
}
