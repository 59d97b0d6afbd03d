package io.github.tickets4j.jpa.internal;

import io.github.tickets4j.core.ConcurrentTicketModificationException;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.ticket.FollowUp;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TimelineEntry;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes tickets. Every write of an existing ticket starts with a compare-and-set of its version
 * ({@code update … set version = version + 1 where id = ? and version = ?}): a stale writer fails before it wrote
 * anything, the winner holds the row lock until its transaction ends, and the version rises by exactly one per
 * write whether or not a column changed. Follow-ups and timeline entries are only ever added by the aggregate, so
 * an update inserts the ones not stored yet. Every write that adds, moves or removes a ticket changes the status
 * rollup ({@link StatusCounts}) in the same transaction.
 */
public final class TicketWrites {
    private TicketWrites() {
    }

    /**
     * Stores a new ticket at version 0.
     *
     * @param em the entity manager, never null
     * @param counts the status rollup, never null
     * @param ticket the ticket, never null
     * @return the ticket as stored, never null
     * @throws jakarta.persistence.PersistenceException if a ticket with its id or number exists (a unique key
     *     violation, which {@link Failures} names)
     * @throws io.github.tickets4j.core.ValidationFailedException if a text does not fit its column
     */
    public static Ticket insert(EntityManager em, StatusCounts counts, Ticket ticket) {
        TicketMapper.checkFits(ticket);
        Ticket stored = ticket.version() == 0 ? ticket : ticket.toBuilder().version(0).build();
        TicketEntity row = TicketMapper.newEntity(stored);
        // Persisted before its children, so the provider writes the ticket row before the rows that reference it.
        em.persist(row);
        addChildren(em, stored, Set.of(), Set.of());
        counts.add(em, row.status, row.statusCategory, 1);
        em.flush();
        return stored;
    }

    /**
     * Stores a changed ticket if the stored version is the one it carries.
     *
     * @param em the entity manager, never null
     * @param counts the status rollup, never null
     * @param ticket the changed ticket, never null
     * @return the ticket with its new version, never null
     * @throws ConcurrentTicketModificationException if the stored version differs
     * @throws TicketNotFoundException if the ticket does not exist
     * @throws io.github.tickets4j.core.ValidationFailedException if a text does not fit its column
     */
    public static Ticket update(EntityManager em, StatusCounts counts, Ticket ticket) {
        TicketMapper.checkFits(ticket);
        claim(em, ticket);
        String id = id(ticket);
        TicketEntity row = em.find(TicketEntity.class, id);
        Ticket stored = ticket.toBuilder().version(ticket.version() + 1).build();
        String oldStatus = row.status;
        String oldCategory = row.statusCategory;
        TicketMapper.copyChangeable(stored, row);
        if (!oldStatus.equals(row.status) || !oldCategory.equals(row.statusCategory)) {
            counts.add(em, row.status, row.statusCategory, 1);
            counts.add(em, oldStatus, oldCategory, -1);
        }
        addChildren(em, stored, ids(em, "T4jFollowUp", id), ids(em, "T4jTimelineEntry", id));
        em.flush();
        return stored;
    }

    /**
     * Removes a ticket with its follow-ups, timeline and tags if the stored version is the one it carries.
     *
     * @param em the entity manager, never null
     * @param counts the status rollup, never null
     * @param ticket the ticket as read, never null
     * @throws ConcurrentTicketModificationException if the stored version differs
     * @throws TicketNotFoundException if the ticket does not exist
     */
    public static void delete(EntityManager em, StatusCounts counts, Ticket ticket) {
        claim(em, ticket);
        String id = id(ticket);
        for (String entity : List.of("T4jFollowUp", "T4jTimelineEntry")) {
            em.createQuery("delete from " + entity + " c where c.ticketId = :id").setParameter("id", id)
                    .executeUpdate();
        }
        TicketEntity row = em.find(TicketEntity.class, id);
        counts.add(em, row.status, row.statusCategory, -1);
        em.remove(row);
        em.flush();
    }

    /** The version compare-and-set; see the class comment. */
    private static void claim(EntityManager em, Ticket ticket) {
        String id = id(ticket);
        int claimed = em.createQuery("update T4jTicket t set t.version = t.version + 1"
                + " where t.id = :id and t.version = :version").setParameter("id", id)
                .setParameter("version", ticket.version()).executeUpdate();
        if (claimed == 1) {
            return;
        }
        long exists = em.createQuery("select count(t) from T4jTicket t where t.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (exists == 0) {
            throw new TicketNotFoundException(ticket.number().value());
        }
        throw new ConcurrentTicketModificationException(ticket.number().value(), ticket.version());
    }

    private static void addChildren(EntityManager em, Ticket t, Set<String> storedFollowUps,
            Set<String> storedEntries) {
        String id = id(t);
        List<FollowUp> followUps = t.followUps();
        for (int i = 0; i < followUps.size(); i++) {
            if (!storedFollowUps.contains(followUps.get(i).id().toString())) {
                em.persist(TicketMapper.followUp(id, followUps.get(i), i, followUps.size()));
            }
        }
        List<TimelineEntry> timeline = t.timeline();
        for (int i = 0; i < timeline.size(); i++) {
            if (!storedEntries.contains(timeline.get(i).id().toString())) {
                em.persist(TicketMapper.timelineEntry(id, timeline.get(i), i, timeline.size()));
            }
        }
    }

    private static Set<String> ids(EntityManager em, String entity, String ticketId) {
        return new HashSet<>(em.createQuery("select c.id from " + entity + " c where c.ticketId = :id", String.class)
                .setParameter("id", ticketId).getResultList());
    }

    static String id(Ticket ticket) {
        return ticket.id().value().toString();
    }
}
