package io.github.tickets4j.core.ticket;

/**
 * What a timeline entry records. Stable names: stores persist them. Each action is written by exactly one
 * {@link TicketEvent} type, named beside it.
 */
public enum TimelineAction {
    /** The ticket was created: {@link TicketEvent.Created}. */
    CREATED,
    /** A follow-up was added: {@link TicketEvent.FollowUpAdded}. */
    FOLLOW_UP_ADDED,
    /** The status changed without entering or leaving the closed category: {@link TicketEvent.StatusChanged}. */
    STATUS_CHANGED,
    /** The ticket entered the closed category: {@link TicketEvent.Closed}. */
    CLOSED,
    /** The ticket left the closed category, by any transition: {@link TicketEvent.Reopened}. */
    REOPENED,
    /** Someone assigned the ticket: {@link TicketEvent.Assigned}. */
    ASSIGNED,
    /** Someone assigned the ticket to themselves: {@link TicketEvent.PickedUp}. */
    PICKED_UP,
    /** The assignee was removed: {@link TicketEvent.Unassigned}. */
    UNASSIGNED,
    /** The priority changed to a lower or equal rank: {@link TicketEvent.PriorityChanged}. */
    PRIORITY_CHANGED,
    /** The priority was raised: {@link TicketEvent.Escalated}. */
    ESCALATED,
    /** The due date was set, moved or cleared: {@link TicketEvent.DueDateChanged}. */
    DUE_DATE_CHANGED,
    /** The follow-up date was set, moved or cleared: {@link TicketEvent.FollowUpDateChanged}. */
    FOLLOW_UP_DATE_CHANGED,
    /** A tag was added: {@link TicketEvent.Tagged}. */
    TAGGED,
    /** A tag was removed: {@link TicketEvent.Untagged}. */
    UNTAGGED,
    /** The ticket was linked to a customer, perhaps a project and contact: {@link TicketEvent.CustomerLinked}. */
    CUSTOMER_LINKED,
    /** The team (group) changed: {@link TicketEvent.TeamChanged}. */
    TEAM_CHANGED,
    /** The category (type) changed: {@link TicketEvent.CategoryChanged}. */
    CATEGORY_CHANGED,
    /** The ticket was hidden from the customer: {@link TicketEvent.HiddenFromCustomer}. */
    HIDDEN,
    /** The ticket was made visible to the customer again: {@link TicketEvent.ShownToCustomer}. */
    SHOWN,
    /** The current resolution was rated: {@link TicketEvent.Rated}. */
    RATED,
    /** A guest pass was issued: {@link TicketEvent.GuestPassIssued}. */
    GUEST_PASS_ISSUED,
    /** A guest pass was revoked: {@link TicketEvent.GuestPassRevoked}. */
    GUEST_PASS_REVOKED,
    /** The ticket was deleted: {@link TicketEvent.Deleted}; only ever seen in the event, never in a stored history. */
    DELETED
}
