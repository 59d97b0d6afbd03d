package io.github.tickets4j.samples.workflows;

import io.github.tickets4j.core.access.Permission;
import java.io.PrintStream;

/** One seed system played on its workflow preset: a short story, its timeline and its statistics. */
abstract class Scenario {
    /** What the working roles of every scenario may do: everything but reopen, delete and change closed tickets. */
    static final Permission[] WORK = {Permission.VIEW, Permission.CREATE, Permission.FOLLOW_UP,
        Permission.CHANGE_STATUS, Permission.CLOSE, Permission.ASSIGN, Permission.EDIT};

    private final String seed;
    private final String title;

    /**
     * Names the scenario.
     *
     * @param seed the seed's number, for example {@code 001}; never null
     * @param title what the seed system is, for the heading; never null
     */
    Scenario(String seed, String title) {
        this.seed = seed;
        this.title = title;
    }

    /** @return the seed's number, never null */
    final String seed() {
        return seed;
    }

    /** @return what the seed system is, never null */
    final String title() {
        return title;
    }

    /**
     * Plays the scenario on a fresh in-memory desk.
     *
     * @param out where the story, timeline and statistics are printed, never null
     */
    abstract void play(PrintStream out);
}
