package io.github.tickets4j.jpa;

/**
 * How {@link JpaStorage} issues ticket numbers. Both are unique and increase in issue order across every node
 * sharing the database; they differ in gaps and in waiting.
 */
public enum Numbering {
    /**
     * A database sequence ({@code t4j_ticket_number_seq}, drawn with native SQL). Creations never wait for each
     * other; a creation that fails or rolls back leaves its number unused (a gap). The default.
     */
    SEQUENCE,
    /**
     * A counter row ({@code t4j_number_counter}) increased inside the creating transaction: a rollback gives the
     * number back, so numbers have no gaps, but the row stays locked until that transaction ends, so creations
     * queue one commit at a time across all nodes. Pick it when an unbroken series is a requirement and creations
     * per second are modest.
     */
    GAPLESS
}
