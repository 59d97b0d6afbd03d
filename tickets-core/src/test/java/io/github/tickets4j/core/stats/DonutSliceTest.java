package io.github.tickets4j.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The dashboard donut: shares with one decimal that add up to exactly 100.0 (seed 000 "Status Breakdown Chart"). */
class DonutSliceTest {
    private static final BigDecimal HUNDRED = new BigDecimal("100.0");

    @Property(tries = 500)
    void sharesOfAnyCountsAddUpToExactlyOneHundredAndStayWithinATenthOfTheTrueShare(
            @ForAll("counts") Map<String, Long> counts) {
        List<DonutSlice> donut = DonutSlice.of(counts);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(List.copyOf(counts.keySet()), donut.stream().map(DonutSlice::status).toList());
        assertEquals(List.copyOf(counts.values()), donut.stream().map(DonutSlice::count).toList());
        BigDecimal sum = donut.stream().map(DonutSlice::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(total == 0 ? BigDecimal.ZERO : HUNDRED), "sum " + sum);
        for (DonutSlice slice : donut) {
            assertEquals(1, slice.percent().scale());
            // The largest-remainder method gives each slice its true share in tenths rounded down or up.
            long tenths = slice.percent().unscaledValue().longValueExact();
            long floor = total == 0 ? 0 : slice.count() * 1000 / total;
            assertTrue(tenths == floor || tenths == floor + 1 && slice.count() * 1000 % total != 0,
                    slice + " of " + total);
        }
    }

    @Test
    void noTicketsGiveEverySliceZero() {
        Map<String, Long> none = ordered("OPEN", 0, "IN_PROGRESS", 0, "CLOSED", 0);
        assertEquals(List.of(slice("OPEN", 0, "0.0"), slice("IN_PROGRESS", 0, "0.0"), slice("CLOSED", 0, "0.0")),
                DonutSlice.of(none));
    }

    @Test
    void theTenthLeftOverGoesToTheEarlierOfEqualRemainders() {
        assertEquals(List.of(slice("A", 1, "33.4"), slice("B", 1, "33.3"), slice("C", 1, "33.3")),
                DonutSlice.of(ordered("A", 1, "B", 1, "C", 1)));
    }

    @Test
    void theTenthLeftOverGoesToTheSliceThatLostMostByRounding() {
        // 1/6 = 16.66.., 2/6 = 33.33.., 3/6 = 50.0: the first lost more than the second.
        assertEquals(List.of(slice("A", 1, "16.7"), slice("B", 2, "33.3"), slice("C", 3, "50.0")),
                DonutSlice.of(ordered("A", 1, "B", 2, "C", 3)));
    }

    @Test
    void aSingleNonEmptyStatusTakesTheWholeDonut() {
        assertEquals(List.of(slice("OPEN", 0, "0.0"), slice("CLOSED", 7, "100.0")),
                DonutSlice.of(ordered("OPEN", 0, "CLOSED", 7)));
    }

    @Provide
    Arbitrary<Map<String, Long>> counts() {
        Arbitrary<Long> count = Arbitraries.oneOf(Arbitraries.longs().between(0, 3),
                Arbitraries.longs().between(0, 1_000_000));
        return count.list().ofMinSize(1).ofMaxSize(12).map(values -> {
            Map<String, Long> map = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                map.put("S" + i, values.get(i));
            }
            return map;
        });
    }

    private static DonutSlice slice(String status, long count, String percent) {
        return new DonutSlice(status, count, new BigDecimal(percent));
    }

    private static Map<String, Long> ordered(Object... nameThenCount) {
        Map<String, Long> map = new LinkedHashMap<>();
        List<Object> pairs = new ArrayList<>(List.of(nameThenCount));
        for (int i = 0; i < pairs.size(); i += 2) {
            map.put((String) pairs.get(i), ((Integer) pairs.get(i + 1)).longValue());
        }
        return map;
    }
}
