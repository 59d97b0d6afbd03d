package io.github.tickets4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.benchmarks.core.CoreCommandsBenchmark;
import io.github.tickets4j.benchmarks.core.CoreDashboardBenchmark;
import io.github.tickets4j.benchmarks.jpa.HistoryLengthBenchmark;
import io.github.tickets4j.benchmarks.jpa.JpaCreateBenchmark;
import io.github.tickets4j.benchmarks.jpa.JpaDashboardBenchmark;
import io.github.tickets4j.benchmarks.jpa.NumberingBenchmark;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;

/**
 * Keeps the benchmarks compiling and working: runs every benchmark once, in process, on tiny data and H2, and
 * checks each one produced a figure. Says nothing about speed.
 */
class BenchmarksSmokeTest {
    private static final List<Class<?>> FAMILIES = List.of(CoreCommandsBenchmark.class, CoreDashboardBenchmark.class,
            JpaCreateBenchmark.class, NumberingBenchmark.class, JpaDashboardBenchmark.class,
            HistoryLengthBenchmark.class);

    @Test
    void everyBenchmarkRunsOnTinyDataAndReportsAScore() throws Exception {
        String packages = FAMILIES.stream().map(c -> c.getName().replace(".", "\\.") + "\\.")
                .collect(Collectors.joining("|", "^(", ")"));
        Collection<RunResult> results = new Runner(Profile.SMOKE.options(List.of(packages), Map.of()).build()).run();

        Set<String> ran = new TreeSet<>();
        for (RunResult r : results) {
            double score = r.getPrimaryResult().getScore();
            assertTrue(score > 0 && Double.isFinite(score), r.getParams().getBenchmark() + " scored " + score);
            ran.add(r.getParams().getBenchmark());
        }
        assertEquals(declaredBenchmarks(), ran);
        String tables = Tables.markdown(List.copyOf(results));
        assertTrue(tables.contains("| JpaDashboard.Dashboard | db=h2, tickets=200, viewer=staff | 1 |"), tables);
        assertTrue(tables.contains("| JpaDashboard.Dashboard | db=h2, tickets=200, viewer=customer | 1 |"), tables);
        // The history benchmark ran on a fresh ticket and a longer history, and its ratio was formed.
        assertTrue(tables.contains("| HistoryLength.FollowUp | db=h2, history=20 | 1 |"), tables);
        assertTrue(tables.lines().anyMatch(l -> l.matches(
                "\\| HistoryLength\\.adapterFollowUp \\| db=h2, history=20 \\| 1 \\| [^|]+ \\| 1 \\| .*")), tables);
    }

    private static Set<String> declaredBenchmarks() {
        return FAMILIES.stream().flatMap(c -> Arrays.stream(c.getMethods())
                .filter(m -> m.isAnnotationPresent(Benchmark.class)).map(m -> c.getName() + "." + m.getName()))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
