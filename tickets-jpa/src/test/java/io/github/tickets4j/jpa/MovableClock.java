package io.github.tickets4j.jpa;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand; thread-safe. */
final class MovableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    MovableClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(start);
        this.zone = zone;
    }

    void advance(Duration by) {
        now.updateAndGet(i -> i.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(now.get(), other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
