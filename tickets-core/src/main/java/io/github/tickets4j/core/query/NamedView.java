package io.github.tickets4j.core.query;

/** The named ticket views of seed 003, each resolved for the actor who asks. */
public enum NamedView {
    /** Tickets of the actor's projects, or that they created or hold. */
    MY_TICKETS,
    /** Tickets nobody holds. */
    UNASSIGNED,
    /** Every ticket the actor may view. */
    ALL,
    /** Closed tickets among {@link #MY_TICKETS}. */
    MY_CLOSED,
    /** Tickets assigned to the actor. */
    ASSIGNED_TO_ME,
    /** Tickets the actor created. */
    CREATED_BY_ME,
    /** Tickets of the actor's teams or held by a member of one of them. */
    MY_TEAM
}
