package io.github.tickets4j.samples.workflows;

import io.github.tickets4j.core.access.Permission;
import java.io.PrintStream;

/**
 * One story of a seed system played on its workflow preset: staff's story with its timeline and statistics, or a
 * customer's or guest's story shown next to what staff see of the same tickets.
 */
abstract class Scenario {
    /** What the working roles of every scenario may do: everything but reopen, delete and change closed tickets. */
    static final Permission[] WORK = {Permission.VIEW, Permission.CREATE, Permission.FOLLOW_UP,
        Permission.CHANGE_STATUS, Permission.CLOSE, Permission.ASSIGN, Permission.EDIT};

    private final String id;
    private final String title;

    /**
     * Names the scenario.
     *
     * @param id the seed's number, for example {@code 001}, followed for a further story of the same seed by a
     *     dash and the story's name, for example {@code 004-portal}; never null
     * @param title what the story shows, for the heading; never null
     */
    Scenario(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** @return the seed's number, with the story's name for a further story of the seed; never null */
    final String id() {
        return id;
    }

    /** @return what the story shows, never null */
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
