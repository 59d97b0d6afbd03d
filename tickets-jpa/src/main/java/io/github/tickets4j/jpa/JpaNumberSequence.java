package io.github.tickets4j.jpa;

import io.github.tickets4j.core.NumbersExhaustedException;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.jpa.internal.Failures;
import io.github.tickets4j.jpa.internal.NumberCounterEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Objects;
import java.util.List;

/**
 * Ticket numbers from the database, safe with several application nodes on one database. Two strategies:
 * <ul>
 * <li>{@link #sequence(JpaTransactions, DatabaseKind)}: a database sequence. Values are unique and increase in
 * issue order; creations never wait for each other; a creation that rolls back leaves its number unused (a gap).
 * Pick it unless your users or auditors require unbroken numbering.</li>
 * <li>{@link #gapless(JpaTransactions)}: a counter row increased inside the ticket's own transaction. A rollback
 * gives the number back, so numbers have no gaps; the row stays locked until the creating transaction ends, so
 * creations are serialized across all nodes (throughput is bounded by one commit at a time). Must run inside
 * the use case's transaction, which the desk does.</li>
 * </ul>
 * Thread-safe.
 */
public final class JpaNumberSequence implements NumberSequence {
    private final JpaTransactions transactions;
    private final Draw draw;
    private final boolean gapless;

    private JpaNumberSequence(JpaTransactions transactions, Draw draw, boolean gapless) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.draw = draw;
        this.gapless = gapless;
    }

    /**
     * Numbers from the sequence {@code t4j_ticket_number_seq} of the schema script, drawn with native SQL (JPA has
     * no API for sequences).
     *
     * @param transactions the runner the desk uses, never null
     * @param database the database, choosing the SQL dialect of the draw; never null
     * @return the sequence, never null
     * @throws NullPointerException if an argument is null
     */
    public static JpaNumberSequence sequence(JpaTransactions transactions, DatabaseKind database) {
        String sql = database.nextValueSql();
        return new JpaNumberSequence(transactions, (em, maximum) -> {
            long value = ((Number) em.createNativeQuery(sql, Long.class).getSingleResult()).longValue();
            if (value > maximum) {
                // A database sequence cannot be turned back; once past the maximum every later draw is too.
                throw new NumbersExhaustedException(maximum);
            }
            return value;
        }, false);
    }

    /**
     * Numbers from the counter row {@code tickets} of the table {@code t4j_number_counter}, without gaps.
     *
     * @param transactions the runner the desk uses, never null
     * @return the sequence, never null
     * @throws NullPointerException if {@code transactions} is null
     */
    public static JpaNumberSequence gapless(JpaTransactions transactions) {
        return new JpaNumberSequence(transactions, JpaNumberSequence::increment, true);
    }

    /**
     * Tells whether this sequence promises numbers without gaps.
     *
     * @return true for {@link #gapless(JpaTransactions)}
     */
    public boolean isGapless() {
        return gapless;
    }

    /**
     * {@inheritDoc} A gapless sequence called outside a use case's transaction commits the value at once, so a
     * creation that then fails leaves a gap; the desk always calls it inside.
     *
     * @throws TicketsException if the database fails or the schema lacks the sequence or counter row
     */
    @Override
    public long next(long maximum) {
        return transactions.withEntityManager(em -> {
            try {
                return draw.next(em, maximum);
            } catch (PersistenceException e) {
                throw Failures.translate(e, null);
            }
        });
    }

    /**
     * Increases the counter by one unless it reached the maximum, and reads it back. The conditional update locks
     * the row until the transaction ends; an exhausted counter is left as it was.
     */
    private static long increment(EntityManager em, long maximum) {
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

    /** Draws one value in an entity manager. */
    @FunctionalInterface
    private interface Draw {
        long next(EntityManager em, long maximum);
    }
}
