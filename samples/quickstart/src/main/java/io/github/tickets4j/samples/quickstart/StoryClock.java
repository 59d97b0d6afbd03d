package io.github.tickets4j.samples.quickstart;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The only source of time in the story: a clock the story sets to the moment of each scene, so every run prints
 * the same dates and a follow-up date can pass between two scenes.
 */
final class StoryClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    /**
     * Creates a clock standing at a local time.
     *
     * @param start the first moment of the story, never null
     * @param zone the zone the story happens in, never null
     */
    StoryClock(LocalDateTime start, ZoneId zone) {
        this.zone = zone;
        this.now = start.atZone(zone).toInstant();
    }

    /**
     * Moves the clock forward to a local time.
     *
     * @param moment the next scene's time, never null, not before the current time
     * @throws IllegalArgumentException if the moment lies in the past: a story only moves forward
     */
    void moveTo(LocalDateTime moment) {
        Instant next = moment.atZone(zone).toInstant();
        if (next.isBefore(now)) {
            throw new IllegalArgumentException("the story cannot go back from " + now + " to " + moment);
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
