package io.github.tickets4j.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * One entry of a ticket's history, an append-only log: written once, never changed, removed only with its ticket.
 * {@code seq} is the ticket version the entry's change produced; the unique key on (tenant, ticket, seq) is also the
 * index history pages are read by, newest first. A follow-up is an entry too (note in {@code detail}, date in
 * {@code to_value}). The table's primary key is (tenant, id); the id alone identifies an entry here, as entries
 * are only ever persisted, never loaded.
 */
@Entity(name = "T4jTimelineEntry")
@Table(name = "t4j_timeline_entry", uniqueConstraints = @UniqueConstraint(name = "t4j_timeline_entry_seq_uk",
        columnNames = {"tenant_id", "ticket_id", "seq"}))
class TimelineEntity {
    @Column(name = "tenant_id", length = Limits.ID, nullable = false)
    String tenantId;
    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "ticket_id", length = 36, nullable = false)
    String ticketId;
    @Column(name = "seq", nullable = false)
    long sequence;
    @Column(name = "occurred_at", nullable = false)
    Instant at;
    @Column(name = "actor", length = Limits.ID, nullable = false)
    String actor;
    @Column(name = "action", length = 30, nullable = false)
    String action;
    @Column(name = "from_value", length = Limits.CHANGE_VALUE)
    String fromValue;
    @Column(name = "to_value", length = Limits.CHANGE_VALUE)
    String toValue;
    @Column(name = "detail", length = Limits.DETAIL)
    String detail;
    @Column(name = "visibility", length = 10, nullable = false)
    String visibility;

    /** For the persistence provider. */
    protected TimelineEntity() {
    }
}
