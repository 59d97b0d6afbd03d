package io.github.tickets4j.core.workflow;

import io.github.tickets4j.core.access.Role;
import java.util.Set;

/**
 * Who may take a transition, on top of the access policy. Code that treats each kind of rule in its own way goes
 * through a {@link Visitor}, so the compiler points at it when a kind is added.
 */
public sealed interface TransitionRule {

    /**
     * Hands this rule to the visitor's method for its kind.
     *
     * @param visitor the visitor, never null
     * @param <R> what the visitor answers
     * @return the visitor's answer for this rule
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of rule, called by {@link TransitionRule#accept(Visitor)}.
     *
     * @param <R> what the visitor answers
     */
    interface Visitor<R> {
        /**
         * @return what the visitor makes of {@link Permitted}
         */
        R permitted();

        /**
         * @param rule the rule, never null
         * @return what the visitor makes of it
         */
        R roles(Roles rule);

        /**
         * @return what the visitor makes of {@link Creator}
         */
        R creator();
    }

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
        INSTANCE;

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.permitted();
        }
    }

    /**
     * Restricted to roles.
     *
     * @param roles the roles allowed, at least one, never null
     */
    record Roles(Set<Role> roles) implements TransitionRule {
        /**
         * Copies and checks the roles.
         *
         * @param roles the roles allowed, at least one, never null
         */
        public Roles {
            roles = Set.copyOf(roles);
            if (roles.isEmpty()) {
                throw new io.github.tickets4j.core.ConfigurationException("a roles rule needs at least one role");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.roles(this);
        }
    }

    /** Restricted to the ticket's creator. */
    enum Creator implements TransitionRule {
        /** The only instance. */
        INSTANCE;

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.creator();
        }
    }
}
