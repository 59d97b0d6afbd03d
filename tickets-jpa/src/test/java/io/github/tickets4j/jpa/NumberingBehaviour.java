package io.github.tickets4j.jpa;

import static io.github.tickets4j.core.ticket.TenantId.DEFAULT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tickets4j.core.NumbersExhaustedException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.spi.EventPublisher;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three numbering strategies, one series per tenant, all from the tenant's counter row, created with the
 * tenant's first number: GAPLESS in the creating transaction, SEQUENCE and blocks in transactions of their own.
 */
abstract class NumberingBehaviour extends DatabaseTestBase {
    private static final TenantId ACME = TenantId.of("acme");
    private static final long WIDE = 99_999_999L;

    private static long next(JpaStorage storage, TenantId tenant, long maximum) {
        return storage.transactions().inTransaction(() -> storage.numbers().next(tenant, maximum));
    }

    private JpaStorage blocks(int size) {
        return JpaStorage.builder(factory, database().kind).numbering(Numbering.blocks(size)).build();
    }

    private long counter(TenantId tenant) {
        return database().queryLong("select last_value from t4j_number_counter where tenant_id = '" + tenant
                + "' and name = 'tickets'");
    }

    @Test
    void gaplessNumbersEveryTenantFromOneAndARollbackGivesTheNumberBackToItsTenantOnly() {
        JpaStorage gapless = gapless();
        assertEquals(List.of(1L, 1L, 2L), List.of(next(gapless, DEFAULT, WIDE), next(gapless, ACME, WIDE),
                next(gapless, ACME, WIDE)));
        assertThrows(IllegalStateException.class, () -> gapless.transactions().inTransaction(() -> {
            gapless.numbers().next(ACME, WIDE);
            throw new IllegalStateException("creation failed");
        }));

        assertEquals(List.of(1L, 2L), List.of(counter(DEFAULT), counter(ACME)));
        assertEquals(3, next(gapless, ACME, WIDE));
        assertEquals(Numbering.GAPLESS, gapless.numbering());
    }

    @Test
    void blocksAreTakenInATransactionOfTheirOwnAndHandedOutFromMemoryNodeByNode() {
        JpaStorage first = blocks(10);
        JpaStorage second = blocks(10);

        assertEquals(1, next(first, DEFAULT, WIDE));
        assertEquals(10, counter(DEFAULT), "the block 1 to 10 is taken and committed");
        assertEquals(11, next(second, DEFAULT, WIDE), "another node takes the next block");
        assertThrows(IllegalStateException.class, () -> first.transactions().inTransaction(() -> {
            first.numbers().next(DEFAULT, WIDE);
            throw new IllegalStateException("creation failed");
        }));
        assertEquals(List.of(3L, 12L), List.of(next(first, DEFAULT, WIDE), next(second, DEFAULT, WIDE)),
                "2 was lost with its rollback: a gap");
        assertEquals(20, counter(DEFAULT));
        assertEquals(Numbering.blocks(10), first.numbering());
    }

    @Test
    void blocksAreTakenPerTenantAndANewTenantStartsAtOne() {
        JpaStorage node = blocks(100);
        next(node, DEFAULT, WIDE);
        next(node, DEFAULT, WIDE);

        assertEquals(List.of(1L, 2L), List.of(next(node, ACME, WIDE), next(node, ACME, WIDE)));
        assertEquals(List.of(100L, 100L), List.of(counter(DEFAULT), counter(ACME)));
    }

    @Test
    void aBlockNearTheMaximumHoldsOnlyWhatIsLeftThenDrawsRefuseUntilTheMaximumGrows() {
        database().execute(List.of("update t4j_number_counter set last_value = 95 where tenant_id = 'default'"));
        JpaStorage node = blocks(10);

        assertEquals(List.of(96L, 97L, 98L, 99L), List.of(next(node, DEFAULT, 99), next(node, DEFAULT, 99),
                next(node, DEFAULT, 99), next(node, DEFAULT, 99)));
        assertThrows(NumbersExhaustedException.class, () -> next(node, DEFAULT, 99));
        assertEquals(99, counter(DEFAULT), "the exhausted counter stays as it was");
        assertEquals(100, next(node, DEFAULT, 999));
    }

    @Test
    void theSequenceStrategyTakesEachNumberInATransactionOfItsOwnPerTenantSoARollbackLeavesAGap() {
        assertEquals(List.of(1L, 1L), List.of(next(storage, DEFAULT, WIDE), next(storage, ACME, WIDE)));
        assertThrows(IllegalStateException.class, () -> storage.transactions().inTransaction(() -> {
            storage.numbers().next(DEFAULT, WIDE);
            throw new IllegalStateException("creation failed");
        }));

        assertEquals(List.of(2L, 1L), List.of(counter(DEFAULT), counter(ACME)), "2 was taken for good");
        assertEquals(List.of(3L, 2L), List.of(next(blocks(10), DEFAULT, WIDE), next(storage, ACME, WIDE)),
                "a node of any other strategy goes on from the same counter");
        assertEquals(Numbering.SEQUENCE, storage.numbering());
    }

    @Test
    void deskCreationsInTwoTenantsWithBlocksEachNumberFromOne() {
        TicketDesk desk = desk(blocks(50), EventPublisher.none());
        Actor sam = Actor.of("sam", Role.SALES);
        CreateTicket command = CreateTicket.titled("First").project(Samples.P1).build();

        assertEquals(List.of("RE00000001", "RE00000001", "RE00000002"), List.of(
                desk.create(sam, command).number().value(), desk.create(sam.inTenant(ACME), command).number().value(),
                desk.create(sam, command).number().value()));
    }
}
