package io.github.tickets4j.jpa;

import io.github.tickets4j.core.ConcurrentTicketModificationException;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.jpa.TicketMapper.Changeable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes tickets. A change of an existing ticket is one conditional update of its row that compares and sets the
 * version ({@code update … set <changed columns>, version = :new where tenant_id = :tenant and id = :id and
 * version = :expected}): a stale
 * writer fails before it wrote anything, and the winner holds the row lock until its transaction ends. Then the
 * tags that changed, the status rollup ({@link StatusCounts}) when the status changed, and the change's history
 * entries, appended. A write never reads the history: its cost does not depend on how long the history is.
 *
 * <p>New rows are persisted and detached at once: the persistence context (a host's, possibly long-lived) never
 * holds a Tickets4j entity that a later write could leave stale.
 */
final class TicketWrites {
    private TicketWrites() {
    }

    /**
     * Stores a new ticket and its first history entries.
     *
     * @param s the use case's session, never null
     * @param counts the status rollup, never null
     * @param change the creation, never null
     * @throws io.github.tickets4j.core.TicketsException naming the id or the number if a ticket holds it already
     * @throws io.github.tickets4j.core.ValidationFailedException if a text does not fit its column
     * @throws PersistenceException if the database fails otherwise
     */
    static void insert(Session s, StatusCounts counts, Change change) {
        TicketMapper.checkFits(change);
        Ticket ticket = change.ticket();
        EntityManager em = s.em();
        TicketEntity row = TicketMapper.newEntity(ticket);
        s.writing();
        try {
            em.persist(row);
            // Flushed on its own, so that a unique key violation can only be the ticket's id or number.
            em.flush();
        } catch (PersistenceException e) {
            throw Failures.duplicateTicket(e, ticket);
        } finally {
            detach(em, row);
        }
        counts.add(em, row.tenantId, row.status, row.statusCategory, 1);
        append(em, ticket, change.entries());
        s.remember(ticket);
    }

    /**
     * Applies a change to a stored ticket if the stored version is the one it was decided on.
     *
     * @param s the use case's session, never null
     * @param counts the status rollup, never null
     * @param change the change, never null
     * @throws ConcurrentTicketModificationException if the stored version differs; nothing was written
     * @throws TicketNotFoundException if the ticket does not exist; nothing was written
     * @throws io.github.tickets4j.core.ValidationFailedException if a text does not fit its column
     * @throws PersistenceException if the database fails
     */
    static void update(Session s, StatusCounts counts, Change change) {
        TicketMapper.checkFits(change);
        Ticket next = change.ticket();
        long expected = change.expectedVersion();
        EntityManager em = s.em();
        // The state the change was decided on: read in this use case (the desk always loads before it decides),
        // else read now. Either way the compare-and-set below proves the row still holds it.
        Ticket before = s.known(next.tenant(), next.id(), expected).orElseGet(() -> TicketReads.byId(em,
                tenant(next), id(next)).orElseThrow(() -> new TicketNotFoundException(next.number().value())));
        if (before.version() != expected) {
            throw new ConcurrentTicketModificationException(next.number().value(), expected);
        }
        Jpql cas = new Jpql("update T4jTicket t set ");
        for (Changeable column : TicketMapper.CHANGEABLE) {
            Object value = column.value().apply(next);
            if (!Objects.equals(value, column.value().apply(before))) {
                cas.add("t." + column.attribute() + " = " + cas.bind(value) + ", ");
            }
        }
        // Derived from title and description: folded again only when one of them changed.
        if (!before.title().equals(next.title()) || !before.description().equals(next.description())) {
            cas.add("t.searchText = " + cas.bind(TicketMapper.searchText(next.title(),
                    next.description().orElse(null))) + ", ");
        }
        cas.add("t.version = " + cas.bind(next.version()) + " where t.tenantId = " + cas.bind(tenant(next))
                + " and t.id = " + cas.bind(id(next)) + " and t.version = " + cas.bind(expected));
        if (cas.untyped(em).executeUpdate() != 1) {
            throw refusal(em, next, expected);
        }
        s.writing();
        changeTags(em, tenant(next), id(next), before.tags(), next.tags());
        if (!before.status().equals(next.status())) {
            counts.add(em, tenant(next), next.status().name(), next.status().category().name(), 1);
            counts.add(em, tenant(next), before.status().name(), before.status().category().name(), -1);
        }
        append(em, next, change.entries());
        s.remember(next);
    }

    /**
     * Removes a ticket with its history and tags if the stored version is the one it was read at.
     *
     * @param s the use case's session, never null
     * @param counts the status rollup, never null
     * @param ticket the ticket as read, never null
     * @throws ConcurrentTicketModificationException if the stored version differs; nothing was written
     * @throws TicketNotFoundException if the ticket does not exist; nothing was written
     * @throws PersistenceException if the database fails
     */
    static void delete(Session s, StatusCounts counts, Ticket ticket) {
        EntityManager em = s.em();
        String tenant = tenant(ticket);
        String id = id(ticket);
        // Claims the row first (locking it), so that nothing is removed unless the version matched.
        int claimed = em.createQuery("update T4jTicket t set t.version = t.version + 1"
                + " where t.tenantId = :tenant and t.id = :id and t.version = :version").setParameter("tenant", tenant)
                .setParameter("id", id).setParameter("version", ticket.version()).executeUpdate();
        if (claimed != 1) {
            throw refusal(em, ticket, ticket.version());
        }
        s.writing();
        em.createQuery("delete from T4jTimelineEntry e where e.tenantId = :tenant and e.ticketId = :id")
                .setParameter("tenant", tenant).setParameter("id", id).executeUpdate();
        em.createNativeQuery("delete from t4j_ticket_tag where tenant_id = ?1 and ticket_id = ?2")
                .setParameter(1, tenant).setParameter(2, id).executeUpdate();
        em.createQuery("delete from T4jTicket t where t.tenantId = :tenant and t.id = :id")
                .setParameter("tenant", tenant).setParameter("id", id).executeUpdate();
        // The version matched, so the stored status is the one the ticket was read with.
        counts.add(em, tenant, ticket.status().name(), ticket.status().category().name(), -1);
        s.forget(ticket.id());
    }

    /** Why a compare-and-set changed no row: the ticket is gone, or another writer changed it first. */
    private static RuntimeException refusal(EntityManager em, Ticket ticket, long expected) {
        long exists = em.createQuery("select count(t.id) from T4jTicket t where t.tenantId = :tenant and t.id = :id",
                Long.class).setParameter("tenant", tenant(ticket)).setParameter("id", id(ticket)).getSingleResult();
        if (exists == 0) {
            return new TicketNotFoundException(ticket.number().value());
        }
        return new ConcurrentTicketModificationException(ticket.number().value(), expected);
    }

    /**
     * Adds and removes the tags that changed. Native SQL: tags are an element collection of the ticket, which JPQL
     * can only change by loading the ticket.
     */
    private static void changeTags(EntityManager em, String tenant, String id, Set<String> before,
            Set<String> after) {
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(after);
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);
        if (!removed.isEmpty()) {
            em.createNativeQuery("delete from t4j_ticket_tag where tenant_id = ?1 and ticket_id = ?2 and tag in (?3)")
                    .setParameter(1, tenant).setParameter(2, id).setParameter(3, new ArrayList<>(removed))
                    .executeUpdate();
        }
        for (String tag : added) {
            em.createNativeQuery("insert into t4j_ticket_tag (tenant_id, ticket_id, tag) values (?1, ?2, ?3)")
                    .setParameter(1, tenant).setParameter(2, id).setParameter(3, tag).executeUpdate();
        }
    }

    /** Appends history entries; a unique key violation names the entry's ticket and sequence. */
    private static void append(EntityManager em, Ticket ticket, List<TimelineEntry> entries) {
        List<TimelineEntity> rows = new ArrayList<>();
        try {
            for (TimelineEntry entry : entries) {
                TimelineEntity row = TicketMapper.newEntry(ticket, entry);
                rows.add(row);
                em.persist(row);
            }
            em.flush();
        } catch (PersistenceException e) {
            throw Failures.duplicateEntry(e, ticket, entries);
        } finally {
            rows.forEach(row -> detach(em, row));
        }
    }

    /** Detaches a row the provider may or may not manage any more (after a failed flush it may not). */
    static void detach(EntityManager em, Object row) {
        try {
            if (em.contains(row)) {
                em.detach(row);
            }
        } catch (IllegalArgumentException | IllegalStateException notManaged) {
            // Nothing to detach.
        }
    }

    static String id(Ticket ticket) {
        return ticket.id().value().toString();
    }

    static String tenant(Ticket ticket) {
        return ticket.tenant().value();
    }
}
