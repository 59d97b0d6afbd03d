package io.github.tickets4j.jpa;

import io.github.tickets4j.core.ConcurrentTicketModificationException;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.access.GuestPass;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TimelineEntry;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.TransactionRequiredException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns persistence exceptions into the core's exceptions, so hosts never catch a provider's or JPA's type. Lock
 * conflicts (optimistic, pessimistic, deadlock, serialization failure) become
 * {@link ConcurrentTicketModificationException}: reloading and retrying is the cure for all of them. A unique key
 * violation says which key refused what, when the database's message names the constraint; only a new ticket's
 * id or number (in its tenant) being taken is reported as a ticket stored already.
 */
final class Failures {
    /** The name of a Tickets4j key in a lower-cased message (H2 appends {@code _index_…} to it). */
    private static final Pattern KEY = Pattern.compile("t4j_[a-z0-9_]*?_(pk|uk)");

    private Failures() {
    }

    /**
     * Translates a persistence exception.
     *
     * @param e the exception, never null
     * @param subject what the operation concerned: a ticket number, a tenant's number series; null for a ticket
     *     not known
     * @return the exception to throw, never null
     */
    static TicketsException translate(PersistenceException e, String subject) {
        String label = subject == null ? "a ticket" : subject;
        if (e instanceof OptimisticLockException || e instanceof PessimisticLockException
                || e instanceof LockTimeoutException || isLockConflict(e)) {
            return new ConcurrentTicketModificationException(label, e);
        }
        if (e instanceof TransactionRequiredException) {
            return new TicketsException("No transaction is active for the operation on " + label + ": with"
                    + " host-managed storage, call the desk's writing methods inside your transaction", e);
        }
        if (e instanceof EntityExistsException || isUniqueViolation(e)) {
            return new TicketsException("The " + constraint(messages(e)) + " of the Tickets4j tables refused the"
                    + " operation on " + label + ": a row with that key exists (" + rootMessage(e) + ")", e);
        }
        return new TicketsException("The database refused or failed the operation on " + label + ": "
                + e.getMessage(), e);
    }

    /**
     * Translates what the Jakarta Persistence API throws besides persistence exceptions (an entity manager or
     * factory that is closed, a transaction in the wrong state, a query the provider refuses), and a stored row
     * that makes no valid ticket.
     *
     * @param e the exception, never null
     * @param ticket the ticket number concerned, may be null when unknown
     * @return the exception to throw, never null
     */
    static TicketsException translateMisuse(RuntimeException e, String ticket) {
        return new TicketsException("The operation on " + (ticket == null ? "a ticket" : ticket) + " failed: " + e,
                e);
    }

    /**
     * Explains a failed insert of a ticket's row: which key another ticket of its tenant holds already, when the
     * failure is a unique key violation; otherwise the failure itself, for {@link #translate}.
     *
     * @param e the failure, never null
     * @param ticket the ticket inserted, never null
     * @return the exception to throw, never null
     */
    static RuntimeException duplicateTicket(PersistenceException e, Ticket ticket) {
        if (!(e instanceof EntityExistsException) && !isUniqueViolation(e)) {
            return e;
        }
        String message = messages(e);
        String tenant = ticket.tenant().value();
        if (message.contains("t4j_ticket_number_uk")) {
            return new TicketsException("Ticket " + ticket.number() + " is stored already in tenant " + tenant
                    + ": another ticket of the tenant holds the number " + ticket.number() + ", prefix "
                    + ticket.number().prefix() + " and sequence " + ticket.number().sequence()
                    + " in whatever width (unique key t4j_ticket_number_uk)", e);
        }
        if (message.contains("t4j_ticket_pk") || message.contains("primary") || e instanceof EntityExistsException) {
            return new TicketsException("Ticket " + ticket.number() + " is stored already in tenant " + tenant
                    + ": a ticket of the tenant with the id " + ticket.id() + " exists (primary key t4j_ticket_pk)",
                    e);
        }
        return new TicketsException("Ticket " + ticket.number() + " cannot be stored in tenant " + tenant
                + ": its id " + ticket.id() + " or its number is taken (" + rootMessage(e) + ")", e);
    }

    /**
     * Explains a failed write of a guest pass's row: which key another pass of its tenant holds already, the token's
     * hash ({@code t4j_guest_pass_token_uk}) or the id ({@code t4j_guest_pass_pk}), when the failure is a unique key
     * violation; otherwise the failure itself, for {@link #translate}. The hash is checked first: H2 words every
     * unique violation "unique index or primary key violation".
     *
     * @param e the failure, never null
     * @param pass the pass written, never null
     * @return the exception to throw, never null
     */
    static RuntimeException duplicateGuestPass(PersistenceException e, GuestPass pass) {
        if (!(e instanceof EntityExistsException) && !isUniqueViolation(e)) {
            return e;
        }
        String message = messages(e);
        String tenant = pass.tenant().value();
        if (message.contains("t4j_guest_pass_token_uk")) {
            return new TicketsException("Guest pass " + pass.id() + " cannot be stored: another pass of tenant "
                    + tenant + " has the same token (unique key t4j_guest_pass_token_uk)", e);
        }
        if (message.contains("t4j_guest_pass_pk") || message.contains("primary")
                || e instanceof EntityExistsException) {
            return new TicketsException("Guest pass id " + pass.id() + " is taken in tenant " + tenant
                    + " (primary key t4j_guest_pass_pk)", e);
        }
        return new TicketsException("Guest pass " + pass.id() + " cannot be stored in tenant " + tenant
                + ": its id or its token is taken (" + rootMessage(e) + ")", e);
    }

    /**
     * Explains a failed append of history entries: an entry with that id or that sequence of the ticket exists
     * already, when the failure is a unique key violation; otherwise the failure itself, for {@link #translate}.
     *
     * @param e the failure, never null
     * @param ticket the ticket, never null
     * @param entries the entries appended, never null
     * @return the exception to throw, never null
     */
    static RuntimeException duplicateEntry(PersistenceException e, Ticket ticket, List<TimelineEntry> entries) {
        if (!(e instanceof EntityExistsException) && !isUniqueViolation(e)) {
            return e;
        }
        String sequences = entries.stream().map(x -> "#" + x.sequence()).toList().toString();
        String message = messages(e);
        if (message.contains("t4j_timeline_entry_seq_uk")) {
            return new TicketsException("The history of ticket " + ticket.number() + " holds an entry with sequence "
                    + sequences + " already (unique key t4j_timeline_entry_seq_uk): its version and its history"
                    + " disagree; see the V2 migration in the tickets-jpa README", e);
        }
        return new TicketsException("The history of ticket " + ticket.number() + " holds entry " + sequences
                + " already: its id or sequence is taken (" + rootMessage(e) + ")", e);
    }

    /**
     * Tells whether a short transaction of the adapter's own that failed so may simply run again: it lost a lock
     * conflict, or a row it inserts unless present was inserted by another transaction meanwhile (H2).
     *
     * @param e the failure, never null
     * @return true when running the transaction again may succeed
     */
    static boolean mayRunAgain(PersistenceException e) {
        return e instanceof OptimisticLockException || e instanceof PessimisticLockException
                || e instanceof LockTimeoutException || e instanceof EntityExistsException || isLockConflict(e)
                || isUniqueViolation(e);
    }

    /**
     * SQLSTATE 23505 is a unique-key violation on PostgreSQL and H2; MariaDB reports it as 23000 with error 1062.
     * The adapter inserts without looking first, so this is how a clash of id or number shows.
     */
    private static boolean isUniqueViolation(Throwable e) {
        return anySqlCause(e, sql -> "23505".equals(sql.getSQLState())
                || "23000".equals(sql.getSQLState()) && sql.getErrorCode() == 1062);
    }

    /** SQLSTATE class 40 is "transaction rollback": serialization failures and deadlocks, on every database. */
    private static boolean isLockConflict(Throwable e) {
        return anySqlCause(e, sql -> sql.getSQLState() != null && sql.getSQLState().startsWith("40"));
    }

    private static boolean anySqlCause(Throwable e, Predicate<SQLException> test) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && test.test(sql)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every message of the cause chain, lower case. Databases name the violated constraint there: PostgreSQL
     * {@code unique constraint "t4j_ticket_number_uk"}, MariaDB {@code for key 't4j_ticket_number_uk'} or
     * {@code 'PRIMARY'}, H2 {@code T4J_TICKET_NUMBER_UK_INDEX_…} or {@code PRIMARY KEY ON …}.
     */
    private static String messages(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            s.append(t.getMessage()).append('\n');
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The constraint the lower-cased messages name: a Tickets4j key ({@code t4j_…_pk} or {@code _uk}), else a
     * primary key or a unique key.
     */
    private static String constraint(String messages) {
        Matcher named = KEY.matcher(messages);
        if (named.find()) {
            return (named.group().endsWith("_pk") ? "primary key " : "unique key ") + named.group();
        }
        return messages.contains("primary") ? "primary key" : "unique key";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
