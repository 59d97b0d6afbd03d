package io.github.tickets4j.core.access;

import java.util.Objects;

/**
 * A guest pass just issued, with its token: the only time the token is known. Hand it to the guest (a link in an
 * e-mail, say) and do not store it; the desk keeps only its hash.
 *
 * @param pass the stored pass, never null
 * @param token the secret the guest presents to {@code TicketDesk.guest}, never null
 */
public record IssuedGuestPass(GuestPass pass, String token) {
    /**
     * Checks the parts are present.
     *
     * @param pass the stored pass, never null
     * @param token the secret, never null
     * @throws NullPointerException naming the part that is null
     */
    public IssuedGuestPass {
        Objects.requireNonNull(pass, "pass");
        Objects.requireNonNull(token, "token");
    }

    /** Names the pass and hides the token, so logging the result leaks nothing. */
    @Override
    public String toString() {
        return "IssuedGuestPass[" + pass + ", token=***]";
    }
}
