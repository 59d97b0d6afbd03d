package io.github.tickets4j.jpa;

import io.github.tickets4j.core.NumbersExhaustedException;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.jpa.internal.CounterRows;
import io.github.tickets4j.jpa.internal.Failures;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Objects;

/**
 * Ticket numbers from the database, one series per tenant, safe with several application nodes on one database, in
 * the strategy of {@link Numbering}. A gapless draw writes (the tenant's counter row), so a use case that fails
 * after it is undone with it; a sequence draw and a block allocation cannot be undone and leave gaps. Thread-safe.
 */
final class JpaNumberSequence implements NumberSequence {
    private final JpaTransactions transactions;
    private final Numbering numbering;
    private final String nextValueSql;
    private final CounterRows counters;
    private final NumberBlocks blocks;

    /** The block allocator {@code blocks} is required by, and only used with, {@link Numbering.Blocks}. */
    JpaNumberSequence(JpaTransactions transactions, Numbering numbering, DatabaseKind database, CounterRows counters,
            NumberBlocks blocks) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.numbering = Objects.requireNonNull(numbering, "numbering");
        this.nextValueSql = database.nextValueSql();
        this.counters = Objects.requireNonNull(counters, "counters");
        this.blocks = blocks;
    }

    /** @return the strategy */
    Numbering numbering() {
        return numbering;
    }

    /**
     * {@inheritDoc} A gapless draw outside a use case commits the value at once, so a creation that then fails
     * leaves a gap; the desk always draws inside. A block draw takes a new block in a transaction of its own when
     * the node's block of the tenant is used up.
     *
     * @throws TicketsException if the database fails or the schema lacks the sequence or the counter table
     */
    @Override
    public long next(TenantId tenant, long maximum) {
        Objects.requireNonNull(tenant, "tenant");
        if (numbering instanceof Numbering.Blocks) {
            return blocks.next(tenant, maximum);
        }
        return transactions.inSession(s -> {
            try {
                if (numbering instanceof Numbering.Gapless) {
                    s.writing();
                    return counters.take(s.em(), tenant.value(), 1, maximum).last();
                }
                return draw(s.em(), maximum);
            } catch (PersistenceException e) {
                s.writing();
                throw Failures.translate(e, null);
            } catch (IllegalStateException | IllegalArgumentException e) {
                s.writing();
                throw Failures.translateMisuse(e, null);
            }
        });
    }

    private long draw(EntityManager em, long maximum) {
        long value = ((Number) em.createNativeQuery(nextValueSql, Long.class).getSingleResult()).longValue();
        if (value > maximum) {
            // A database sequence cannot be turned back; once past the maximum every later draw is too.
            throw new NumbersExhaustedException(maximum);
        }
        return value;
    }
}
