package io.github.tickets4j.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A guest pass's row, package-private: {@link JpaGuestPasses} persists new ones, reads them through projections and
 * changes them with bulk updates, never loading the entity. Only the token's SHA-256 hash is stored. The tenant leads
 * the key, the unique key on the hash and the index by ticket, as in every Tickets4j table (the schema scripts are the
 * reference; the annotations below only describe them).
 */
@Entity(name = "T4jGuestPass")
@IdClass(TicketEntity.Key.class)
@Table(name = "t4j_guest_pass", uniqueConstraints = @UniqueConstraint(name = "t4j_guest_pass_token_uk",
        columnNames = {"tenant_id", "token_hash"}), indexes = @Index(name = "t4j_guest_pass_ticket_ix",
                columnList = "tenant_id, ticket_id"))
class GuestPassEntity {
    @Id
    @Column(name = "tenant_id", length = Limits.ID)
    String tenantId;
    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "ticket_id", length = 36, nullable = false)
    String ticketId;
    @Column(name = "token_hash", length = 64, nullable = false)
    String tokenHash;
    @Column(name = "issued_at", nullable = false)
    Instant issuedAt;
    @Column(name = "issued_by", length = Limits.ID, nullable = false)
    String issuedBy;
    @Column(name = "expires_at")
    Instant expiresAt;
    @Column(name = "revoked_at")
    Instant revokedAt;

    /** For the persistence provider. */
    protected GuestPassEntity() {
    }
}
