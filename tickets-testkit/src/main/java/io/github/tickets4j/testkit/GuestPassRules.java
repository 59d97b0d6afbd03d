package io.github.tickets4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.access.GuestPass;
import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.testkit.fixtures.Actors;
import io.github.tickets4j.testkit.fixtures.TicketFixture;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The store contract's guest pass rules, G01 to G07 of {@link ContractRule}: the storage's
 * {@link io.github.tickets4j.core.spi.TicketStorage#guestPasses() guest passes} read back as written, list a
 * ticket's passes oldest first, keep a revocation, go with their ticket, stay in their tenant, refuse a duplicate id
 * or token hash, and are undone with a failed unit of work. The passes belong to tickets stored first, so a storage
 * whose passes refer to their ticket (a foreign key) can hold them. Part of {@link TicketStoreContract}; hosts
 * extend that class, never this.
 */
abstract class GuestPassRules extends StoreCustomerRules {
    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId GLOBEX = TenantId.of("globex");
    /** Milliseconds, as database columns keep them. */
    private static final Instant ISSUED = Instant.parse("2026-03-02T10:15:30.123Z");
    private static final UserId ISSUER = Actors.admin().id();

    @Test
    void guestPass_G01_aStoredPassReadsBackByTokenHashAndById() {
        Ticket ticket = storedTicket(TENANT, 1);
        GuestPass plain = pass(TENANT, ticket.id(), "plain", ISSUED);
        GuestPass expiring = new GuestPass(UUID.randomUUID(), TENANT, ticket.id(), hash("expiring"),
                ISSUED.plusMillis(1), ISSUER, Optional.of(ISSUED.plus(Duration.ofDays(7)).plusMillis(999)),
                Optional.empty());
        GuestPass revoked = pass(TENANT, ticket.id(), "revoked", ISSUED.plusSeconds(1)).revoked(ISSUED.plusSeconds(9));
        for (GuestPass p : List.of(plain, expiring, revoked)) {
            run(() -> passes().insert(p));
        }
        for (GuestPass p : List.of(plain, expiring, revoked)) {
            assertEquals(Optional.of(p), tx(() -> passes().findByTokenHash(TENANT, p.tokenHash())), "by hash: " + p);
            assertEquals(Optional.of(p), tx(() -> passes().findById(TENANT, p.id())), "by id: " + p);
        }
        assertEquals(Optional.empty(), tx(() -> passes().findByTokenHash(TENANT, hash("never issued"))));
        assertEquals(Optional.empty(), tx(() -> passes().findById(TENANT, UUID.randomUUID())));
    }

    @Test
    void guestPass_G02_aTicketsPassesAreListedOldestFirst() {
        Ticket ticket = storedTicket(TENANT, 1);
        Ticket other = storedTicket(TENANT, 2);
        GuestPass newest = pass(TENANT, ticket.id(), "newest", ISSUED.plus(Duration.ofDays(2)));
        GuestPass oldest = pass(TENANT, ticket.id(), "oldest", ISSUED).revoked(ISSUED.plusSeconds(5));
        GuestPass expired = new GuestPass(UUID.randomUUID(), TENANT, ticket.id(), hash("expired"),
                ISSUED.plusMillis(1), ISSUER, Optional.of(ISSUED.plusMillis(2)), Optional.empty());
        GuestPass elsewhere = pass(TENANT, other.id(), "elsewhere", ISSUED.plusSeconds(1));
        for (GuestPass p : List.of(newest, elsewhere, oldest, expired)) {
            run(() -> passes().insert(p));
        }
        assertEquals(List.of(oldest, expired, newest), tx(() -> passes().ofTicket(TENANT, ticket.id())),
                "revoked and expired passes included, oldest first");
        assertEquals(List.of(elsewhere), tx(() -> passes().ofTicket(TENANT, other.id())));
        assertEquals(List.of(), tx(() -> passes().ofTicket(TENANT, storedTicket(TENANT, 3).id())));
    }

    @Test
    void guestPass_G03_anUpdateStoresTheRevocationAndAMissingPassIsRefused() {
        Ticket ticket = storedTicket(TENANT, 1);
        GuestPass pass = pass(TENANT, ticket.id(), "revoke me", ISSUED);
        GuestPass kept = pass(TENANT, ticket.id(), "keep me", ISSUED.plusSeconds(1));
        run(() -> passes().insert(pass));
        run(() -> passes().insert(kept));
        GuestPass revoked = pass.revoked(ISSUED.plus(Duration.ofHours(3)).plusMillis(7));
        run(() -> passes().update(revoked));
        assertEquals(Optional.of(revoked), tx(() -> passes().findById(TENANT, pass.id())));
        assertEquals(Optional.of(revoked), tx(() -> passes().findByTokenHash(TENANT, pass.tokenHash())));
        assertEquals(List.of(revoked, kept), tx(() -> passes().ofTicket(TENANT, ticket.id())));

        GuestPass never = pass(TENANT, ticket.id(), "never inserted", ISSUED).revoked(ISSUED.plusSeconds(2));
        assertThrows(TicketsException.class, () -> run(() -> passes().update(never)), "update of a missing pass");
        assertEquals(Optional.empty(), tx(() -> passes().findById(TENANT, never.id())));
        assertEquals(List.of(revoked, kept), tx(() -> passes().ofTicket(TENANT, ticket.id())));
    }

    @Test
    void guestPass_G04_deletingATicketsPassesLeavesEveryOtherPass() {
        Ticket ticket = storedTicket(TENANT, 1);
        Ticket other = storedTicket(TENANT, 2);
        GuestPass first = pass(TENANT, ticket.id(), "first", ISSUED);
        GuestPass second = pass(TENANT, ticket.id(), "second", ISSUED.plusSeconds(1)).revoked(ISSUED.plusSeconds(2));
        GuestPass elsewhere = pass(TENANT, other.id(), "elsewhere", ISSUED);
        for (GuestPass p : List.of(first, second, elsewhere)) {
            run(() -> passes().insert(p));
        }
        run(() -> passes().deleteOfTicket(TENANT, ticket.id()));
        assertEquals(List.of(), tx(() -> passes().ofTicket(TENANT, ticket.id())));
        assertEquals(Optional.empty(), tx(() -> passes().findByTokenHash(TENANT, first.tokenHash())));
        assertEquals(Optional.empty(), tx(() -> passes().findById(TENANT, second.id())));
        assertEquals(List.of(elsewhere), tx(() -> passes().ofTicket(TENANT, other.id())));
        assertEquals(Optional.of(elsewhere), tx(() -> passes().findByTokenHash(TENANT, elsewhere.tokenHash())));
        run(() -> passes().deleteOfTicket(TENANT, TicketId.random()));
        assertEquals(List.of(elsewhere), tx(() -> passes().ofTicket(TENANT, other.id())), "nothing to delete");
    }

    @Test
    void guestPass_G05_tenantsAreIsolatedWhateverTheyShare() {
        Ticket acmeTicket = storedTicket(ACME, 1);
        // Another number: a store keeping numbers unique across tenants is S25's to catch, not this rule's.
        Ticket globexTicket = storedTicket(GLOBEX, 2);
        GuestPass acme = pass(ACME, acmeTicket.id(), "the same token", ISSUED);
        GuestPass globex = pass(GLOBEX, globexTicket.id(), "the same token", ISSUED.plusSeconds(1));
        run(() -> passes().insert(acme));
        run(() -> passes().insert(globex));
        assertEquals(Optional.of(acme), tx(() -> passes().findByTokenHash(ACME, acme.tokenHash())));
        assertEquals(Optional.of(globex), tx(() -> passes().findByTokenHash(GLOBEX, acme.tokenHash())));
        assertEquals(Optional.empty(), tx(() -> passes().findByTokenHash(TENANT, acme.tokenHash())));
        assertEquals(Optional.empty(), tx(() -> passes().findById(GLOBEX, acme.id())), "another tenant's id");
        assertEquals(Optional.empty(), tx(() -> passes().findById(ACME, globex.id())), "another tenant's id");
        assertEquals(List.of(), tx(() -> passes().ofTicket(GLOBEX, acmeTicket.id())), "another tenant's ticket");
        assertEquals(List.of(acme), tx(() -> passes().ofTicket(ACME, acmeTicket.id())));

        GuestPass acmeOnlyInGlobex = new GuestPass(acme.id(), GLOBEX, globexTicket.id(), hash("other"), ISSUED,
                ISSUER, Optional.empty(), Optional.of(ISSUED.plusSeconds(3)));
        assertThrows(TicketsException.class, () -> run(() -> passes().update(acmeOnlyInGlobex)),
                "an update of another tenant's pass");
        assertEquals(Optional.of(acme), tx(() -> passes().findById(ACME, acme.id())), "the pass is not revoked");
        run(() -> passes().deleteOfTicket(GLOBEX, acmeTicket.id()));
        assertEquals(List.of(acme), tx(() -> passes().ofTicket(ACME, acmeTicket.id())),
                "deleting another tenant's ticket's passes");
        run(() -> passes().deleteOfTicket(ACME, acmeTicket.id()));
        assertEquals(Optional.of(globex), tx(() -> passes().findByTokenHash(GLOBEX, globex.tokenHash())),
                "the other tenant's pass of the same token stays");
    }

    @Test
    void guestPass_G06_aDuplicateIdOrTokenHashIsRefusedAndChangesNothing() {
        Ticket ticket = storedTicket(TENANT, 1);
        Ticket other = storedTicket(TENANT, 2);
        GuestPass pass = pass(TENANT, ticket.id(), "taken", ISSUED);
        run(() -> passes().insert(pass));
        GuestPass sameId = new GuestPass(pass.id(), TENANT, other.id(), hash("fresh"), ISSUED.plusSeconds(1),
                ISSUER, Optional.empty(), Optional.empty());
        GuestPass sameHash = pass(TENANT, other.id(), "taken", ISSUED.plusSeconds(2));
        assertThrows(TicketsException.class, () -> run(() -> passes().insert(sameId)), "same id");
        assertThrows(TicketsException.class, () -> run(() -> passes().insert(sameHash)), "same token hash");
        assertEquals(Optional.of(pass), tx(() -> passes().findById(TENANT, pass.id())));
        assertEquals(Optional.of(pass), tx(() -> passes().findByTokenHash(TENANT, pass.tokenHash())));
        assertEquals(Optional.empty(), tx(() -> passes().findByTokenHash(TENANT, sameId.tokenHash())));
        assertEquals(Optional.empty(), tx(() -> passes().findById(TENANT, sameHash.id())));
        assertEquals(List.of(pass), tx(() -> passes().ofTicket(TENANT, ticket.id())));
        assertEquals(List.of(), tx(() -> passes().ofTicket(TENANT, other.id())));
    }

    @Test
    void guestPass_G07_aFailedUnitOfWorkLeavesThePassesAsTheyWere() {
        Ticket ticket = storedTicket(TENANT, 1);
        GuestPass kept = pass(TENANT, ticket.id(), "kept", ISSUED);
        run(() -> passes().insert(kept));
        GuestPass added = pass(TENANT, ticket.id(), "added then undone", ISSUED.plusSeconds(1));
        assertThrows(UnitFailed.class, () -> run(() -> {
            passes().insert(added);
            passes().update(kept.revoked(ISSUED.plusSeconds(2)));
            throw new UnitFailed();
        }));
        assertEquals(Optional.empty(), tx(() -> passes().findById(TENANT, added.id())), "the insert is undone");
        assertEquals(Optional.empty(), tx(() -> passes().findByTokenHash(TENANT, added.tokenHash())));
        assertEquals(List.of(kept), tx(() -> passes().ofTicket(TENANT, ticket.id())), "the revocation is undone");
        assertThrows(UnitFailed.class, () -> run(() -> {
            passes().deleteOfTicket(TENANT, ticket.id());
            throw new UnitFailed();
        }));
        assertEquals(Optional.of(kept), tx(() -> passes().findByTokenHash(TENANT, kept.tokenHash())),
                "the deletion is undone");
    }

    /** The failure a unit of work of G07 ends with. */
    private static final class UnitFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnitFailed() {
            super("Failure thrown by guest pass rule G07 to undo its unit of work");
        }
    }

    /** @return the guest passes of the storage under test; call them inside {@link #tx} */
    private GuestPasses passes() {
        return storage().guestPasses();
    }

    /** Stores a ticket for passes to belong to. */
    private Ticket storedTicket(TenantId tenant, long number) {
        return insert(TicketFixture.in(WORKFLOW).tenant(tenant).number(number).build());
    }

    /** A pass without expiry, not revoked, whose token is the text given. */
    private static GuestPass pass(TenantId tenant, TicketId ticket, String token, Instant issuedAt) {
        return new GuestPass(UUID.randomUUID(), tenant, ticket, hash(token), issuedAt, ISSUER, Optional.empty(),
                Optional.empty());
    }

    /** The SHA-256 hash of a token in lower-case hex, as the desk stores it. */
    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
