package io.github.tickets4j.core.access;

import java.util.Objects;

/**
 * An access policy's answer.
 *
 * @param allowed whether the action may go ahead
 * @param reason why not, for the denial message; empty text when allowed; never null
 */
public record Decision(boolean allowed, String reason) {
    private static final Decision ALLOW = new Decision(true, "");

    /**
     * Checks the reason is present.
     *
     * @param allowed whether the action may go ahead
     * @param reason why not, for the denial message; empty text when allowed; never null
     */
    public Decision {
        Objects.requireNonNull(reason, "reason");
    }

    /** @return a positive answer, never null */
    public static Decision allow() {
        return ALLOW;
    }

    /**
     * A refusal.
     *
     * @param reason why, never null
     * @return the answer, never null
     */
    public static Decision deny(String reason) {
        return new Decision(false, reason);
    }
}
