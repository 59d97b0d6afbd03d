package io.github.tickets4j.core.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test moves, so follow-up dates can pass and tickets can age. Thread-safe. */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    /**
     * Creates a clock standing at an instant.
     *
     * @param start the instant it shows, never null
     * @param zone its zone, never null
     */
    public MutableClock(Instant start, ZoneId zone) {
        this(new AtomicReference<>(start), zone);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * Moves the clock forward.
     *
     * @param by how far, never null
     */
    public void advance(Duration by) {
        now.updateAndGet(i -> i.plus(by));
    }

    /**
     * Sets the clock to an instant.
     *
     * @param instant the instant it shows from now on, never null
     */
    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The copy shares this clock's time, so moving either moves both. */
    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
