package io.github.tickets4j.samples.workflows;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * Runs the scenarios of seeds 001 to 004, each on its own desk with its workflow preset: staff's story of each
 * seed, and the customer's or guest's story of seeds 001, 003 and 004 after it. With arguments, only the named
 * scenarios run (for example {@code 002 004-portal}).
 */
public final class WorkflowScenarios {
    private static final List<Scenario> ALL = List.of(new CrmSupport(), new CrmSupportGuest(), new Ecommerce(),
            new Helpdesk(), new HelpdeskCoordinator(), new IspBilling(), new IspBillingPortal());

    private WorkflowScenarios() {
    }

    /**
     * Plays the scenarios on standard output.
     *
     * @param args the scenarios to play, by seed number or number and story ({@code 004-portal}); all of them
     *     when none are given
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
     * @param ids the scenarios to play, by seed number or number and story; never null; empty plays all
     * @throws IllegalArgumentException if an id names no scenario
     */
    public static void play(PrintStream out, Set<String> ids) {
        List<String> known = ALL.stream().map(Scenario::id).toList();
        if (!known.containsAll(ids)) {
            throw new IllegalArgumentException("unknown scenario in " + ids + "; the scenarios are " + known);
        }
        for (Scenario s : ALL) {
            if (ids.isEmpty() || ids.contains(s.id())) {
                out.println("=== Seed " + s.id() + ": " + s.title() + " ===");
                out.println();
                s.play(out);
                out.println();
            }
        }
    }
}
