package io.github.tickets4j.core.access;

import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A guest's access to one ticket, as stored: never the token itself, only its SHA-256 hash, so a copy of the table
 * lets nobody in. The token is random (256 bits), handed out once when the pass is issued; the ticket's number,
 * which people read and which is sequential, grants nothing.
 *
 * @param id the pass's identity, never null
 * @param tenant the ticket's tenant, never null
 * @param ticket the one ticket it opens, never null
 * @param tokenHash the token's SHA-256 hash in lower-case hex, 64 characters; never null
 * @param issuedAt when it was issued, never null
 * @param issuedBy who issued it, never null
 * @param expiresAt when it stops working; never null, empty for never
 * @param revokedAt when it was revoked; never null, empty while not revoked
 */
public record GuestPass(UUID id, TenantId tenant, TicketId ticket, String tokenHash, Instant issuedAt,
        UserId issuedBy, Optional<Instant> expiresAt, Optional<Instant> revokedAt) {
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    /**
     * Checks the parts.
     *
     * @param id the pass's identity, never null
     * @param tenant the ticket's tenant, never null
     * @param ticket the one ticket it opens, never null
     * @param tokenHash the token's SHA-256 hash in lower-case hex; never null
     * @param issuedAt when it was issued, never null
     * @param issuedBy who issued it, never null
     * @param expiresAt when it stops working; never null, may be empty
     * @param revokedAt when it was revoked; never null, may be empty
     * @throws NullPointerException naming the part that is null
     * @throws IllegalArgumentException if the hash is not 64 lower-case hex digits
     */
    public GuestPass {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(issuedBy, "issuedBy");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
        if (!HASH.matcher(tokenHash).matches()) {
            throw new IllegalArgumentException("tokenHash must be 64 lower-case hex digits (SHA-256)");
        }
    }

    /**
     * Tells whether the pass lets its guest in at an instant: not revoked, not expired.
     *
     * @param now the instant, never null
     * @return true when valid
     */
    public boolean isValidAt(Instant now) {
        return revokedAt.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
    }

    /**
     * The same pass, revoked.
     *
     * @param at when, never null
     * @return the revoked pass, never null
     */
    public GuestPass revoked(Instant at) {
        return new GuestPass(id, tenant, ticket, tokenHash, issuedAt, issuedBy, expiresAt, Optional.of(at));
    }

    /** Names the pass without its hash. */
    @Override
    public String toString() {
        return "GuestPass[" + id + " ticket " + ticket + (revokedAt.isPresent() ? " revoked" : "") + "]";
    }
}
