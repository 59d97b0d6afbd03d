package io.github.tickets4j.core.stats;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Count, mean, median and 90th percentile of a set of durations in whole seconds. The mean is rounded half up to
 * a second; median and p90 use the nearest-rank method (the value at rank ⌈p·n⌉, as SQL's
 * {@code percentile_disc}), so a database can compute exactly the same figures.
 *
 * @param count how many durations
 * @param mean the mean, zero when count is 0; never null
 * @param median the median, zero when count is 0; never null
 * @param p90 the 90th percentile, zero when count is 0; never null
 */
public record DurationStats(long count, Duration mean, Duration median, Duration p90) {
    private static final DurationStats EMPTY = new DurationStats(0, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    /**
     * Checks the parts are present.
     *
     * @param count how many durations
     * @param mean the mean, zero when count is 0; never null
     * @param median the median, zero when count is 0; never null
     * @param p90 the 90th percentile, zero when count is 0; never null
     */
    public DurationStats {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(p90, "p90");
    }

    /** @return the statistics of no durations, never null */
    public static DurationStats empty() {
        return EMPTY;
    }

    /**
     * Computes the statistics.
     *
     * @param seconds the durations in seconds, in any order; not changed; never null
     * @return the statistics, never null
     */
    public static DurationStats ofSeconds(long[] seconds) {
        if (seconds.length == 0) {
            return EMPTY;
        }
        long[] sorted = seconds.clone();
        Arrays.sort(sorted);
        long sum = 0;
        for (long s : sorted) {
            sum += s;
        }
        return new DurationStats(sorted.length, Duration.ofSeconds(meanRoundedHalfUp(sum, sorted.length)),
                Duration.ofSeconds(nearestRank(sorted, 50)), Duration.ofSeconds(nearestRank(sorted, 90)));
    }

    /**
     * The mean of a sum over a count, rounded half up: how stores that add up in SQL must round too.
     *
     * @param sum the sum of seconds
     * @param count how many, at least 1
     * @return the rounded mean in seconds
     */
    public static long meanRoundedHalfUp(long sum, long count) {
        return Math.floorDiv(2 * sum + count, 2 * count);
    }

    /**
     * The value at rank ⌈percent·n/100⌉ of sorted values.
     *
     * @param sorted the values, ascending, at least one; never null
     * @param percent 1 to 100
     * @return the value
     */
    public static long nearestRank(long[] sorted, int percent) {
        int rank = (int) ((percent * (long) sorted.length + 99) / 100);
        return sorted[Math.max(rank, 1) - 1];
    }
}
