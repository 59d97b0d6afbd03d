package io.github.tickets4j.benchmarks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * How long and how often the benchmarks run. {@link #QUICK} and {@link #FULL} are for measuring;
 * {@link #SMOKE} is the test suite's check that every benchmark still runs (in process, one 100 ms iteration,
 * a few hundred tickets on H2), and its figures mean nothing.
 */
public enum Profile {
    /** One 100 ms iteration in process on 200 tickets, histories of 1 and 20 entries, and H2 only. */
    SMOKE(0, 0, 1, TimeValue.milliseconds(100), Map.of("tickets", "200", "history", "1,20", "db", "h2")),
    /**
     * One fork, six 5 s warm-ups and three 5 s measurements per benchmark: minutes, not hours. The warm-up is that
     * long because on two cores shared with the database the JIT needs 20 to 30 s to compile the ORM's paths; a 2 s
     * warm-up measured the adapter's creation at a third of its steady speed.
     */
    QUICK(1, 6, 3, TimeValue.seconds(5), Map.of()),
    /** Two forks, six 5 s warm-ups and five 5 s measurements per benchmark. */
    FULL(2, 6, 5, TimeValue.seconds(5), Map.of());

    private final int forks;
    private final int warmups;
    private final int measurements;
    private final TimeValue time;
    /** Parameter values replacing the benchmarks' own: name to comma-separated values. */
    private final Map<String, String> params;

    Profile(int forks, int warmups, int measurements, TimeValue time, Map<String, String> params) {
        this.forks = forks;
        this.warmups = warmups;
        this.measurements = measurements;
        this.time = time;
        this.params = params;
    }

    /**
     * Reads a profile name in any case.
     *
     * @param name {@code quick}, {@code full} or {@code smoke}; never null
     * @return the profile, never null
     * @throws IllegalArgumentException if the name is none of them
     */
    public static Profile of(String name) {
        return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The JMH options of this profile.
     *
     * @param includes regular expressions selecting benchmarks; all when empty; never null
     * @param overrides parameter values replacing the benchmarks' own (name to values); never null
     * @return the options builder, to be built or refined; never null
     */
    public ChainedOptionsBuilder options(List<String> includes, Map<String, String[]> overrides) {
        ChainedOptionsBuilder b = new OptionsBuilder().forks(forks).warmupIterations(warmups).warmupTime(time)
                .measurementIterations(measurements).measurementTime(time).shouldFailOnError(true)
                // The 1M-ticket in-memory store needs a few GB; Hibernate and its validator log through SLF4J.
                .jvmArgsAppend("-Xms2g", "-Xmx6g", "-Dorg.jboss.logging.provider=slf4j");
        includes.forEach(b::include);
        // JMH adds the values of a parameter given twice; an override must replace the profile's.
        Map<String, String[]> merged = new HashMap<>();
        params.forEach((name, values) -> merged.put(name, values.split(",")));
        merged.putAll(overrides);
        merged.forEach(b::param);
        if (this == SMOKE) {
            b.verbosity(VerboseMode.SILENT);
        } else {
            b.resultFormat(ResultFormatType.JSON).result("tickets4j-benchmarks-" + name().toLowerCase() + ".json");
        }
        return b;
    }
}
