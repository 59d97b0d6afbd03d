package io.github.tickets4j.jpa;

import io.github.tickets4j.core.NumbersExhaustedException;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.jpa.internal.Failures;
import io.github.tickets4j.jpa.internal.NumberCounterEntity;
import io.github.tickets4j.jpa.internal.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Objects;

/**
 * Ticket numbers from the database, safe with several application nodes on one database, in the strategy of
 * {@link Numbering}. A gapless draw writes (the counter row), so a use case that fails after it is undone with
 * it; a sequence draw cannot be undone and leaves a gap. Thread-safe.
 */
final class JpaNumberSequence implements NumberSequence {
    private final JpaTransactions transactions;
    private final Numbering numbering;
    private final String nextValueSql;

    JpaNumberSequence(JpaTransactions transactions, Numbering numbering, DatabaseKind database) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.numbering = Objects.requireNonNull(numbering, "numbering");
        this.nextValueSql = database.nextValueSql();
    }

    /** @return the strategy */
    Numbering numbering() {
        return numbering;
    }

    /**
     * {@inheritDoc} A gapless draw outside a use case commits the value at once, so a creation that then fails
     * leaves a gap; the desk always draws inside.
     *
     * @throws TicketsException if the database fails or the schema lacks the sequence or counter row
     */
    @Override
    public long next(long maximum) {
        return transactions.inSession(s -> {
            try {
                return numbering == Numbering.GAPLESS ? increment(s, maximum) : draw(s.em(), maximum);
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

    /**
     * Increases the counter by one unless it reached the maximum, and reads it back. The conditional update locks
     * the row until the transaction ends; an exhausted counter is left as it was.
     */
    private static long increment(Session s, long maximum) {
        EntityManager em = s.em();
        s.writing();
        int updated = em.createQuery("update T4jNumberCounter c set c.lastValue = c.lastValue + 1"
                + " where c.name = :name and c.lastValue < :max").setParameter("name", NumberCounterEntity.TICKETS)
                .setParameter("max", maximum).executeUpdate();
        List<Long> value = em.createQuery("select c.lastValue from T4jNumberCounter c where c.name = :name",
                Long.class).setParameter("name", NumberCounterEntity.TICKETS).getResultList();
        if (value.isEmpty()) {
            throw new TicketsException("The counter row '" + NumberCounterEntity.TICKETS
                    + "' of t4j_number_counter is missing; run the Tickets4j schema script");
        }
        if (updated == 0) {
            throw new NumbersExhaustedException(maximum);
        }
        return value.get(0);
    }
}
