package io.github.tickets4j.jpa;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import java.util.List;

/**
 * The longest texts the columns hold: the core's own input limits, so whatever the desk accepts fits. A ticket
 * built around the desk with longer texts is refused with {@link ValidationFailedException} before anything is
 * written, instead of failing in the database.
 */
final class Limits {
    static final int TITLE = 200;
    static final int DESCRIPTION = 20_000;
    static final int NAME = 60;
    static final int ID = 100;
    static final int SUBMITTER_NAME = 200;
    static final int EMAIL = 320;
    static final int TAG = 50;
    static final int REASON = 2000;
    static final int DETAIL = 20_000;
    static final int CHANGE_VALUE = 200;
    /**
     * The folded search text: title and description folded by the core's {@code TextFolding}, which turns one
     * character into at most 18 (U+FDFA), so whatever fits {@link #TITLE} and {@link #DESCRIPTION} folds to at most
     * 363,601 characters. H2 holds it in a varchar of this length; PostgreSQL in text, MariaDB in mediumtext.
     */
    static final int SEARCH_TEXT = 1_000_000;

    private Limits() {
    }

    /** Adds a violation to {@code found} when the text is longer than {@code max}. */
    static void check(List<Violation> found, String field, String text, int max) {
        if (text != null && text.length() > max) {
            found.add(new Violation(field, "must be at most " + max + " characters for the database, was "
                    + text.length()));
        }
    }

    /** Throws the violations found, if any. */
    static void throwIfAny(List<Violation> found) {
        if (!found.isEmpty()) {
            throw new ValidationFailedException(found);
        }
    }
}
