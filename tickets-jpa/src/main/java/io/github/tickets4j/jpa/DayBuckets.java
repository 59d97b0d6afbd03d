package io.github.tickets4j.jpa;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Days of a zone as portable arithmetic on epoch milliseconds: between two offset transitions a zone's day starts
 * at a fixed offset from UTC midnight, so the start of a day is {@code x - mod(x, 86400000)} with
 * {@code x = epochMs + offset}, and a CASE picks the offset in force. Only the transitions between the earliest and
 * the latest instant counted are written out. A shift of whole days keeps {@code x} positive, so {@code mod} and
 * integer division agree on every database (MariaDB divides into decimals; subtracting the remainder avoids
 * division altogether).
 */
final class DayBuckets {
    private static final long DAY_MS = 86_400_000L;
    private static final long SHIFT_DAYS = 1_000_000L;
    private final List<long[]> offsets;

    private DayBuckets(List<long[]> offsets) {
        this.offsets = offsets;
    }

    /** The buckets for instants from {@code firstMs} to {@code lastMs} (epoch milliseconds). */
    static DayBuckets of(ZoneId zone, long firstMs, long lastMs) {
        ZoneRules rules = zone.getRules();
        Instant at = Instant.ofEpochMilli(firstMs);
        List<long[]> offsets = new ArrayList<>();
        // Each element: {offset in force until this epoch ms (exclusive), offset ms}; the last one has no end.
        long offset = rules.getOffset(at).getTotalSeconds() * 1000L;
        for (ZoneOffsetTransition next = rules.nextTransition(at);
                next != null && next.getInstant().toEpochMilli() <= lastMs; next = rules.nextTransition(at)) {
            offsets.add(new long[] {next.getInstant().toEpochMilli(), offset});
            at = next.getInstant();
            offset = next.getOffsetAfter().getTotalSeconds() * 1000L;
        }
        offsets.add(new long[] {Long.MAX_VALUE, offset});
        return new DayBuckets(offsets);
    }

    /** A JPQL expression giving the shifted start of the local day of the epoch-ms attribute {@code ms}. */
    String expression(String ms) {
        String offset;
        if (offsets.size() == 1) {
            offset = offsets.get(0)[1] + "L";
        } else {
            StringBuilder s = new StringBuilder("case");
            for (long[] o : offsets.subList(0, offsets.size() - 1)) {
                s.append(" when ").append(ms).append(" < ").append(o[0]).append("L then ").append(o[1]).append('L');
            }
            offset = s.append(" else ").append(offsets.get(offsets.size() - 1)[1]).append("L end").toString();
        }
        String x = "(" + ms + " + " + offset + " + " + SHIFT_DAYS * DAY_MS + "L)";
        return "(" + x + " - mod(" + x + ", " + DAY_MS + "L))";
    }

    /** The day a value of {@link #expression(String)} stands for. */
    LocalDate day(long shiftedStart) {
        return LocalDate.ofEpochDay(shiftedStart / DAY_MS - SHIFT_DAYS);
    }
}
