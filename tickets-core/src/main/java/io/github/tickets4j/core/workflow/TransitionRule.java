package io.github.tickets4j.core.workflow;

import io.github.tickets4j.core.access.Role;
import java.util.Set;

/**
 * Who may take a transition, on top of the access policy.
 */
public sealed interface TransitionRule {

    /**
     * Anyone the access policy grants the transition's permission (change status, close or reopen).
     *
     * @return the rule, never null
     */
    static TransitionRule permitted() {
        return Permitted.INSTANCE;
    }

    /**
     * Only actors holding one of these roles, and the transition's permission from the policy.
     *
     * @param roles at least one role, never null
     * @return the rule, never null
     */
    static TransitionRule roles(Role... roles) {
        return new Roles(Set.of(roles));
    }

    /**
     * Only the ticket's creator, whatever the policy says about the transition's permission, as long as the
     * creator may still view the ticket (seed 003: reopen by the creator).
     *
     * @return the rule, never null
     */
    static TransitionRule creator() {
        return Creator.INSTANCE;
    }

    /** The policy alone decides. */
    enum Permitted implements TransitionRule {
        /** The only instance. */
        INSTANCE
    }

    /**
     * Restricted to roles.
     *
     * @param roles the roles allowed, at least one, never null
     */
    record Roles(Set<Role> roles) implements TransitionRule {
        /** Copies and checks the roles. */
        public Roles {
            roles = Set.copyOf(roles);
            if (roles.isEmpty()) {
                throw new io.github.tickets4j.core.ConfigurationException("a roles rule needs at least one role");
            }
        }
    }

    /** Restricted to the ticket's creator. */
    enum Creator implements TransitionRule {
        /** The only instance. */
        INSTANCE
    }
}
