package io.github.tickets4j.core.ticket;

/** What a timeline entry records. Stable names: stores persist them. */
public enum TimelineAction {
    /** The ticket was created. */
    CREATED,
    /** A follow-up was added. */
    FOLLOW_UP_ADDED,
    /** The status changed between open statuses. */
    STATUS_CHANGED,
    /** The ticket entered the closed category. */
    CLOSED,
    /** The ticket left the closed category. */
    REOPENED,
    /** Someone assigned the ticket. */
    ASSIGNED,
    /** Someone assigned the ticket to themselves. */
    PICKED_UP,
    /** The assignee was removed. */
    UNASSIGNED,
    /** The priority changed to a lower or equal rank. */
    PRIORITY_CHANGED,
    /** The priority was raised. */
    ESCALATED,
    /** The due date was set, moved or cleared. */
    DUE_DATE_CHANGED,
    /** The follow-up date was set, moved or cleared. */
    FOLLOW_UP_DATE_CHANGED,
    /** A tag was added. */
    TAGGED,
    /** A tag was removed. */
    UNTAGGED,
    /** The ticket was linked to a customer (and perhaps a project and contact). */
    CUSTOMER_LINKED,
    /** The team (group) changed. */
    TEAM_CHANGED,
    /** The category (type) changed. */
    CATEGORY_CHANGED,
    /** The ticket was hidden from the customer. */
    HIDDEN,
    /** The ticket was made visible to the customer again. */
    SHOWN,
    /** The ticket was deleted (only ever seen in the event, never in a stored timeline). */
    DELETED
}
