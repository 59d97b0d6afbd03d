package io.github.tickets4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;

/** Two tickets as Tickets4j 0.1 stored them, written in plain SQL, for the tests that upgrade a 0.1 database. */
final class DataOf01 {
    static final String A = "11111111-1111-1111-1111-111111111111";
    static final String B = "22222222-2222-2222-2222-222222222222";
    static final Instant T0 = Instant.parse("2026-02-02T08:00:00.123Z");
    /** The gapless counter of the 0.1 data: it issued numbers up to 5. */
    static final long COUNTER = 5;
    /** The sequence of the 0.1 data issued numbers up to 7: the tickets of 3 to 7 were deleted. */
    static final long SEQUENCE = 7;

    private DataOf01() {
    }

    /**
     * Tickets as Tickets4j 0.1 stored them, in plain SQL. A: created, a public follow-up with a date, assigned, an
     * internal follow-up; version 3 and four entries, as the 0.1 desk wrote them. B: closed, written around the desk
     * (version 7 with two entries) with a follow-up that has no entry. The gapless counter stands at
     * {@link #COUNTER}, the sequence issued up to {@link #SEQUENCE}: the host switched strategies once.
     */
    static void write(TestDatabase database) throws SQLException {
        numbersIssued(database, COUNTER, SEQUENCE);
        try (Connection c = database.connect()) {
            Map<String, Object> a = ticket(A, 1, "Solar panel not generating power", "OPEN", "OPEN", null, 3);
            a.put("description", "On the roof, Lange Straße 4");
            insert(database, c, "t4j_ticket", a);
            Map<String, Object> b = ticket(B, 2, "Imported: Hotel in İzmir, ΟΔΟΣ 5", "CLOSED", "CLOSED",
                    T0.plusSeconds(3600), 7);
            b.put("description", "Moved from Straße 9 to the ferry office on Ærø");
            insert(database, c, "t4j_ticket", b);
            insert(database, c, "t4j_ticket_tag", row("ticket_id", A, "tag", "vip"));
            insert(database, c, "t4j_timeline_entry", entry(A, 0, 0, "CREATED", null, "OPEN", null));
            insert(database, c, "t4j_timeline_entry", entry(A, 1, 60, "FOLLOW_UP_ADDED", null, "2026-03-04",
                    "Called the customer"));
            insert(database, c, "t4j_timeline_entry", entry(A, 2, 120, "ASSIGNED", null, "kim", null));
            insert(database, c, "t4j_timeline_entry", entry(A, 3, 180, "FOLLOW_UP_ADDED", null, null,
                    "Internal: customer is difficult"));
            insert(database, c, "t4j_follow_up", followUp(A, 0, 60, "Called the customer", LocalDate.of(2026, 3, 4), "PUBLIC"));
            insert(database, c, "t4j_follow_up", followUp(A, 1, 180, "Internal: customer is difficult", null, "INTERNAL"));
            insert(database, c, "t4j_timeline_entry", entry(B, 0, 0, "CREATED", null, "OPEN", null));
            insert(database, c, "t4j_timeline_entry", entry(B, 1, 3600, "CLOSED", "OPEN", "CLOSED", "Done"));
            insert(database, c, "t4j_follow_up", followUp(B, 0, 30, "Imported without an entry", LocalDate.of(2026, 1, 31),
                    "PUBLIC"));
            insert(database, c, "t4j_status_count", row("status", "OPEN", "status_category", "OPEN", "stripe", 0,
                    "ticket_count", 1L));
            insert(database, c, "t4j_status_count", row("status", "CLOSED", "status_category", "CLOSED", "stripe", 0,
                    "ticket_count", 1L));
        }
    }

    /** Sets the 0.1 counter row and draws the sequence up to the given values. */
    static void numbersIssued(TestDatabase database, long counter, long sequence) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("update t4j_number_counter set last_value = " + counter + " where name = 'tickets'");
            for (long i = 0; i < sequence; i++) {
                try (ResultSet drawn = s.executeQuery(database.nextValueOf01Sql())) {
                    drawn.next();
                }
            }
        }
    }

    /**
     * Checks that V3 put every upgraded row in the default tenant, which alone sees them, dropped the sequence and
     * moved the default tenant's counter to the highest number issued before: no strategy issues a number of the
     * 0.1 data again, and a new tenant starts at 1.
     *
     * @param highest the highest number the 0.1 data issued (its counter's, its sequence's or a ticket's)
     */
    static void assertUpgradedIntoTheDefaultTenant(TestDatabase database, EntityManagerFactory factory,
            long highest) {
        for (String table : List.of("t4j_ticket", "t4j_ticket_tag", "t4j_timeline_entry", "t4j_status_count",
                "t4j_number_counter")) {
            assertTrue(database.queryLong("select count(*) from " + table + " where tenant_id = 'default'") > 0,
                    table);
            assertEquals(0, database.queryLong("select count(*) from " + table + " where tenant_id <> 'default'"),
                    table);
        }
        TicketStore store = JpaStorage.resourceLocal(factory, database.kind).tickets();
        TenantId acme = TenantId.of("acme");
        assertTrue(store.findByNumber(acme, TicketNumberFormat.DEFAULT.format(1)).isEmpty());
        assertEquals(0, store.count(Samples.criteria(acme, TicketQuery.all(), List.of(ViewableTickets.all()))));
        assertEquals(2, store.count(Samples.criteria(TicketQuery.all(), List.of(ViewableTickets.all()))));
        assertEquals(highest, database.queryLong("select last_value from t4j_number_counter"
                + " where tenant_id = 'default' and name = 'tickets'"));
        assertThrows(IllegalStateException.class, () -> database.queryLong(database.nextValueOf01Sql()),
                "the sequence is gone");
        List<Long> next = new ArrayList<>();
        for (Numbering numbering : List.of(Numbering.GAPLESS, Numbering.SEQUENCE, Numbering.blocks(10))) {
            JpaStorage storage = JpaStorage.builder(factory, database.kind).numbering(numbering).build();
            next.add(storage.transactions().inTransaction(() -> storage.numbers().next(TenantId.DEFAULT, 99)));
        }
        JpaStorage gapless = JpaStorage.builder(factory, database.kind).numbering(Numbering.GAPLESS).build();
        next.add(gapless.transactions().inTransaction(() -> gapless.numbers().next(acme, 99)));
        assertEquals(List.of(highest + 1, highest + 2, highest + 3, 1L), next,
                "the default tenant continues after the 0.1 numbers with every strategy; a new tenant starts at 1");
    }

    private static Map<String, Object> ticket(String id, int sequence, String title, String status, String category,
            Instant closedAt, long version) {
        Map<String, Object> t = row("id", id, "ticket_number", TicketNumberFormat.DEFAULT.format(sequence).value(),
                "number_prefix", "RE", "number_sequence", (long) sequence, "number_width", 8, "title", title);
        t.putAll(row("status", status, "status_category", category, "project_id", "P-1", "has_submitter", false,
                "hidden", false, "created_at", T0, "created_epoch_ms", T0.toEpochMilli(), "created_by", "sam"));
        t.putAll(row("closed_at", closedAt, "closed_by", closedAt == null ? null : "sam", "resolution_seconds",
                closedAt == null ? null : 3600L, "last_activity_at", closedAt == null ? T0.plusSeconds(180) : closedAt,
                "version", version));
        return t;
    }

    private static Map<String, Object> entry(String ticket, int seqNo, int second, String action, String from,
            String to, String detail) {
        return row("id", UUID.randomUUID().toString(), "ticket_id", ticket, "seq_no", seqNo, "occurred_at",
                T0.plusSeconds(second), "actor", "sam", "action", action, "from_value", from, "to_value", to,
                "detail", detail);
    }

    private static Map<String, Object> followUp(String ticket, int seqNo, int second, String note, LocalDate date,
            String visibility) {
        return row("id", UUID.randomUUID().toString(), "ticket_id", ticket, "seq_no", seqNo, "note", note,
                "follow_up_date", date, "author", "sam", "created_at", T0.plusSeconds(second), "visibility",
                visibility);
    }

    private static Map<String, Object> row(Object... namesAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            row.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return row;
    }

    /**
     * Inserts a row over JDBC, instants bound as the adapter's provider binds them: with their offset where the
     * column keeps one, as UTC wall-clock time in MariaDB's datetime.
     */
    private static void insert(TestDatabase database, Connection c, String table, Map<String, Object> values)
            throws SQLException {
        List<String> names = new ArrayList<>(values.keySet());
        String sql = "insert into " + table + " (" + String.join(", ", names) + ") values ("
                + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < names.size(); i++) {
                Object value = values.get(names.get(i));
                if (value instanceof Instant instant) {
                    if (database == TestDatabase.MARIADB) {
                        ps.setTimestamp(i + 1, Timestamp.from(instant),
                                Calendar.getInstance(TimeZone.getTimeZone("UTC")));
                    } else {
                        ps.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
                    }
                } else {
                    ps.setObject(i + 1, value);
                }
            }
            ps.executeUpdate();
        }
    }
}
