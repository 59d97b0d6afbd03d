package io.github.tickets4j.core.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Resolution-time figures: count, mean rounded half up, median and p90 by nearest rank. */
class DurationStatsTest {

    @Test
    void noDurationsGiveZeroEverywhere() {
        DurationStats none = DurationStats.ofSeconds(new long[0]);
        assertEquals(DurationStats.empty(), none);
        assertEquals(new DurationStats(0, Duration.ZERO, Duration.ZERO, Duration.ZERO), none);
    }

    @Test
    void oneDurationIsItsOwnMeanMedianAndP90() {
        assertEquals(stats(1, 42, 42, 42), DurationStats.ofSeconds(new long[] {42}));
    }

    @Test
    void anOddCountTakesTheMiddleValueAsMedianWhateverTheInputOrder() {
        assertEquals(stats(3, 3, 3, 5), DurationStats.ofSeconds(new long[] {5, 1, 3}));
    }

    @Test
    void anEvenCountTakesTheLowerMiddleValueAsMedianNotTheAverageOfTheTwo() {
        // Nearest rank: rank ceil(0.5 * 4) = 2; mean 2.5 rounds half up to 3.
        assertEquals(stats(4, 3, 2, 4), DurationStats.ofSeconds(new long[] {4, 1, 3, 2}));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"'1 2', 2", "'2 3', 3", "'0 1', 1", "'1 1 2', 1", "'1 2 2', 2", "'10 11 11 11', 11",
        "'7 8 8 8 8 8 8 8 8 8', 8"})
    void theMeanIsRoundedHalfUpToASecond(String seconds, long mean) {
        assertEquals(Duration.ofSeconds(mean), DurationStats.ofSeconds(parse(seconds)).mean());
    }

    @ParameterizedTest(name = "n = {0}: p90 is rank {1}")
    @CsvSource({"1, 1", "2, 2", "9, 9", "10, 9", "11, 10", "19, 18", "20, 18", "21, 19", "100, 90"})
    void p90IsTheValueAtRankCeilingOfNinetyPercentOfTheCount(int n, long rank) {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = (n - i) * 10L; // descending, so sorting matters; the value at rank r is r * 10
        }
        assertEquals(Duration.ofSeconds(rank * 10), DurationStats.ofSeconds(values).p90());
    }

    @Test
    void theInputIsNotChanged() {
        long[] seconds = {9, 3, 7};
        DurationStats.ofSeconds(seconds);
        assertArrayEquals(new long[] {9, 3, 7}, seconds);
    }

    @Property(tries = 300)
    void medianAndP90AreNearestRankValuesAndTheMeanIsTheRoundedAverage(
            @ForAll @Size(min = 1, max = 60) long[] seconds) {
        long[] values = Arrays.stream(seconds).map(s -> Math.floorMod(s, 10_000_000L)).toArray();
        DurationStats stats = DurationStats.ofSeconds(values);
        assertEquals(values.length, stats.count());
        assertNearestRank(values, 50, stats.median().getSeconds());
        assertNearestRank(values, 90, stats.p90().getSeconds());
        long sum = Arrays.stream(values).sum();
        long mean = stats.mean().getSeconds();
        // |mean - sum/n| <= 1/2, with exactly one half rounding up.
        assertTrue(2 * sum - values.length < 2 * mean * values.length
                && 2 * mean * values.length <= 2 * sum + values.length, "mean " + mean + " of " + sum);
    }

    @Property(tries = 100)
    void theMeanOfEqualDurationsIsThatDuration(@ForAll @LongRange(max = 1_000_000) long value,
            @ForAll @LongRange(min = 1, max = 50) long count) {
        long[] values = new long[(int) count];
        Arrays.fill(values, value);
        assertEquals(stats(count, value, value, value), DurationStats.ofSeconds(values));
    }

    /** The value at rank r = ceil(p·n/100) is one that at least r values do not exceed and fewer than r are below. */
    private static void assertNearestRank(long[] values, int percent, long result) {
        long rank = (percent * (long) values.length + 99) / 100;
        long atMost = Arrays.stream(values).filter(v -> v <= result).count();
        long below = Arrays.stream(values).filter(v -> v < result).count();
        assertTrue(atMost >= rank && below < rank, "p" + percent + " = " + result);
    }

    private static long[] parse(String seconds) {
        return Arrays.stream(seconds.split(" ")).mapToLong(Long::parseLong).toArray();
    }

    private static DurationStats stats(long count, long mean, long median, long p90) {
        return new DurationStats(count, Duration.ofSeconds(mean), Duration.ofSeconds(median), Duration.ofSeconds(p90));
    }
}
