package io.github.tickets4j.samples.workflows;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * Runs the scenarios of seeds 001 to 004, each on its own desk with its workflow preset. With arguments, only
 * the named seeds run (for example {@code 002 004}).
 */
public final class WorkflowScenarios {
    private static final List<Scenario> ALL = List.of(new CrmSupport(), new Ecommerce(), new Helpdesk(),
            new IspBilling());

    private WorkflowScenarios() {
    }

    /**
     * Plays the scenarios on standard output.
     *
     * @param args seed numbers to play; all of them when none are given
     */
    public static void main(String[] args) {
        try {
            play(System.out, Set.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Plays scenarios.
     *
     * @param out where they are printed, never null
     * @param seeds the seed numbers to play, never null; empty plays all
     * @throws IllegalArgumentException if a seed number names no scenario
     */
    public static void play(PrintStream out, Set<String> seeds) {
        List<String> known = ALL.stream().map(Scenario::seed).toList();
        if (!known.containsAll(seeds)) {
            throw new IllegalArgumentException("unknown seed in " + seeds + "; the scenarios are " + known);
        }
        for (Scenario s : ALL) {
            if (seeds.isEmpty() || seeds.contains(s.seed())) {
                out.println("=== Seed " + s.seed() + ": " + s.title() + " ===");
                out.println();
                s.play(out);
                out.println();
            }
        }
    }
}
