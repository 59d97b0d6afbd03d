package io.github.tickets4j.samples.workflows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The desk's only source of time in a scenario: it stands still until the scenario sets the next scene's
 * moment, so the timelines and statistics print the same on every run.
 */
final class ScenarioClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    /**
     * Creates a clock standing at a moment.
     *
     * @param start where it stands, in {@code zone}; never null
     * @param zone the scenario's zone, never null
     */
    ScenarioClock(LocalDateTime start, ZoneId zone) {
        this.zone = zone;
        this.now = start.atZone(zone).toInstant();
    }

    /**
     * Sets the clock to a later moment.
     *
     * @param moment the moment in the scenario's zone, never null
     * @throws IllegalArgumentException if it lies before the current moment: scenes only move forward
     */
    void set(LocalDateTime moment) {
        Instant next = moment.atZone(zone).toInstant();
        if (next.isBefore(now)) {
            throw new IllegalArgumentException("a scenario cannot go back from " + now + " to " + moment);
        }
        now = next;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
