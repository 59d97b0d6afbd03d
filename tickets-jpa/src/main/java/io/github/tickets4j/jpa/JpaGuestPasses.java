package io.github.tickets4j.jpa;

import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.access.GuestPass;
import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.UserId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The {@link GuestPasses} of {@link JpaStorage}: rows of {@code t4j_guest_pass}, written and read in the use case's
 * session, so a pass commits or rolls back with the tickets and numbers of the same desk call. Like the ticket store
 * it never loads an entity: new rows are persisted and detached, reads are projections, changes bulk updates. Every
 * statement names the tenant, which leads the key, the unique key on the token's hash and the index by ticket. Every
 * failure surfaces as a {@link TicketsException}, never as a persistence exception. Thread-safe.
 */
final class JpaGuestPasses implements GuestPasses {
    /** The columns of a pass as {@link #pass(Object[])} reads them, in this order. */
    private static final String COLUMNS = "select p.id, p.tenantId, p.ticketId, p.tokenHash, p.issuedAt, p.issuedBy,"
            + " p.expiresAt, p.revokedAt from T4jGuestPass p where p.tenantId = :tenant";
    /** Oldest first, as {@link #ofTicket} promises; equal instants in the order of their ids as UUIDs. */
    private static final Comparator<GuestPass> OLDEST_FIRST = Comparator.comparing(GuestPass::issuedAt)
            .thenComparing(GuestPass::id);
    private final JpaTransactions transactions;

    JpaGuestPasses(JpaTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * {@inheritDoc}
     *
     * @throws io.github.tickets4j.core.ValidationFailedException if the issuer's id is longer than its column allows
     */
    @Override
    public void insert(GuestPass pass) {
        Objects.requireNonNull(pass, "pass");
        run(pass, s -> {
            checkFits(pass);
            EntityManager em = s.em();
            GuestPassEntity row = newEntity(pass);
            s.writing();
            try {
                em.persist(row);
                // Flushed on its own, so that a unique key violation can only be this pass's id or token hash.
                em.flush();
            } catch (PersistenceException e) {
                throw Failures.duplicateGuestPass(e, pass);
            } finally {
                TicketWrites.detach(em, row);
            }
            return null;
        });
    }

    @Override
    public Optional<GuestPass> findByTokenHash(TenantId tenant, String tokenHash) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(tokenHash, "tokenHash");
        return run(null, s -> s.em().createQuery(COLUMNS + " and p.tokenHash = :hash", Object[].class)
                .setParameter("tenant", tenant.value()).setParameter("hash", tokenHash).getResultList().stream()
                .map(JpaGuestPasses::pass).findFirst());
    }

    @Override
    public Optional<GuestPass> findById(TenantId tenant, UUID id) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        return run(null, s -> s.em().createQuery(COLUMNS + " and p.id = :id", Object[].class)
                .setParameter("tenant", tenant.value()).setParameter("id", id.toString()).getResultList().stream()
                .map(JpaGuestPasses::pass).findFirst());
    }

    @Override
    public List<GuestPass> ofTicket(TenantId tenant, TicketId ticket) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(ticket, "ticket");
        // Sorted here: the id column's text order is not UUID order, which breaks ties between equal instants.
        return run(null, s -> s.em().createQuery(COLUMNS + " and p.ticketId = :ticket", Object[].class)
                .setParameter("tenant", tenant.value()).setParameter("ticket", ticket.value().toString())
                .getResultList().stream().map(JpaGuestPasses::pass).sorted(OLDEST_FIRST).toList());
    }

    /**
     * {@inheritDoc}
     *
     * @throws io.github.tickets4j.core.ValidationFailedException if the issuer's id is longer than its column allows
     */
    @Override
    public void update(GuestPass pass) {
        Objects.requireNonNull(pass, "pass");
        run(pass, s -> {
            checkFits(pass);
            s.writing();
            int changed;
            try {
                changed = s.em().createQuery("update T4jGuestPass p set p.ticketId = :ticket, p.tokenHash = :hash,"
                        + " p.issuedAt = :issuedAt, p.issuedBy = :issuedBy, p.expiresAt = :expiresAt,"
                        + " p.revokedAt = :revokedAt where p.tenantId = :tenant and p.id = :id")
                        .setParameter("ticket", pass.ticket().value().toString())
                        .setParameter("hash", pass.tokenHash()).setParameter("issuedAt", pass.issuedAt())
                        .setParameter("issuedBy", pass.issuedBy().value())
                        .setParameter("expiresAt", pass.expiresAt().orElse(null))
                        .setParameter("revokedAt", pass.revokedAt().orElse(null))
                        .setParameter("tenant", pass.tenant().value()).setParameter("id", pass.id().toString())
                        .executeUpdate();
            } catch (PersistenceException e) {
                throw Failures.duplicateGuestPass(e, pass);
            }
            if (changed != 1) {
                throw new TicketsException("No guest pass " + pass.id() + " in tenant " + pass.tenant().value());
            }
            return null;
        });
    }

    @Override
    public void deleteOfTicket(TenantId tenant, TicketId ticket) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(ticket, "ticket");
        run(null, s -> {
            s.writing();
            return s.em().createQuery("delete from T4jGuestPass p where p.tenantId = :tenant and p.ticketId = :ticket")
                    .setParameter("tenant", tenant.value()).setParameter("ticket", ticket.value().toString())
                    .executeUpdate();
        });
    }

    private static void checkFits(GuestPass pass) {
        List<Violation> found = new ArrayList<>();
        Limits.check(found, "issuedBy", pass.issuedBy().value(), Limits.ID);
        Limits.throwIfAny(found);
    }

    private static GuestPassEntity newEntity(GuestPass pass) {
        GuestPassEntity e = new GuestPassEntity();
        e.tenantId = pass.tenant().value();
        e.id = pass.id().toString();
        e.ticketId = pass.ticket().value().toString();
        e.tokenHash = pass.tokenHash();
        e.issuedAt = pass.issuedAt();
        e.issuedBy = pass.issuedBy().value();
        e.expiresAt = pass.expiresAt().orElse(null);
        e.revokedAt = pass.revokedAt().orElse(null);
        return e;
    }

    /** A pass from the columns of {@link #COLUMNS}. */
    private static GuestPass pass(Object[] row) {
        return new GuestPass(UUID.fromString((String) row[0]), TenantId.of((String) row[1]),
                new TicketId(UUID.fromString((String) row[2])), (String) row[3], (Instant) row[4],
                UserId.of((String) row[5]), Optional.ofNullable((Instant) row[6]),
                Optional.ofNullable((Instant) row[7]));
    }

    /**
     * Runs in the use case's session and turns persistence exceptions (and the API's illegal-state and
     * illegal-argument exceptions) into the core's; a failed statement counts as a write, as in the ticket store.
     */
    private <T> T run(GuestPass pass, Function<Session, T> work) {
        String label = pass == null ? "a guest pass" : "guest pass " + pass.id();
        return transactions.inSession(s -> {
            try {
                return work.apply(s);
            } catch (PersistenceException e) {
                s.writing();
                throw Failures.translate(e, label);
            } catch (IllegalStateException | IllegalArgumentException e) {
                s.writing();
                throw Failures.translateMisuse(e, label);
            }
        });
    }
}
