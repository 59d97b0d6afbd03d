package io.github.tickets4j.testkit;

import io.github.tickets4j.core.access.AccessPolicy;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.access.PermissionScope;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.testkit.fixtures.Actors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;

/** The core's role matrix keeps the access policy contract, as shipped and as a host may adjust it. */
class RoleMatrixPolicyContractTest {
    /** A coordinator of {@link Actors#C2}. */
    static final UserId COORDINATOR = UserId.of("cole");
    /** A role the adjusted matrix lets view what its holders created or hold. */
    static final Role AUDITOR = Role.of("AUDITOR");

    @Nested
    class Standard extends AccessPolicyContract {
        @Override
        protected AccessPolicy policy() {
            return RoleMatrix.standard();
        }

        @Override
        protected Directory directory() {
            return new Coordinating(Actors.directory(), Map.of(COORDINATOR, Set.of(Actors.C2)));
        }

        @Override
        protected List<UserId> users() {
            return withCoordinator(super.users());
        }
    }

    @Nested
    class Customised extends AccessPolicyContract {
        @Override
        protected AccessPolicy policy() {
            Permission[] work = {Permission.VIEW, Permission.FOLLOW_UP, Permission.CHANGE_STATUS, Permission.CLOSE};
            return RoleMatrix.standard().toBuilder()
                    .grant(Role.SALES, PermissionScope.OWN_TEAM, work)
                    .grant(Role.CUSTOMER, PermissionScope.OWN_CONTACT, Permission.VIEW, Permission.FOLLOW_UP)
                    .grant(AUDITOR, PermissionScope.OWN, Permission.VIEW)
                    .revoke(Role.GUEST, Permission.RATE)
                    .revoke(Role.FINANCE, Permission.VIEW)
                    .build();
        }

        @Override
        protected Directory directory() {
            return new Coordinating(Actors.directory(), Map.of(COORDINATOR, Set.of(Actors.C1, Actors.C2)));
        }

        @Override
        protected List<UserId> users() {
            return withCoordinator(super.users());
        }

        @Override
        protected List<Role> roles() {
            List<Role> roles = new ArrayList<>(super.roles());
            roles.add(AUDITOR);
            return roles;
        }
    }

    private static List<UserId> withCoordinator(List<UserId> users) {
        List<UserId> all = new ArrayList<>(users);
        all.add(COORDINATOR);
        return all;
    }

    /** The cast's directory with coordinators, which the in-memory directory does not keep. */
    private record Coordinating(InMemoryDirectory cast, Map<UserId, Set<CustomerId>> coordinated)
            implements Directory {
        @Override
        public boolean projectExists(ProjectId project) {
            return cast.projectExists(project);
        }

        @Override
        public Optional<CustomerId> customerOf(ProjectId project) {
            return cast.customerOf(project);
        }

        @Override
        public Set<ProjectId> projectsOf(UserId user) {
            return cast.projectsOf(user);
        }

        @Override
        public Set<TeamId> teamsOf(UserId user) {
            return cast.teamsOf(user);
        }

        @Override
        public Set<UserId> membersOf(TeamId team) {
            return cast.membersOf(team);
        }

        @Override
        public Set<CustomerId> customersCoordinatedBy(UserId user) {
            return coordinated.getOrDefault(user, Set.of());
        }

        @Override
        public boolean customerExists(CustomerId customer) {
            return cast.customerExists(customer);
        }

        @Override
        public boolean teamExists(TeamId team) {
            return cast.teamExists(team);
        }

        @Override
        public Optional<Actor> user(UserId user) {
            return cast.user(user);
        }
    }
}
