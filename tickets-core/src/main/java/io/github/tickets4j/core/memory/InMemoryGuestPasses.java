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
 * The guest passes of {@link InMemoryStorage}. Every write runs in a unit of work of the store that writes (joining
 * the running one, or in one of its own), under the store's write lock, and is undone with the tickets when the
 * unit fails; a unit that only reads cannot write. Reads see the latest pass written. Thread-safe.
 */
final class InMemoryGuestPasses implements GuestPasses {
    private final InMemoryTicketStore store;
    private final Map<Key, GuestPass> byId = new ConcurrentHashMap<>();
    /** The lookup behind every guest call, so it does not scan every pass. */
    private final Map<Hash, Key> byHash = new ConcurrentHashMap<>();
    /** The passes a running unit of work replaced, as they were before it (empty for one it added). */
    private final ThreadLocal<Map<Key, Optional<GuestPass>>> undo = new ThreadLocal<>();

    /** An id is unique within its tenant. */
    private record Key(TenantId tenant, UUID id) {
        static Key of(GuestPass pass) {
            return new Key(pass.tenant(), pass.id());
        }
    }

    /** A token hash is unique within its tenant. */
    private record Hash(TenantId tenant, String hash) {
        static Hash of(GuestPass pass) {
            return new Hash(pass.tenant(), pass.tokenHash());
        }
    }

    InMemoryGuestPasses(InMemoryTicketStore store) {
        this.store = store;
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
            before.forEach((key, pass) -> pass.ifPresentOrElse(p -> replace(key, p), () -> replace(key, null)));
            throw e;
        } finally {
            undo.remove();
        }
    }

    @Override
    public void insert(GuestPass pass) {
        write(() -> {
            if (byId.containsKey(Key.of(pass))) {
                throw new TicketsException("Guest pass id " + pass.id() + " is taken in tenant " + pass.tenant());
            }
            if (byHash.containsKey(Hash.of(pass))) {
                throw new TicketsException("Guest pass " + pass.id() + ": another pass of tenant " + pass.tenant()
                        + " has the same token");
            }
            put(Key.of(pass), pass);
        });
    }

    @Override
    public Optional<GuestPass> findByTokenHash(TenantId tenant, String tokenHash) {
        return Optional.ofNullable(byHash.get(new Hash(tenant, tokenHash))).map(byId::get);
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
    public void update(GuestPass pass) {
        write(() -> {
            GuestPass stored = byId.get(Key.of(pass));
            if (stored == null) {
                throw new TicketsException("No guest pass " + pass.id() + " in tenant " + pass.tenant());
            }
            if (!stored.tokenHash().equals(pass.tokenHash())) {
                throw new TicketsException("Guest pass " + pass.id() + ": its token cannot change");
            }
            put(Key.of(pass), pass);
        });
    }

    @Override
    public void deleteOfTicket(TenantId tenant, TicketId ticket) {
        write(() -> byId.entrySet().stream()
                .filter(e -> e.getKey().tenant().equals(tenant) && e.getValue().ticket().equals(ticket))
                .map(Map.Entry::getKey).toList().forEach(key -> put(key, null)));
    }

    /** Runs a write in the store's unit of work, alone, refused inside one that only reads. */
    private void write(Runnable work) {
        store.inTransaction(() -> undoneOnFailure(() -> {
            work.run();
            return null;
        }));
    }

    /** Stores a pass under its key, or removes the key's pass for null, remembering the earlier one. */
    private void put(Key key, GuestPass pass) {
        remember(key);
        replace(key, pass);
    }

    private void replace(Key key, GuestPass pass) {
        GuestPass old = pass == null ? byId.remove(key) : byId.put(key, pass);
        if (old != null) {
            byHash.remove(Hash.of(old));
        }
        if (pass != null) {
            byHash.put(Hash.of(pass), key);
        }
    }

    private void remember(Key key) {
        Map<Key, Optional<GuestPass>> before = undo.get();
        if (before != null) {
            before.putIfAbsent(key, Optional.ofNullable(byId.get(key)));
        }
    }
}
