package io.github.tickets4j.benchmarks.jpa;

/** The adapter's two numbering strategies, as a benchmark parameter. */
public enum Numbering {
    /** A database sequence: no waiting, gaps after rollbacks. */
    SEQUENCE,
    /** A counter row locked by each creating transaction: no gaps, creations serialized. */
    GAPLESS
}
