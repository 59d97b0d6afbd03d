package io.github.tickets4j.core.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One slice of the dashboard's status donut.
 *
 * @param status the status name, never null
 * @param count how many tickets are in it
 * @param percent its share with one decimal; the slices of one donut add up to exactly 100.0 (or are all 0.0
 *     when there are no tickets); never null
 */
public record DonutSlice(String status, long count, BigDecimal percent) {
    private static final int TENTHS = 1000;

    /**
     * Checks the parts are present.
     *
     * @param status the status name, never null
     * @param count how many tickets are in it
     * @param percent its share with one decimal; the slices of one donut add up to exactly 100.0 (or are all 0.0 when
     *     there are no tickets); never null
     */
    public DonutSlice {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(percent, "percent");
    }

    /**
     * Cuts a donut from counts by the largest-remainder method, so the shares add up to exactly 100.0: each slice
     * gets its share rounded down to a tenth, and the tenths left over go to the slices that lost the most by the
     * rounding (ties to the earlier slice).
     *
     * @param counts counts by status, in display order; never null
     * @return the slices in the same order, never null
     */
    public static List<DonutSlice> of(Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<String> names = new ArrayList<>(counts.keySet());
        long[] tenths = new long[names.size()];
        long[] remainders = new long[names.size()];
        long given = 0;
        for (int i = 0; i < names.size(); i++) {
            long share = total == 0 ? 0 : counts.get(names.get(i)) * TENTHS;
            tenths[i] = total == 0 ? 0 : share / total;
            remainders[i] = total == 0 ? 0 : share % total;
            given += tenths[i];
        }
        if (total > 0) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingLong((Integer i) -> -remainders[i]).thenComparing(i -> i));
            for (int k = 0; given < TENTHS; k++, given++) {
                tenths[order.get(k)]++;
            }
        }
        List<DonutSlice> slices = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            slices.add(new DonutSlice(names.get(i), counts.get(names.get(i)), BigDecimal.valueOf(tenths[i], 1)));
        }
        return List.copyOf(slices);
    }
}
