package io.github.tickets4j.core.access;

/** What an actor may do to a ticket. The access policy grants permissions to roles, each with a {@link PermissionScope}. */
public enum Permission {
    /** Read the ticket and find it in queries and counts. */
    VIEW("view"),
    /** Create tickets (for a project, when the scope is about projects). */
    CREATE("create a ticket for"),
    /** Add follow-ups. */
    FOLLOW_UP("add a follow-up to"),
    /** Move the ticket between open statuses. */
    CHANGE_STATUS("change the status of"),
    /** Move the ticket into the closed category. */
    CLOSE("close"),
    /** Move the ticket out of the closed category. */
    REOPEN("reopen"),
    /** Assign, reassign, pick up or unassign. */
    ASSIGN("assign"),
    /** Change priority, dates, tags, category, team, visibility or the customer link. */
    EDIT("edit"),
    /** Delete the ticket with its follow-ups and timeline. */
    DELETE("delete"),
    /** Rate how the ticket was resolved (seed 001's customer satisfaction): once per resolution. */
    RATE("rate"),
    /** Change a closed ticket at all (follow-ups, edits); seed 000 gives this to Admin only. */
    MODIFY_CLOSED("change closed");

    private final String verb;

    Permission(String verb) {
        this.verb = verb;
    }

    /** @return the permission as a verb phrase for messages, never null */
    public String verb() {
        return verb;
    }
}
