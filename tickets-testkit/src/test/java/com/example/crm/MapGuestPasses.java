package com.example.crm;

import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.access.GuestPass;
import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.TicketId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The host's guest passes beside its tickets: one map keyed by tenant and id, every call atomic. A database would
 * keep them in a table with unique keys on (tenant, id) and (tenant, token hash).
 */
public final class MapGuestPasses implements GuestPasses {
    private final Map<List<Object>, GuestPass> passes = new LinkedHashMap<>();

    @Override
    public synchronized void insert(GuestPass pass) {
        if (passes.containsKey(key(pass.tenant(), pass.id()))
                || findByTokenHash(pass.tenant(), pass.tokenHash()).isPresent()) {
            throw new TicketsException("Guest pass " + pass.id() + " or its token exists already");
        }
        passes.put(key(pass.tenant(), pass.id()), pass);
    }

    @Override
    public synchronized Optional<GuestPass> findByTokenHash(TenantId tenant, String tokenHash) {
        return passes.values().stream().filter(p -> p.tenant().equals(tenant) && p.tokenHash().equals(tokenHash))
                .findFirst();
    }

    @Override
    public synchronized Optional<GuestPass> findById(TenantId tenant, UUID id) {
        return Optional.ofNullable(passes.get(key(tenant, id)));
    }

    @Override
    public synchronized List<GuestPass> ofTicket(TenantId tenant, TicketId ticket) {
        return passes.values().stream().filter(p -> p.tenant().equals(tenant) && p.ticket().equals(ticket))
                .sorted(Comparator.comparing(GuestPass::issuedAt)).toList();
    }

    @Override
    public synchronized void update(GuestPass pass) {
        if (passes.replace(key(pass.tenant(), pass.id()), pass) == null) {
            throw new TicketsException("No guest pass " + pass.id());
        }
    }

    @Override
    public synchronized void deleteOfTicket(TenantId tenant, TicketId ticket) {
        passes.values().removeIf(p -> p.tenant().equals(tenant) && p.ticket().equals(ticket));
    }

    private static List<Object> key(TenantId tenant, UUID id) {
        return List.of(tenant, id);
    }

    /** Copies everything, for {@link MapTicketStorage} to put back when a unit of work fails. */
    synchronized Runnable savepoint() {
        Map<List<Object>, GuestPass> then = new LinkedHashMap<>(passes);
        return () -> {
            synchronized (this) {
                passes.clear();
                passes.putAll(then);
            }
        };
    }
}
