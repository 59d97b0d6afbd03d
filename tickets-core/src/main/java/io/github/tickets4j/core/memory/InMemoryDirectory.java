package io.github.tickets4j.core.memory;

import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.UserId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A thread-safe directory in memory, for tests, samples and hosts that load their directory up front.
 */
public final class InMemoryDirectory implements Directory {
    private final Map<ProjectId, Optional<CustomerId>> projects = new ConcurrentHashMap<>();
    private final Map<ProjectId, Set<UserId>> projectMembers = new ConcurrentHashMap<>();
    private final Map<TeamId, Set<UserId>> teams = new ConcurrentHashMap<>();

    /** Creates an empty directory. */
    public InMemoryDirectory() {
    }

    /**
     * Adds or replaces a project.
     *
     * @param project the project, never null
     * @param customer its customer, may be null
     * @param members the users assigned to it
     * @return this directory
     */
    public InMemoryDirectory project(ProjectId project, CustomerId customer, UserId... members) {
        projects.put(project, Optional.ofNullable(customer));
        projectMembers.put(project, Set.of(members));
        return this;
    }

    /**
     * Adds or replaces a team.
     *
     * @param team the team, never null
     * @param members its members
     * @return this directory
     */
    public InMemoryDirectory team(TeamId team, UserId... members) {
        teams.put(team, Set.of(members));
        return this;
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
}
