package io.github.tickets4j.core.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.access.GuestPass;
import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.DirectChanges;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The guest passes of in-memory storage join its unit of work: what a unit that fails wrote to them is undone with
 * its tickets, what a unit that succeeds wrote stays. Tenants are isolated: a pass's id and token hash are unique
 * within its tenant only, and every lookup, listing and deletion sees its own tenant's passes alone.
 */
class InMemoryGuestPassesTest {
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final UserId ISSUER = UserId.of("ada");
    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId GLOBEX = TenantId.of("globex");
    private static final List<UUID> IDS = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    private static final List<String> HASHES = List.of(hash(1), hash(2), hash(3));
    private static final List<TicketId> TICKETS = List.of(TicketId.random(), TicketId.random());

    private final InMemoryStorage storage = new InMemoryStorage();
    private final GuestPasses passes = storage.guestPasses();

    @Example
    void aPassInsertedInAUnitThatThenFailsIsGone() {
        GuestPass pass = pass(GLOBEX, IDS.get(0), HASHES.get(0), TICKETS.get(0), AT);
        IllegalStateException failure = new IllegalStateException("the unit fails after the insert");
        assertEquals(failure, assertThrows(IllegalStateException.class, () -> storage.transactions().inTransaction(
                () -> {
                    passes.insert(pass);
                    assertEquals(Optional.of(pass), passes.findById(GLOBEX, pass.id()), "seen inside the unit");
                    throw failure;
                })));

        assertEquals(Optional.empty(), passes.findById(GLOBEX, pass.id()));
        assertEquals(Optional.empty(), passes.findByTokenHash(GLOBEX, pass.tokenHash()));
        assertEquals(List.of(), passes.ofTicket(GLOBEX, pass.ticket()));
        passes.insert(pass);
        assertEquals(Optional.of(pass), passes.findById(GLOBEX, pass.id()), "its id and token were freed");
    }

    @Example
    void aPassInsertedInAUnitThatSucceedsStays() {
        GuestPass pass = pass(GLOBEX, IDS.get(0), HASHES.get(0), TICKETS.get(0), AT);
        storage.transactions().inTransaction(() -> {
            passes.insert(pass);
            return null;
        });
        assertEquals(Optional.of(pass), passes.findById(GLOBEX, pass.id()));
        assertEquals(Optional.of(pass), passes.findByTokenHash(GLOBEX, pass.tokenHash()));
        assertEquals(List.of(pass), passes.ofTicket(GLOBEX, pass.ticket()));
    }

    @Example
    void aFailedUnitUndoesItsRevocationsDeletionsAndInsertsWithItsTickets() {
        GuestPass kept = pass(GLOBEX, IDS.get(0), HASHES.get(0), TICKETS.get(0), AT);
        GuestPass deleted = pass(GLOBEX, IDS.get(1), HASHES.get(1), TICKETS.get(1), AT);
        GuestPass added = pass(GLOBEX, IDS.get(2), HASHES.get(2), TICKETS.get(0), AT.plusSeconds(60));
        passes.insert(kept);
        passes.insert(deleted);
        Change created = DirectChanges.created(new TicketNumber("RE", 1, 8), Workflows.standard(), "With a pass",
                Optional.empty(), ISSUER, AT);

        assertThrows(IllegalStateException.class, () -> storage.transactions().inTransaction(() -> {
            storage.tickets().insert(created);
            passes.update(kept.revoked(AT.plusSeconds(5)));
            passes.deleteOfTicket(GLOBEX, TICKETS.get(1));
            passes.insert(added);
            throw new IllegalStateException("the unit fails at the end");
        }));

        assertEquals(Optional.of(kept), passes.findById(GLOBEX, kept.id()), "not revoked");
        assertEquals(List.of(deleted), passes.ofTicket(GLOBEX, TICKETS.get(1)), "not deleted");
        assertEquals(List.of(kept), passes.ofTicket(GLOBEX, TICKETS.get(0)), "not added");
        assertEquals(Optional.empty(), storage.tickets().findById(TenantId.DEFAULT, created.ticket().id()),
                "the ticket written in the same unit is gone too");
    }

    @Example
    void aDuplicateInsertAndAnUpdateOfAMissingPassAreRefused() {
        GuestPass pass = pass(ACME, IDS.get(0), HASHES.get(0), TICKETS.get(0), AT);
        passes.insert(pass);
        assertThrows(TicketsException.class, () -> passes.insert(pass(ACME, IDS.get(0), HASHES.get(1),
                TICKETS.get(1), AT)), "the id is taken");
        assertThrows(TicketsException.class, () -> passes.insert(pass(ACME, IDS.get(1), HASHES.get(0),
                TICKETS.get(1), AT)), "the token hash is taken");
        assertThrows(TicketsException.class, () -> passes.update(pass(GLOBEX, IDS.get(0), HASHES.get(0),
                TICKETS.get(0), AT).revoked(AT)), "another tenant holds no such pass");
        assertEquals(Optional.of(pass), passes.findById(ACME, pass.id()), "the refusals changed nothing");
    }

    /** One pass to insert: its tenant, and which id, token hash and ticket it takes. */
    record Insert(TenantId tenant, int id, int hash, int ticket, int minute) {
    }

    @Property(tries = 300)
    void eachTenantSeesItsOwnPassesOnlyWithIdsAndTokensUniquePerTenant(@ForAll("inserts") List<Insert> inserts,
            @ForAll("tenants") TenantId deleting) {
        // A storage of its own: jqwik runs every try on the same instance of this class.
        GuestPasses passes = new InMemoryStorage().guestPasses();
        Map<TenantId, List<GuestPass>> model = new HashMap<>();
        for (Insert i : inserts) {
            GuestPass pass = pass(i.tenant(), IDS.get(i.id()), HASHES.get(i.hash()), TICKETS.get(i.ticket()),
                    AT.plus(Duration.ofMinutes(i.minute())));
            List<GuestPass> own = model.computeIfAbsent(i.tenant(), x -> new ArrayList<>());
            boolean taken = own.stream().anyMatch(p -> p.id().equals(pass.id())
                    || p.tokenHash().equals(pass.tokenHash()));
            if (taken) {
                assertThrows(TicketsException.class, () -> passes.insert(pass));
                Statistics.collect("refused");
            } else {
                passes.insert(pass);
                own.add(pass);
                Statistics.collect("stored");
            }
        }
        assertMatches(passes, model);

        passes.deleteOfTicket(deleting, TICKETS.get(0));
        model.getOrDefault(deleting, new ArrayList<>()).removeIf(p -> p.ticket().equals(TICKETS.get(0)));
        assertMatches(passes, model);
    }

    private static void assertMatches(GuestPasses passes, Map<TenantId, List<GuestPass>> model) {
        for (TenantId tenant : List.of(ACME, GLOBEX)) {
            List<GuestPass> own = model.getOrDefault(tenant, List.of());
            for (UUID id : IDS) {
                assertEquals(own.stream().filter(p -> p.id().equals(id)).findFirst(), passes.findById(tenant, id));
            }
            for (String hash : HASHES) {
                assertEquals(own.stream().filter(p -> p.tokenHash().equals(hash)).findFirst(),
                        passes.findByTokenHash(tenant, hash));
            }
            for (TicketId ticket : TICKETS) {
                assertEquals(own.stream().filter(p -> p.ticket().equals(ticket))
                        .sorted(Comparator.comparing(GuestPass::issuedAt).thenComparing(GuestPass::id)).toList(),
                        passes.ofTicket(tenant, ticket), "oldest first");
            }
            assertTrue(passes.ofTicket(TenantId.DEFAULT, TICKETS.get(0)).isEmpty());
        }
    }

    @Provide
    Arbitrary<List<Insert>> inserts() {
        Arbitrary<Integer> three = Arbitraries.integers().between(0, 2);
        return Combinators.combine(tenants(), three, three, Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 3)).as(Insert::new).list().ofMaxSize(10);
    }

    @Provide
    Arbitrary<TenantId> tenants() {
        return Arbitraries.of(ACME, GLOBEX);
    }

    private static GuestPass pass(TenantId tenant, UUID id, String hash, TicketId ticket, Instant issuedAt) {
        return new GuestPass(id, tenant, ticket, hash, issuedAt, ISSUER, Optional.empty(), Optional.empty());
    }

    /** A well-formed token hash: 64 lower-case hex digits. */
    private static String hash(int seed) {
        byte[] bytes = new byte[32];
        bytes[0] = (byte) seed;
        return HexFormat.of().formatHex(bytes);
    }
}
