package io.github.tickets4j.core.access;

import io.github.tickets4j.core.ConfigurationException;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.UserId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configurable access policy: roles map to permissions, each permission with a {@link PermissionScope}. An actor
 * may do what any of their roles grants. {@link #standard()} is the matrix of seed 000; to adjust it, copy it with
 * {@link #toBuilder()}: {@code RoleMatrix.standard().toBuilder().grant(Role.SALES, PermissionScope.OWN_PROJECTS,
 * Permission.REOPEN).revoke(Role.OPERATIONS, Permission.CLOSE).build()}. A policy beyond roles and scopes is a host's
 * own {@link AccessPolicy}. Immutable.
 */
public final class RoleMatrix implements AccessPolicy {
    private final Map<Role, Map<Permission, PermissionScope>> grants;

    private RoleMatrix(Map<Role, Map<Permission, PermissionScope>> grants) {
        Map<Role, Map<Permission, PermissionScope>> copy = new HashMap<>();
        grants.forEach((role, perms) -> copy.put(role, Map.copyOf(perms)));
        this.grants = Map.copyOf(copy);
    }

    /**
     * The matrix of seed 000 "Permissions and Access", with the coordinators of seed 003 and the portal's customers
     * and guests: Sales create, follow up, change status, close, assign and edit tickets of the projects assigned to
     * them and view only those; Operations do the same on every project; Admin does everything, including delete,
     * reopen and changes to closed tickets; Finance and Management view every ticket and change none; Coordinators
     * work like Sales on the tickets of the customers they coordinate; a Customer's user views, creates, replies to,
     * closes, reopens (where the workflow's transition allows it) and rates the tickets of their customer; a Guest
     * views, replies to and rates the one ticket their pass opens.
     *
     * @return the policy, never null
     */
    public static RoleMatrix standard() {
        Permission[] work = {Permission.VIEW, Permission.CREATE, Permission.FOLLOW_UP, Permission.CHANGE_STATUS,
            Permission.CLOSE, Permission.ASSIGN, Permission.EDIT};
        return builder().grant(Role.SALES, PermissionScope.OWN_PROJECTS, work)
                .grant(Role.OPERATIONS, PermissionScope.ALL, work)
                .grant(Role.ADMIN, PermissionScope.ALL, Permission.values())
                .grant(Role.FINANCE, PermissionScope.ALL, Permission.VIEW)
                .grant(Role.MANAGEMENT, PermissionScope.ALL, Permission.VIEW)
                .grant(Role.COORDINATOR, PermissionScope.COORDINATED_CUSTOMERS, work)
                .grant(Role.CUSTOMER, PermissionScope.OWN_CUSTOMER, Permission.VIEW, Permission.CREATE,
                        Permission.FOLLOW_UP, Permission.CLOSE, Permission.REOPEN, Permission.RATE)
                .grant(Role.GUEST, PermissionScope.GUEST_TICKET, Permission.VIEW, Permission.FOLLOW_UP,
                        Permission.RATE)
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
     * Copies this matrix into a builder, to grant or revoke from there; this matrix stays as it is.
     *
     * @return a builder holding this matrix's grants, never null
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        grants.forEach((role, perms) -> b.grants.put(role, new EnumMap<>(perms)));
        return b;
    }

    /**
     * Lists what a role is granted.
     *
     * @param role the role, never null
     * @return permission to scope, never null, empty for an unknown role
     */
    public Map<Permission, PermissionScope> grantsOf(Role role) {
        return grants.getOrDefault(role, Map.of());
    }

    @Override
    public Decision decide(Actor actor, Permission permission, AccessTarget target, Directory directory) {
        Set<PermissionScope> scopes = EnumSet.noneOf(PermissionScope.class);
        for (Role role : actor.roles()) {
            PermissionScope scope = grantsOf(role).get(permission);
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
    public ViewableTickets viewableTickets(Actor actor, Directory directory) {
        Set<PermissionScope> scopes = EnumSet.noneOf(PermissionScope.class);
        for (Role role : actor.roles()) {
            PermissionScope scope = grantsOf(role).get(Permission.VIEW);
            if (scope != null) {
                scopes.add(scope);
            }
        }
        return reach(actor, scopes, directory);
    }

    private static ViewableTickets reach(Actor actor, Set<PermissionScope> scopes, Directory directory) {
        if (scopes.contains(PermissionScope.ALL)) {
            return ViewableTickets.all();
        }
        ViewableTickets.Restricted reach = ViewableTickets.none();
        for (PermissionScope scope : scopes) {
            reach = reach.or(reach(actor, scope, directory));
        }
        return reach;
    }

    /** What one scope reaches: staff scopes nothing for customers and guests, and theirs nothing for staff. */
    private static ViewableTickets.Restricted reach(Actor actor, PermissionScope scope, Directory directory) {
        UserId me = actor.id();
        Affiliation side = actor.affiliation();
        boolean staff = side.isStaff();
        return switch (scope) {
            case OWN_PROJECTS -> staff ? ViewableTickets.Restricted.ofProjects(directory.projectsOf(me))
                    : ViewableTickets.none();
            case OWN_TEAM -> {
                if (!staff) {
                    yield ViewableTickets.none();
                }
                Set<TeamId> teams = directory.teamsOf(me);
                Set<UserId> members = new HashSet<>();
                teams.forEach(t -> members.addAll(directory.membersOf(t)));
                yield ViewableTickets.Restricted.ofTeams(teams, members);
            }
            case COORDINATED_CUSTOMERS -> staff
                    ? ViewableTickets.Restricted.ofCustomers(directory.customersCoordinatedBy(me))
                    : ViewableTickets.none();
            case OWN -> side instanceof Affiliation.Guest ? ViewableTickets.none()
                    : ViewableTickets.Restricted.involving(me);
            case OWN_CUSTOMER -> side instanceof Affiliation.Customer c
                    ? ViewableTickets.Restricted.ofCustomers(Set.of(c.customer())) : ViewableTickets.none();
            case OWN_CONTACT -> side instanceof Affiliation.Customer c
                    ? ViewableTickets.Restricted.involving(me)
                            .or(ViewableTickets.Restricted.ofContacts(c.contact().map(Set::of).orElse(Set.of())))
                    : ViewableTickets.none();
            case GUEST_TICKET -> side instanceof Affiliation.Guest g
                    ? ViewableTickets.Restricted.onlyTicket(g.ticket()) : ViewableTickets.none();
            case ALL -> throw new IllegalStateException("ALL is answered before the scopes are joined");
        };
    }

    private static String describe(PermissionScope scope) {
        return switch (scope) {
            case OWN_PROJECTS -> "tickets of projects assigned to them";
            case OWN_TEAM -> "tickets of their teams";
            case COORDINATED_CUSTOMERS -> "tickets of the customers they coordinate";
            case OWN -> "tickets they created or hold";
            case OWN_CUSTOMER -> "tickets of their own customer";
            case OWN_CONTACT -> "tickets of their own contact";
            case GUEST_TICKET -> "the ticket their guest pass opens";
            case ALL -> "every ticket";
        };
    }

    /**
     * Collects grants, cell by cell of the role-permission matrix, and checks them when built. A problem does not
     * throw on the spot: {@link #build()} names every one. Not thread-safe.
     */
    public static final class Builder {
        private final Map<Role, Map<Permission, PermissionScope>> grants = new HashMap<>();
        private final List<String> problems = new ArrayList<>();

        private Builder() {
        }

        /**
         * Grants permissions to a role within a scope. A later grant of the same permission to the same role
         * replaces the earlier one, so a copied matrix can widen or narrow a grant.
         *
         * @param role the role, never null
         * @param scope how far the permissions reach, never null
         * @param permissions the permissions, at least one, none null
         * @return this builder
         */
        public Builder grant(Role role, PermissionScope scope, Permission... permissions) {
            if (role == null || scope == null || permissions == null || permissions.length == 0
                    || Arrays.asList(permissions).contains(null)) {
                problems.add("grant(" + role + ", " + scope + ", " + (permissions == null ? null
                        : Arrays.toString(permissions)) + ") needs a role, a scope and permissions, none null");
                return this;
            }
            for (Permission permission : permissions) {
                grants.computeIfAbsent(role, r -> new EnumMap<>(Permission.class)).put(permission, scope);
            }
            return this;
        }

        /**
         * Takes a permission away from a role.
         *
         * @param role the role, never null
         * @param permission the permission the role holds, never null
         * @return this builder
         */
        public Builder revoke(Role role, Permission permission) {
            Map<Permission, PermissionScope> perms = role == null ? null : grants.get(role);
            if (role == null || permission == null) {
                problems.add("revoke(" + role + ", " + permission + ") needs a role and a permission");
            } else if (perms == null || perms.remove(permission) == null) {
                // Revoking what was never granted is most likely a misspelt role: say so rather than do nothing.
                problems.add("revoke(" + role + ", " + permission + "): " + role + " is not granted " + permission);
            } else if (perms.isEmpty()) {
                grants.remove(role);
            }
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy, never null
         * @throws ConfigurationException naming every problem: a grant or revoke without its parts, a revoke of a
         *     permission the role does not hold, and a role granted permissions on tickets but not {@code VIEW}
         *     (the desk answers a command on a ticket the actor may not view as not found, so such grants could
         *     never apply; {@code CREATE} alone needs no {@code VIEW})
         */
        public RoleMatrix build() {
            List<String> found = new ArrayList<>(problems);
            List<Role> roles = new ArrayList<>(grants.keySet());
            roles.sort(Comparator.comparing(Role::name));
            for (Role role : roles) {
                Set<Permission> onTickets = EnumSet.noneOf(Permission.class);
                onTickets.addAll(grants.get(role).keySet());
                onTickets.remove(Permission.CREATE);
                if (!onTickets.isEmpty() && !onTickets.contains(Permission.VIEW)) {
                    found.add(role + " is granted " + onTickets + " but not VIEW, so those grants could never apply");
                }
            }
            if (!found.isEmpty()) {
                throw new ConfigurationException("Cannot build RoleMatrix: " + String.join("; ", found));
            }
            return new RoleMatrix(grants);
        }
    }
}
