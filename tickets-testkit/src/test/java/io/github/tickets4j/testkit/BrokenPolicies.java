package io.github.tickets4j.testkit;

import io.github.tickets4j.core.access.AccessPolicy;
import io.github.tickets4j.core.access.AccessTarget;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Decision;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.access.PermissionScope;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.testkit.fixtures.Actors;

/**
 * Deliberately broken access policies, each with a mistake a host's own policy can make, for the self-tests to prove
 * that the policy contract catches them. None is a test on its own: the class names do not end in "Test".
 */
final class BrokenPolicies {
    private BrokenPolicies() {
    }

    /** The standard matrix whose scope lets Sales see every ticket while its decisions keep them to their projects. */
    static final class DisagreeingContract extends AccessPolicyContract {
        @Override
        protected AccessPolicy policy() {
            RoleMatrix standard = RoleMatrix.standard();
            return new AccessPolicy() {
                @Override
                public Decision decide(Actor actor, Permission permission, AccessTarget target, Directory directory) {
                    return standard.decide(actor, permission, target, directory);
                }

                @Override
                public ViewableTickets viewableTickets(Actor actor, Directory directory) {
                    return actor.has(Role.SALES) ? ViewableTickets.all() : standard.viewableTickets(actor, directory);
                }
            };
        }

        @Override
        protected Directory directory() {
            return Actors.directory();
        }
    }

    /** A matrix that grants customers' users every ticket to view, as a copied staff grant does. */
    static final class PortalLeakingContract extends AccessPolicyContract {
        @Override
        protected AccessPolicy policy() {
            return RoleMatrix.standard().toBuilder().grant(Role.CUSTOMER, PermissionScope.ALL, Permission.VIEW)
                    .build();
        }

        @Override
        protected Directory directory() {
            return Actors.directory();
        }
    }

    /** The standard matrix with a rating rule the host forgot to finish: it answers null. */
    static final class UnfinishedContract extends AccessPolicyContract {
        @Override
        protected AccessPolicy policy() {
            RoleMatrix standard = RoleMatrix.standard();
            return new AccessPolicy() {
                @Override
                public Decision decide(Actor actor, Permission permission, AccessTarget target, Directory directory) {
                    return permission == Permission.RATE ? null : standard.decide(actor, permission, target, directory);
                }

                @Override
                public ViewableTickets viewableTickets(Actor actor, Directory directory) {
                    return standard.viewableTickets(actor, directory);
                }
            };
        }

        @Override
        protected Directory directory() {
            return Actors.directory();
        }
    }
}
