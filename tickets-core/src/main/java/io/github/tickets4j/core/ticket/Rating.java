package io.github.tickets4j.core.ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How the customer (or a guest) rated a ticket's latest resolution (seed 001's customer satisfaction): a score from
 * {@value #MIN} to {@value #MAX} and an optional comment. A ticket holds the rating of its current resolution; a
 * reopening clears it, so the next resolution can be rated anew, and the earlier rating stays in the history.
 *
 * @param score from {@value #MIN} (very dissatisfied) to {@value #MAX} (very satisfied)
 * @param comment what the rater wrote; never null, may be empty
 * @param at when it was given, never null
 * @param by who gave it, never null
 */
public record Rating(int score, Optional<String> comment, Instant at, UserId by) {
    /** The lowest score. */
    public static final int MIN = 1;
    /** The highest score. */
    public static final int MAX = 5;

    /**
     * Checks the parts.
     *
     * @param score from {@value #MIN} to {@value #MAX}
     * @param comment what the rater wrote; never null, may be empty
     * @param at when it was given, never null
     * @param by who gave it, never null
     * @throws NullPointerException naming the part that is null
     * @throws IllegalArgumentException if the score lies outside {@value #MIN} to {@value #MAX}
     */
    public Rating {
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        if (score < MIN || score > MAX) {
            throw new IllegalArgumentException("score " + score + " lies outside " + MIN + " to " + MAX);
        }
    }
}
