package io.github.tickets4j.core.workflow;

/** A condition on the ticket that a transition may demand before it can be taken. */
public enum Requirement {
    /** The ticket must be linked to a customer (seed 001: Unassigned to Open). */
    CUSTOMER_LINKED,
    /** The ticket must have an assignee. */
    ASSIGNEE_SET
}
