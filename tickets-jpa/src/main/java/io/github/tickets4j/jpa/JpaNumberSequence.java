package io.github.tickets4j.jpa;

import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.ticket.TenantId;
import jakarta.persistence.PersistenceException;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * Ticket numbers from the tenants' counter rows, one series per tenant starting at 1, safe with several application
 * nodes on one database, in the strategy of {@link Numbering}. A gapless draw writes the counter row in the use
 * case's transaction, so a use case that fails after it is undone with it; SEQUENCE and block draws take their
 * numbers in transactions of their own ({@link NumberBlocks}), which a failed use case cannot undo: they leave gaps.
 * Thread-safe.
 */
final class JpaNumberSequence implements NumberSequence {
    /** How often a new tenant's rows are tried on H2 while another thread creates them too. */
    private static final int ROW_ATTEMPTS = 10;
    private final JpaTransactions transactions;
    private final Numbering numbering;
    private final TenantRows tenants;
    private final CounterRows counters;
    private final NumberBlocks blocks;
    /** Where GAPLESS creates a new tenant's rows; null once the unit turned out to be JTA. */
    private volatile OwnTransactions own;

    /**
     * {@code blocks} hands out the numbers of SEQUENCE and block numbering; GAPLESS has none, and creates a new
     * tenant's rows in {@code own}, or in the desk call's transaction when {@code own} is null (a JTA unit).
     */
    JpaNumberSequence(JpaTransactions transactions, Numbering numbering, TenantRows tenants, CounterRows counters,
            NumberBlocks blocks, OwnTransactions own) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.numbering = Objects.requireNonNull(numbering, "numbering");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.blocks = numbering instanceof Numbering.Gapless ? blocks : Objects.requireNonNull(blocks, "blocks");
        this.own = own;
    }

    /** @return the strategy */
    Numbering numbering() {
        return numbering;
    }

    /**
     * {@inheritDoc} A gapless draw outside a use case commits the value at once, so a creation that then fails
     * leaves a gap; the desk always draws inside. A SEQUENCE or block draw takes a new block in a transaction of its
     * own when the node's block of the tenant is used up.
     *
     * @throws TicketsException if the database fails or the schema lacks the counter table
     */
    @Override
    public long next(TenantId tenant, long maximum) {
        Objects.requireNonNull(tenant, "tenant");
        if (!(numbering instanceof Numbering.Gapless)) {
            return blocks.next(tenant, maximum);
        }
        createRowsOf(tenant);
        return transactions.inSession(s -> {
            try {
                s.writing();
                return counters.take(s.em(), tenant.value(), 1, maximum).last();
            } catch (PersistenceException e) {
                throw Failures.translate(e, "the number series of tenant " + tenant.value());
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw Failures.translateMisuse(e, null);
            }
        });
    }

    /**
     * On H2, creates a new tenant's rows in a transaction of their own, committed before the creating transaction
     * uses them, so that two threads drawing its first numbers never fail on each other's insert. On PostgreSQL and
     * MariaDB (and under JTA, where there is no transaction of its own) the creating transaction creates them,
     * race-safe there, and no second connection is needed.
     */
    private void createRowsOf(TenantId tenant) {
        OwnTransactions separate = own;
        if (separate == null || !tenants.inTransactionOfItsOwn() || tenants.known(tenant.value())) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                separate.run(em -> {
                    tenants.create(em, tenant.value());
                    return null;
                });
                tenants.remember(tenant.value());
                return;
            } catch (OwnTransactions.NotResourceLocal jta) {
                own = null;
                return;
            } catch (TicketsException clash) {
                // Two threads creating the same tenant's rows at once: H2 fails the later insert. Once the other
                // commits, the next attempt finds the rows and inserts nothing.
                if (attempt == ROW_ATTEMPTS) {
                    throw clash;
                }
                LockSupport.parkNanos(attempt * 1_000_000L);
            }
        }
    }
}
