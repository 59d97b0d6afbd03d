package io.github.tickets4j.core.stats;

import io.github.tickets4j.core.ticket.Rating;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Satisfaction ratings summed up (seed 001): how many, their mean, and how many of each score. Everything follows from
 * the counts per score, which is all a store computes, so a database and the in-memory calculation agree exactly.
 *
 * @param count how many ratings
 * @param mean the mean score, 0 when there are none
 * @param distribution how many ratings gave each score, every score from 1 to 5 listed; never null
 */
public record RatingStats(long count, double mean, Map<Integer, Long> distribution) {
    private static final RatingStats EMPTY = of(new long[Rating.MAX]);

    /**
     * Copies the distribution.
     *
     * @param count how many ratings
     * @param mean the mean score, 0 when there are none
     * @param distribution how many ratings gave each score; never null
     */
    public RatingStats {
        distribution = Collections.unmodifiableMap(new TreeMap<>(distribution));
    }

    /** @return the statistics of no ratings, never null */
    public static RatingStats empty() {
        return EMPTY;
    }

    /**
     * Computes the statistics from the counts per score.
     *
     * @param perScore how many ratings gave each score, index 0 for score 1; five entries, none negative; not changed
     * @return the statistics, never null
     * @throws IllegalArgumentException if there are not five counts or one is negative
     */
    public static RatingStats of(long[] perScore) {
        if (perScore.length != Rating.MAX || Arrays.stream(perScore).anyMatch(n -> n < 0)) {
            throw new IllegalArgumentException("need " + Rating.MAX + " counts, none negative: "
                    + Arrays.toString(perScore));
        }
        Map<Integer, Long> distribution = new TreeMap<>();
        long count = 0;
        long sum = 0;
        for (int score = Rating.MIN; score <= Rating.MAX; score++) {
            long n = perScore[score - 1];
            distribution.put(score, n);
            count += n;
            sum += n * score;
        }
        return new RatingStats(count, count == 0 ? 0 : (double) sum / count, distribution);
    }
}
