package io.github.tickets4j.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A timeline entry's row, written once like a follow-up's; {@code position} counts from the oldest (0).
 */
@Entity(name = "T4jTimelineEntry")
@Table(name = "t4j_timeline_entry",
        indexes = @Index(name = "t4j_timeline_ticket_ix", columnList = "ticket_id, seq_no"))
public class TimelineEntity {
    @Id
    @Column(name = "id", length = 36)
    String id;
    @Column(name = "ticket_id", length = 36, nullable = false)
    String ticketId;
    @Column(name = "seq_no", nullable = false)
    int position;
    @Column(name = "occurred_at", nullable = false)
    Instant at;
    @Column(name = "actor", length = Limits.ID, nullable = false)
    String actor;
    @Column(name = "action", length = 30, nullable = false)
    String action;
    @Column(name = "from_value", length = Limits.CHANGE_VALUE)
    String from;
    @Column(name = "to_value", length = Limits.CHANGE_VALUE)
    String to;
    @Column(name = "detail", length = Limits.DETAIL)
    String detail;

    /** For the persistence provider. */
    protected TimelineEntity() {
    }
}
