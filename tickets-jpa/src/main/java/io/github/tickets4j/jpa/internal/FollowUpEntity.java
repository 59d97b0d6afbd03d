package io.github.tickets4j.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up's row. Follow-ups are only ever added, so a row is written once; {@code position} counts from the
 * oldest (0) and restores the aggregate's order even when two were written in the same millisecond.
 */
@Entity(name = "T4jFollowUp")
@Table(name = "t4j_follow_up", indexes = @Index(name = "t4j_follow_up_ticket_ix", columnList = "ticket_id, seq_no"))
public class FollowUpEntity {
    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "ticket_id", length = 36, nullable = false)
    String ticketId;
    @Column(name = "seq_no", nullable = false)
    int position;
    @Column(name = "note", length = Limits.NOTE, nullable = false)
    String note;
    @Column(name = "follow_up_date")
    LocalDate followUpDate;
    @Column(name = "author", length = Limits.ID, nullable = false)
    String author;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "visibility", length = 10, nullable = false)
    String visibility;

    /** For the persistence provider. */
    protected FollowUpEntity() {
    }
}
