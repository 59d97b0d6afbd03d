package io.github.tickets4j.testkit;

import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.Ticket;
import java.util.Locale;
import java.util.Optional;

/**
 * The store under test with one fault switched on at will: the next write goes through to the store and then
 * fails, as a use case failing part-way does. Only the transactions can undo it.
 */
final class FaultyStore extends ForwardingTicketStore {
    /** Which write fails after it was made. */
    enum Fault { NONE, INSERT, UPDATE, DELETE }

    /** The failure the contract injects, so it can tell it from any other. */
    static final class InjectedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedFailure(String where) {
            super("Failure injected by the transaction contract " + where);
        }
    }

    private volatile Fault fault = Fault.NONE;
    private volatile Ticket lastInserted;

    FaultyStore(TicketStore delegate) {
        super(delegate);
    }

    /** Makes the next write of this kind fail after it went through. */
    void failAfterNext(Fault value) {
        this.fault = value;
    }

    /** @return the ticket of the latest insert that went through to the store, empty before the first */
    Optional<Ticket> lastInserted() {
        return Optional.ofNullable(lastInserted);
    }

    private void maybeFail(Fault point) {
        if (fault == point) {
            fault = Fault.NONE;
            throw new InjectedFailure("after " + point.name().toLowerCase(Locale.ROOT));
        }
    }

    @Override
    public void insert(Change change) {
        delegate.insert(change);
        lastInserted = change.ticket();
        maybeFail(Fault.INSERT);
    }

    @Override
    public void update(Change change) {
        delegate.update(change);
        maybeFail(Fault.UPDATE);
    }

    @Override
    public void delete(Ticket ticket) {
        delegate.delete(ticket);
        maybeFail(Fault.DELETE);
    }
}
