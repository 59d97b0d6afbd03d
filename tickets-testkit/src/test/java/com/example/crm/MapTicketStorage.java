package com.example.crm;

import io.github.tickets4j.core.memory.InMemoryNumberSequence;
import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * What the host hands the desk: its map store, its guest passes, a number sequence, and units of work. A unit of
 * work runs alone (one lock, joined by nested calls on the same thread) and, when it fails, puts the store and the
 * passes back as it found them.
 * A database storage would use its database's transactions instead.
 */
public final class MapTicketStorage implements TicketStorage, Transactions {
    private final MapTicketStore store = new MapTicketStore();
    private final MapGuestPasses passes = new MapGuestPasses();
    private final NumberSequence numbers = new InMemoryNumberSequence();
    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public TicketStore tickets() {
        return store;
    }

    @Override
    public GuestPasses guestPasses() {
        return passes;
    }

    @Override
    public NumberSequence numbers() {
        return numbers;
    }

    @Override
    public Transactions transactions() {
        return this;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (lock.isHeldByCurrentThread()) {
            return work.get();
        }
        lock.lock();
        Runnable rollbackTickets = store.savepoint();
        Runnable rollbackPasses = passes.savepoint();
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            rollbackTickets.run();
            rollbackPasses.run();
            throw e;
        } finally {
            lock.unlock();
        }
    }
}
