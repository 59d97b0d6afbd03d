package io.github.tickets4j.core.memory;

import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.access.GuestPass;
import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.TicketId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The guest passes of {@link InMemoryStorage}. Writes join the unit of work of the storage's transactions and are
 * undone with the tickets when it fails; they run under the store's write lock, one unit at a time. Reads see the
 * latest pass written. Thread-safe.
 */
final class InMemoryGuestPasses implements GuestPasses {
    private final Map<Key, GuestPass> byId = new ConcurrentHashMap<>();
    /** The passes a running unit of work replaced, as they were before it (empty for one it added). */
    private final ThreadLocal<Map<Key, Optional<GuestPass>>> undo = new ThreadLocal<>();

    /** An id is unique within its tenant. */
    private record Key(TenantId tenant, UUID id) {
        static Key of(GuestPass pass) {
            return new Key(pass.tenant(), pass.id());
        }
    }

    /**
     * Runs a unit of work that writes, restoring every pass it wrote when it fails. A unit inside another joins it.
     * Callers hold the store's write lock.
     */
    <T> T undoneOnFailure(Supplier<T> work) {
        if (undo.get() != null) {
            return work.get();
        }
        Map<Key, Optional<GuestPass>> before = new HashMap<>();
        undo.set(before);
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            before.forEach((key, pass) -> pass.ifPresentOrElse(p -> byId.put(key, p), () -> byId.remove(key)));
            throw e;
        } finally {
            undo.remove();
        }
    }

    @Override
    public synchronized void insert(GuestPass pass) {
        if (byId.containsKey(Key.of(pass))) {
            throw new TicketsException("Guest pass id " + pass.id() + " is taken in tenant " + pass.tenant());
        }
        if (findByTokenHash(pass.tenant(), pass.tokenHash()).isPresent()) {
            throw new TicketsException("Guest pass " + pass.id() + ": another pass of tenant " + pass.tenant()
                    + " has the same token");
        }
        put(Key.of(pass), pass);
    }

    @Override
    public Optional<GuestPass> findByTokenHash(TenantId tenant, String tokenHash) {
        return byId.values().stream().filter(p -> p.tenant().equals(tenant) && p.tokenHash().equals(tokenHash))
                .findFirst();
    }

    @Override
    public Optional<GuestPass> findById(TenantId tenant, UUID id) {
        return Optional.ofNullable(byId.get(new Key(tenant, id)));
    }

    @Override
    public List<GuestPass> ofTicket(TenantId tenant, TicketId ticket) {
        return byId.values().stream().filter(p -> p.tenant().equals(tenant) && p.ticket().equals(ticket))
                .sorted(Comparator.comparing(GuestPass::issuedAt).thenComparing(GuestPass::id)).toList();
    }

    @Override
    public synchronized void update(GuestPass pass) {
        if (!byId.containsKey(Key.of(pass))) {
            throw new TicketsException("No guest pass " + pass.id() + " in tenant " + pass.tenant());
        }
        put(Key.of(pass), pass);
    }

    @Override
    public synchronized void deleteOfTicket(TenantId tenant, TicketId ticket) {
        List<Key> gone = byId.entrySet().stream()
                .filter(e -> e.getKey().tenant().equals(tenant) && e.getValue().ticket().equals(ticket))
                .map(Map.Entry::getKey).toList();
        gone.forEach(key -> {
            remember(key);
            byId.remove(key);
        });
    }

    private void put(Key key, GuestPass pass) {
        remember(key);
        byId.put(key, pass);
    }

    private void remember(Key key) {
        Map<Key, Optional<GuestPass>> before = undo.get();
        if (before != null) {
            before.putIfAbsent(key, Optional.ofNullable(byId.get(key)));
        }
    }
}
