package io.github.tickets4j.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs the benchmarks: {@code java -jar benchmarks/target/tickets4j-benchmarks.jar quick|full [regex…]
 * [-p name=v1,v2…]}. Prints JMH's results, then the same as Markdown with the adapter ÷ raw ratios, and writes
 * them as JSON to {@code tickets4j-benchmarks-<profile>.json}.
 */
public final class Run {
    private Run() {
    }

    /**
     * Runs the benchmarks of a profile.
     *
     * @param args the profile, then optional regular expressions selecting benchmarks and {@code -p name=values}
     *     overrides of benchmark parameters (for example {@code -p tickets=10000,100000} or {@code -p db=h2})
     * @throws RunnerException if a benchmark fails
     */
    public static void main(String[] args) throws RunnerException {
        if (args.length == 0) {
            System.err.println("usage: java -jar tickets4j-benchmarks.jar quick|full [regex...] [-p name=v1,v2...]");
            System.exit(2);
        }
        Profile profile = Profile.of(args[0]);
        List<String> includes = new ArrayList<>();
        Map<String, String[]> overrides = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("-p") && i + 1 < args.length) {
                String[] pair = args[++i].split("=", 2);
                overrides.put(pair[0], pair[1].split(","));
            } else {
                includes.add(args[i]);
            }
        }
        var results = new Runner(profile.options(includes, overrides).build()).run();
        System.out.println();
        System.out.println(Tables.markdown(new ArrayList<RunResult>(results)));
    }
}
