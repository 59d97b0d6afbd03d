package io.github.tickets4j.core;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How Tickets4j reads the identifiers it is given: ids of the host's things (users, projects, customers, contacts,
 * teams, tenants, workflows), names within a workflow (statuses, priorities, transitions, roles) and tags. Every
 * value type applies these rules in its constructor; they are public so that a host can check or normalise a
 * value (a form field, a setting) by exactly the rule the library will apply. Stateless.
 */
public final class Identifiers {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@:+-]{0,99}");
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private Identifiers() {
    }

    /**
     * Checks an opaque host id: 1 to 100 characters, letters, digits and {@code . _ @ : + -}, starting with a
     * letter or digit. The id is taken as it is, never trimmed or case-folded: the host decides what it means.
     *
     * @param field the field the value is for, named by the violation; never null
     * @param value the id, may be null (refused)
     * @return the id, unchanged
     * @throws ValidationFailedException naming {@code field} if the value is null or breaks the rule
     */
    public static String id(String field, String value) {
        if (value == null) {
            throw ValidationFailedException.of(field, "must not be null");
        }
        if (!ID.matcher(value).matches()) {
            throw ValidationFailedException.of(field,
                    "must be 1 to 100 letters, digits or . _ @ : + - starting with a letter or digit");
        }
        return value;
    }

    /**
     * Normalises and checks a name within a workflow (status, priority, transition) or a role: surrounding blanks
     * stripped, upper case, inner spaces as {@code _}; then 1 to 40 of {@code A-Z 0-9 _}, starting with a letter.
     * So {@code " in progress"} names the status {@code IN_PROGRESS}.
     *
     * @param field the field the value is for, named by the violation; never null
     * @param value the name, may be null (refused)
     * @return the normalised name, never null
     * @throws ValidationFailedException naming {@code field} if the value is null or breaks the rule once normalised
     */
    public static String name(String field, String value) {
        if (value == null) {
            throw ValidationFailedException.of(field, "must not be null");
        }
        String normalised = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        if (!NAME.matcher(normalised).matches()) {
            throw ValidationFailedException.of(field,
                    "must be 1 to 40 characters of A-Z, 0-9 and _ starting with a letter, was '" + value + "'");
        }
        return normalised;
    }

    /**
     * Normalises a tag: surrounding blanks stripped, lower case, so {@code " Billing"} and {@code "billing"} are one
     * tag. Which tags are allowed is a rule of the commands that take them.
     *
     * @param tag the tag, may be null
     * @return the normalised tag, or null when given null
     */
    public static String tag(String tag) {
        return tag == null ? null : tag.strip().toLowerCase(Locale.ROOT);
    }
}
