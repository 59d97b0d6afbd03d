package io.github.tickets4j.core.ticket;

/** Who may read a follow-up (seeds 001 and 002): the team only, or the customer too. */
public enum Audience {
    /** Visible to team members only. */
    INTERNAL,
    /** Visible to the customer as well. */
    PUBLIC
}
