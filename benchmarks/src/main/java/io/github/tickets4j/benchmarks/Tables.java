package io.github.tickets4j.benchmarks;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Turns JMH results into the Markdown tables of {@code docs/benchmarks.md}: every result, the adapter ÷ raw
 * ratio of each pair of benchmarks named {@code adapterX} and {@code rawX} that ran with the same parameters, and
 * for benchmarks with a {@value #HISTORY} parameter each result ÷ the same benchmark's result with the shortest
 * history.
 */
public final class Tables {
    private static final String ADAPTER = "adapter";
    private static final String RAW = "raw";
    private static final String HISTORY = "history";

    private Tables() {
    }

    /**
     * Formats results.
     *
     * @param results the results of one run, never null
     * @return the tables, never null
     */
    public static String markdown(List<RunResult> results) {
        List<RunResult> sorted = results.stream().sorted(Comparator.comparing(Tables::key)).toList();
        StringBuilder s = new StringBuilder("| benchmark | parameters | threads | mode | score | ± error | unit |\n")
                .append("|---|---|---|---|---:|---:|---|\n");
        Map<String, RunResult> byKey = new LinkedHashMap<>();
        for (RunResult r : sorted) {
            BenchmarkParams p = r.getParams();
            Result<?> primary = r.getPrimaryResult();
            s.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s |%n", name(p), params(p),
                    p.getThreads(), p.getMode().shortLabel(), number(primary.getScore()),
                    number(primary.getScoreError()), primary.getScoreUnit()));
            byKey.put(key(r), r);
        }
        s.append("\n| pair | parameters | threads | adapter | raw | unit | adapter ÷ raw |\n")
                .append("|---|---|---|---:|---:|---|---:|\n");
        for (RunResult adapter : sorted) {
            String method = method(adapter.getParams());
            if (!method.startsWith(ADAPTER)) {
                continue;
            }
            String rawKey = key(adapter).replace("." + method + "|", "." + RAW + method.substring(ADAPTER.length()) + "|");
            RunResult raw = byKey.get(rawKey);
            if (raw != null) {
                BenchmarkParams p = adapter.getParams();
                double a = adapter.getPrimaryResult().getScore();
                double b = raw.getPrimaryResult().getScore();
                s.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %.2f |%n",
                        name(p).replace(ADAPTER, ""), params(p), p.getThreads(), number(a), number(b),
                        adapter.getPrimaryResult().getScoreUnit(), a / b));
            }
        }
        growth(sorted, s);
        return s.toString();
    }

    /** Each result with a history parameter ÷ the result of the same benchmark with the shortest history. */
    private static void growth(List<RunResult> sorted, StringBuilder s) {
        Map<String, RunResult> shortest = new LinkedHashMap<>();
        for (RunResult r : sorted) {
            if (r.getParams().getParam(HISTORY) != null) {
                shortest.merge(withoutHistory(r), r, (a, b) -> history(a) <= history(b) ? a : b);
            }
        }
        if (shortest.isEmpty()) {
            return;
        }
        s.append("\n| benchmark | parameters | threads | score | shortest history | its score | unit | ÷ shortest |\n")
                .append("|---|---|---|---:|---:|---:|---|---:|\n");
        for (RunResult r : sorted) {
            RunResult base = r.getParams().getParam(HISTORY) == null ? null : shortest.get(withoutHistory(r));
            if (base != null && base != r) {
                BenchmarkParams p = r.getParams();
                double a = r.getPrimaryResult().getScore();
                double b = base.getPrimaryResult().getScore();
                s.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %d | %s | %s | %.2f |%n", name(p),
                        params(p), p.getThreads(), number(a), history(base), number(b),
                        r.getPrimaryResult().getScoreUnit(), a / b));
            }
        }
    }

    private static long history(RunResult r) {
        return Long.parseLong(r.getParams().getParam(HISTORY));
    }

    private static String withoutHistory(RunResult r) {
        BenchmarkParams p = r.getParams();
        StringBuilder s = new StringBuilder(p.getBenchmark()).append('|').append(p.getThreads());
        for (String k : p.getParamsKeys()) {
            if (!k.equals(HISTORY)) {
                s.append('|').append(k).append('=').append(p.getParam(k));
            }
        }
        return s.toString();
    }

    private static String key(RunResult r) {
        BenchmarkParams p = r.getParams();
        return p.getBenchmark() + "|" + params(p) + "|" + p.getThreads();
    }

    private static String name(BenchmarkParams p) {
        String full = p.getBenchmark();
        String[] parts = full.split("\\.");
        return parts[parts.length - 2].replace("Benchmark", "") + "." + parts[parts.length - 1];
    }

    private static String method(BenchmarkParams p) {
        String full = p.getBenchmark();
        return full.substring(full.lastIndexOf('.') + 1);
    }

    private static String params(BenchmarkParams p) {
        StringBuilder s = new StringBuilder();
        for (String k : p.getParamsKeys()) {
            s.append(s.length() == 0 ? "" : ", ").append(k).append('=').append(p.getParam(k));
        }
        return s.toString();
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : value >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }
}
