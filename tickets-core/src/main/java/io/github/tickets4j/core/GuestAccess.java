package io.github.tickets4j.core;

import io.github.tickets4j.core.access.AccessTarget;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Affiliation;
import io.github.tickets4j.core.access.GuestPass;
import io.github.tickets4j.core.access.IssuedGuestPass;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.spi.EventPublisher;
import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Guest passes (issue 13): issuing one hands out a random token once and stores only its SHA-256 hash; a guest
 * presenting the token becomes an actor confined to the pass's ticket; revoking or expiry ends it. Issuing and
 * revoking are changes of the ticket, recorded as internal timeline entries. Every method runs inside the caller's
 * unit of work.
 */
final class GuestAccess {
    /** Marks a token as Tickets4j's, so a secret scanner can tell one in a log or a repository. */
    static final String TOKEN_PREFIX = "t4jg_";
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final GuestPasses passes;
    private final TicketStore store;
    private final EventPublisher events;

    GuestAccess(GuestPasses passes, TicketStore store, EventPublisher events) {
        this.passes = passes;
        this.store = store;
        this.events = events;
    }

    /** The guest a token lets in now, if it names a valid pass of the tenant. */
    Optional<Actor> guest(TenantId tenant, String token, Instant now) {
        return passes.findByTokenHash(tenant, hash(token)).filter(p -> p.isValidAt(now))
                .map(p -> new Actor(tenant, UserId.of("guest:" + p.id()), Set.of(Role.GUEST), Optional.empty(),
                        new Affiliation.Guest(p.ticket(), p.id())));
    }

    /**
     * Issues a pass to a ticket the actor may edit.
     *
     * @throws AccessDeniedException if the actor is not staff or may not edit the ticket
     */
    IssuedGuestPass issue(Attempt a, Optional<Instant> expiresAt) {
        requireManager(a);
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Ticket ticket = a.ticket();
        GuestPass pass = new GuestPass(UUID.randomUUID(), ticket.tenant(), ticket.id(), hash(token), a.now(),
                a.actor().id(), expiresAt, Optional.empty());
        record(a, new TicketEvent.GuestPassIssued(a.occurrence(), pass.id(), expiresAt));
        passes.insert(pass);
        return new IssuedGuestPass(pass, token);
    }

    /**
     * Revokes one of a ticket's passes.
     *
     * @throws AccessDeniedException if the actor is not staff or may not edit the ticket
     * @throws ValidationFailedException naming {@code pass} if the ticket has no such pass
     * @throws RuleViolationException if the pass is revoked already
     */
    GuestPass revoke(Attempt a, UUID id) {
        requireManager(a);
        GuestPass pass = passes.findById(a.ticket().tenant(), id).filter(p -> p.ticket().equals(a.ticket().id()))
                .orElseThrow(() -> ValidationFailedException.of("pass", "ticket " + a.ticket().number()
                        + " has no guest pass " + id));
        if (pass.revokedAt().isPresent()) {
            throw new RuleViolationException("Guest pass " + id + " of ticket " + a.ticket().number()
                    + " is revoked already");
        }
        GuestPass revoked = pass.revoked(a.now());
        record(a, new TicketEvent.GuestPassRevoked(a.occurrence(), id));
        passes.update(revoked);
        return revoked;
    }

    /**
     * Lists a ticket's passes, oldest first, revoked and expired ones included.
     *
     * @throws AccessDeniedException if the actor is not staff or may not edit the ticket
     */
    List<GuestPass> of(Attempt a) {
        requireManager(a);
        return passes.ofTicket(a.ticket().tenant(), a.ticket().id());
    }

    /** Removes a ticket's passes, when the ticket goes. */
    void deleteOf(Ticket ticket) {
        passes.deleteOfTicket(ticket.tenant(), ticket.id());
    }

    private void record(Attempt a, TicketEvent event) {
        Change change = a.change(event, t -> t);
        store.update(change);
        events.publish(event);
    }

    private static void requireManager(Attempt a) {
        Portal.requireStaff(a.actor(), Permission.EDIT, a.ticket().number().value(), "manage guest passes");
        a.guard().require(a.actor(), Permission.EDIT, AccessTarget.of(a.ticket()));
    }

    /** The SHA-256 hash of a token in lower-case hex: all the desk ever stores of it. */
    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest's Javadoc).
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
