package io.github.tickets4j.jpa;

import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One use case's work in the database: its entity manager, whether it wrote anything yet, and the ticket states it
 * read. The written flag decides whether a failed use case must roll the host's transaction back (a refusal before
 * any write leaves it usable). The states read let an update write only the columns and tags its change altered,
 * without reading the row again: the version compare-and-set guarantees the row still holds the state read at that
 * version. Confined to one thread.
 */
final class Session {
    private final EntityManager em;
    private final Map<TicketId, Ticket> read = new HashMap<>();
    private boolean written;

    /**
     * Starts a use case's session.
     *
     * @param em the entity manager of its transaction, never null
     * @throws NullPointerException if {@code em} is null
     */
    Session(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** @return the entity manager of the use case, never null */
    EntityManager em() {
        return em;
    }

    /**
     * Notes that a statement that may change rows is about to run (or failed in a way that may have left the
     * transaction unusable). Once noted, a failure of the use case must undo its transaction.
     */
    void writing() {
        written = true;
    }

    /** @return true when the use case may have written something */
    boolean hasWritten() {
        return written;
    }

    /**
     * Remembers the state of a ticket as read or written in this use case.
     *
     * @param ticket the state, never null
     * @return the same ticket
     */
    Ticket remember(Ticket ticket) {
        read.put(ticket.id(), ticket);
        return ticket;
    }

    /** Forgets a ticket that was deleted. */
    void forget(TicketId id) {
        read.remove(id);
    }

    /**
     * The state of a ticket this use case read or wrote, if it is of the given tenant and at the given version.
     *
     * @param tenant the ticket's tenant, never null
     * @param id the ticket, never null
     * @param version the version wanted
     * @return the state, or empty
     */
    Optional<Ticket> known(TenantId tenant, TicketId id, long version) {
        return Optional.ofNullable(read.get(id)).filter(t -> t.version() == version && t.tenant().equals(tenant));
    }
}
