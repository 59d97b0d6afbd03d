package io.github.tickets4j.testkit;

import io.github.tickets4j.core.access.AccessPolicy;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.access.PermissionScope;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.testkit.fixtures.Actors;
import java.util.ArrayList;
import java.util.List;
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
            return Actors.directory().coordinator(COORDINATOR, Actors.C2);
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
            return Actors.directory().coordinator(COORDINATOR, Actors.C1, Actors.C2);
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
}
