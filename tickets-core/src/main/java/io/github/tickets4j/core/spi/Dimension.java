package io.github.tickets4j.core.spi;

/** What tickets can be grouped by in counts and reports. */
public enum Dimension {
    /** The status name. */
    STATUS,
    /** The status category's name. */
    STATUS_CATEGORY,
    /** The priority name. */
    PRIORITY,
    /** The ticket category (type). */
    CATEGORY,
    /** The assignee's id. */
    ASSIGNEE,
    /** The team's id. */
    TEAM,
    /** Each tag: a ticket counts once under every tag it has. */
    TAG,
    /** The project's id. */
    PROJECT,
    /** The customer's id. */
    CUSTOMER;

    /** The key tickets without a value (no priority, no assignee, no tag…) are grouped under. */
    public static final String NONE = "(none)";
}
