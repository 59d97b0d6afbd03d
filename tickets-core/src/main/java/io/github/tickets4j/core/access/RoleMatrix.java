package io.github.tickets4j.core.access;

import io.github.tickets4j.core.ConfigurationException;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.UserId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configurable access policy: roles map to permissions, each permission with a {@link Scope}. An actor may do
 * what any of their roles grants. {@link #standard()} is the matrix of seed 000.
 */
public final class RoleMatrix implements AccessPolicy {
    private final Map<Role, Map<Permission, Scope>> grants;

    private RoleMatrix(Map<Role, Map<Permission, Scope>> grants) {
        Map<Role, Map<Permission, Scope>> copy = new HashMap<>();
        grants.forEach((role, perms) -> copy.put(role, Map.copyOf(perms)));
        this.grants = Map.copyOf(copy);
    }

    /**
     * The matrix of seed 000 "Permissions and Access": Sales create, follow up, change status, close, assign and
     * edit tickets of the projects assigned to them and view only those; Operations do the same on every project;
     * Admin does everything, including delete, reopen and changes to closed tickets; Finance and Management view
     * every ticket and change none.
     *
     * @return the policy, never null
     */
    public static RoleMatrix standard() {
        Permission[] work = {Permission.VIEW, Permission.CREATE, Permission.FOLLOW_UP, Permission.CHANGE_STATUS,
            Permission.CLOSE, Permission.ASSIGN, Permission.EDIT};
        return builder()
                .grant(Role.SALES, Scope.OWN_PROJECTS, work)
                .grant(Role.OPERATIONS, Scope.ALL, work)
                .grant(Role.ADMIN, Scope.ALL, Permission.values())
                .grant(Role.FINANCE, Scope.ALL, Permission.VIEW)
                .grant(Role.MANAGEMENT, Scope.ALL, Permission.VIEW)
                .build();
    }

    /**
     * Starts an empty matrix.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Lists what a role is granted.
     *
     * @param role the role, never null
     * @return permission to scope, never null, empty for an unknown role
     */
    public Map<Permission, Scope> grantsOf(Role role) {
        return grants.getOrDefault(role, Map.of());
    }

    @Override
    public Decision decide(Actor actor, Permission permission, AccessTarget target, Directory directory) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (Role role : actor.roles()) {
            Scope scope = grantsOf(role).get(permission);
            if (scope != null) {
                scopes.add(scope);
            }
        }
        if (scopes.isEmpty()) {
            return Decision.deny("none of their roles " + new TreeSet<>(actor.roles().stream().map(Role::name).toList())
                    + " grants it");
        }
        if (reach(actor, scopes, directory).includes(target)) {
            return Decision.allow();
        }
        List<String> words = new ArrayList<>();
        scopes.forEach(s -> words.add(describe(s)));
        return Decision.deny("their roles grant it only for " + String.join(" or ", words));
    }

    @Override
    public ViewScope viewScope(Actor actor, Directory directory) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (Role role : actor.roles()) {
            Scope scope = grantsOf(role).get(Permission.VIEW);
            if (scope != null) {
                scopes.add(scope);
            }
        }
        return reach(actor, scopes, directory);
    }

    private static ViewScope reach(Actor actor, Set<Scope> scopes, Directory directory) {
        if (scopes.contains(Scope.ALL)) {
            return ViewScope.all();
        }
        ViewScope reach = ViewScope.none();
        UserId me = actor.id();
        for (Scope scope : scopes) {
            reach = reach.or(switch (scope) {
                case OWN_PROJECTS -> new ViewScope.Restricted(directory.projectsOf(me), Set.of(), Set.of(), Set.of());
                case OWN_TEAM -> {
                    Set<TeamId> teams = directory.teamsOf(me);
                    Set<UserId> members = new HashSet<>();
                    teams.forEach(t -> members.addAll(directory.membersOf(t)));
                    yield new ViewScope.Restricted(Set.of(), teams, members, Set.of());
                }
                case OWN -> new ViewScope.Restricted(Set.of(), Set.of(), Set.of(), Set.of(me));
                case ALL -> ViewScope.all();
            });
        }
        return reach;
    }

    private static String describe(Scope scope) {
        return switch (scope) {
            case OWN_PROJECTS -> "tickets of projects assigned to them";
            case OWN_TEAM -> "tickets of their teams";
            case OWN -> "tickets they created or hold";
            case ALL -> "every ticket";
        };
    }

    /** Collects grants. Not thread-safe. */
    public static final class Builder {
        private final Map<Role, Map<Permission, Scope>> grants = new HashMap<>();

        private Builder() {
        }

        /**
         * Grants permissions to a role within a scope. A later grant of the same permission to the same role
         * replaces the earlier one.
         *
         * @param role the role, never null
         * @param scope how far the permissions reach, never null
         * @param permissions the permissions, at least one
         * @return this builder
         */
        public Builder grant(Role role, Scope scope, Permission... permissions) {
            if (role == null || scope == null || permissions == null || permissions.length == 0) {
                throw new ConfigurationException("grant needs a role, a scope and at least one permission");
            }
            Map<Permission, Scope> perms = grants.computeIfAbsent(role, r -> new EnumMap<>(Permission.class));
            for (Permission p : permissions) {
                perms.put(p, scope);
            }
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy, never null
         */
        public RoleMatrix build() {
            return new RoleMatrix(grants);
        }
    }
}
