package io.github.tickets4j.testkit;

import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.access.GuestPass;
import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.TicketId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Correct, plain guest passes in a list, which the broken ones override one step at a time. Every call is atomic;
 * {@link #savepoint()} lets {@link PlainStore.Storage} undo a failed unit of work's passes.
 */
class PlainGuestPasses implements GuestPasses {
    private final List<GuestPass> passes = new ArrayList<>();

    /** @return every pass of every tenant, a copy */
    final synchronized List<GuestPass> all() {
        return List.copyOf(passes);
    }

    @Override
    public synchronized void insert(GuestPass pass) {
        if (findById(pass.tenant(), pass.id()).isPresent()
                || findByTokenHash(pass.tenant(), pass.tokenHash()).isPresent()) {
            throw new TicketsException("Guest pass " + pass.id() + " or its token exists already");
        }
        passes.add(pass);
    }

    @Override
    public synchronized Optional<GuestPass> findByTokenHash(TenantId tenant, String tokenHash) {
        return passes.stream().filter(p -> p.tenant().equals(tenant) && p.tokenHash().equals(tokenHash)).findFirst();
    }

    @Override
    public synchronized Optional<GuestPass> findById(TenantId tenant, UUID id) {
        return passes.stream().filter(p -> p.tenant().equals(tenant) && p.id().equals(id)).findFirst();
    }

    @Override
    public synchronized List<GuestPass> ofTicket(TenantId tenant, TicketId ticket) {
        return passes.stream().filter(p -> p.tenant().equals(tenant) && p.ticket().equals(ticket))
                .sorted(Comparator.comparing(GuestPass::issuedAt)).toList();
    }

    @Override
    public synchronized void update(GuestPass pass) {
        for (int i = 0; i < passes.size(); i++) {
            if (passes.get(i).tenant().equals(pass.tenant()) && passes.get(i).id().equals(pass.id())) {
                passes.set(i, pass);
                return;
            }
        }
        throw new TicketsException("No guest pass " + pass.id());
    }

    @Override
    public synchronized void deleteOfTicket(TenantId tenant, TicketId ticket) {
        passes.removeIf(p -> p.tenant().equals(tenant) && p.ticket().equals(ticket));
    }

    /** Copies every pass; the result puts them back. Correct: it does. */
    synchronized Runnable savepoint() {
        List<GuestPass> then = List.copyOf(passes);
        return () -> {
            synchronized (this) {
                passes.clear();
                passes.addAll(then);
            }
        };
    }
}
