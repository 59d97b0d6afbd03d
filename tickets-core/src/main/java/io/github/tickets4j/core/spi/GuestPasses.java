package io.github.tickets4j.core.spi;

import io.github.tickets4j.core.access.GuestPass;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.TicketId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where guest passes live, beside the tickets they open and in the same unit of work. A pass is looked up by the
 * hash of the token a guest presents; tenants are isolated as in {@link TicketStore}. The testkit's store contract
 * proves an implementation. Implementations must be thread-safe.
 */
public interface GuestPasses {

    /**
     * Stores a new pass.
     *
     * @param pass the pass, never null
     * @throws io.github.tickets4j.core.TicketsException if the pass's tenant has a pass with that id or that token
     *     hash already (a token hash is unique per tenant)
     */
    void insert(GuestPass pass);

    /**
     * Looks a pass up by its token's hash.
     *
     * @param tenant the tenant, never null
     * @param tokenHash the hash, never null
     * @return the pass, revoked or expired ones included; empty when the tenant has none with that hash
     */
    Optional<GuestPass> findByTokenHash(TenantId tenant, String tokenHash);

    /**
     * Looks a pass up by identity.
     *
     * @param tenant the tenant, never null
     * @param id the pass, never null
     * @return the pass, or empty when the tenant has none with that identity
     */
    Optional<GuestPass> findById(TenantId tenant, UUID id);

    /**
     * Lists a ticket's passes, oldest first.
     *
     * @param tenant the tenant, never null
     * @param ticket the ticket, never null
     * @return the passes, revoked and expired ones included; never null
     */
    List<GuestPass> ofTicket(TenantId tenant, TicketId ticket);

    /**
     * Replaces a stored pass with a new state of it (the desk changes a pass only to revoke it): every field but the
     * tenant and id, which find it, and the token hash, which never changes.
     *
     * @param pass the pass's new state, never null
     * @throws io.github.tickets4j.core.TicketsException if the tenant has no pass with that id
     */
    void update(GuestPass pass);

    /**
     * Removes every pass of a ticket, when the ticket is deleted.
     *
     * @param tenant the tenant, never null
     * @param ticket the ticket, never null
     */
    void deleteOfTicket(TenantId tenant, TicketId ticket);
}
