package io.github.tickets4j.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Objects;

/**
 * Recomputes the folded search text ({@code search_text}) of stored tickets from their title and description, a
 * batch at a time, for tickets written around the adapter (imports, the V2 upgrade, whose SQL can only approximate
 * the folding with {@code lower()}) or after a Java upgrade changed Unicode's case mappings.
 */
final class SearchTexts {
    private SearchTexts() {
    }

    /**
     * The outcome of one batch.
     *
     * @param last the id of the batch's last ticket, where the next batch starts after; null when the batch was
     *     empty
     * @param read how many tickets the batch read
     * @param rewritten how many of them had a search text that differed, and got the right one
     */
    record Batch(String last, int read, int rewritten) {
    }

    /**
     * Recomputes the search text of a tenant's next tickets in id order, in the current transaction. Writes only rows
     * whose stored text differs, and only while the row still holds the title and description it was computed
     * from, so a change written meanwhile (which writes its own search text) is never overwritten with a stale one.
     * Reads projections and writes with native SQL: nothing lingers in the persistence context.
     *
     * @param em the entity manager of the transaction, never null
     * @param tenant the tenant's id, never null
     * @param after the id the batch starts after, null for the first batch
     * @param size the most tickets to read, at least 1
     * @return what the batch did, never null
     */
    static Batch rebuild(EntityManager em, String tenant, String after, int size) {
        Objects.requireNonNull(em, "em");
        TypedQuery<Object[]> select = em.createQuery("select t.id, t.title, t.description, t.searchText"
                + " from T4jTicket t where t.tenantId = :tenant" + (after == null ? "" : " and t.id > :after")
                + " order by t.id", Object[].class).setParameter("tenant", tenant);
        if (after != null) {
            select.setParameter("after", after);
        }
        List<Object[]> rows = select.setMaxResults(size).getResultList();
        int rewritten = 0;
        for (Object[] row : rows) {
            String title = (String) row[1];
            String description = (String) row[2];
            String folded = TicketMapper.searchText(title, description);
            if (!folded.equals(row[3])) {
                Query update = em.createNativeQuery("update t4j_ticket set search_text = ?1 where tenant_id = ?2"
                        + " and id = ?3 and title = ?4 and "
                        + (description == null ? "description is null" : "description = ?5"))
                        .setParameter(1, folded).setParameter(2, tenant).setParameter(3, row[0])
                        .setParameter(4, title);
                if (description != null) {
                    update.setParameter(5, description);
                }
                rewritten += update.executeUpdate();
            }
        }
        return new Batch(rows.isEmpty() ? null : (String) rows.get(rows.size() - 1)[0], rows.size(), rewritten);
    }
}
