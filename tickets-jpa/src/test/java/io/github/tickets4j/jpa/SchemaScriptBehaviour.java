package io.github.tickets4j.jpa;

import static io.github.tickets4j.core.ticket.TenantId.DEFAULT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.SortField;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.ticket.FollowUp;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.workflow.WorkflowRef;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped schema scripts of each database (V1 to V4, in order) are what the entities expect, as Hibernate's validation
 * judges, and V2 carries 0.1 data over: follow-ups become history entries with their visibility, entries are
 * numbered by version, and new changes continue the numbering; numbers are unique by prefix and sequence, and
 * after {@link JpaStorage#rebuildDerivedData()} free text finds migrated tickets as the core folds case.
 */
abstract class SchemaScriptBehaviour {

    abstract TestDatabase database();

    @BeforeEach
    void freshSchema() {
        database().requireReachable();
        database().recreateSchema();
    }

    @Test
    void hibernateSchemaValidationAcceptsTheShippedScriptsRunInOrder() {
        try (EntityManagerFactory factory = database().factory()) {
            assertTrue(factory.isOpen());
        }
        assertEquals(0, database().queryLong("select last_value from t4j_number_counter where name = 'tickets'"));
    }

    @Test
    void hibernateSchemaValidationRejectsTheScriptWithoutTheVersionColumn() {
        database().execute(List.of("alter table t4j_ticket drop column version"));
        RuntimeException e = assertThrows(RuntimeException.class, () -> database().factory().close());
        assertTrue(rootMessage(e).contains("version"), () -> "unexpected failure: " + rootMessage(e));
    }

    @Test
    void hibernateSchemaValidationRejectsTheSchemaOf01WithoutTheMigration() {
        database().recreateSchemaOf01();
        createGuestPassTable();
        RuntimeException e = assertThrows(RuntimeException.class, () -> database().factory().close());
        assertTrue(rootMessage(e).contains("workflow_id") || rootMessage(e).contains("seq")
                || rootMessage(e).contains("search_text") || rootMessage(e).contains("tenant_id"),
                () -> "unexpected failure: " + rootMessage(e));
    }

    @Test
    void hibernateSchemaValidationRejectsTheSchemaWithoutTenants() {
        database().recreateSchemaOf01();
        database().runScript(2);
        createGuestPassTable();
        RuntimeException e = assertThrows(RuntimeException.class, () -> database().factory().close());
        assertTrue(rootMessage(e).contains("tenant_id"), () -> "unexpected failure: " + rootMessage(e));
    }

    @Test
    void hibernateSchemaValidationRejectsTheSchemaWithoutTheRatingColumns() {
        database().recreateSchemaOf01();
        database().runScript(2);
        database().runScript(3);
        createGuestPassTable();
        RuntimeException e = assertThrows(RuntimeException.class, () -> database().factory().close());
        assertTrue(rootMessage(e).contains("rating_") || rootMessage(e).contains("rated_"),
                () -> "unexpected failure: " + rootMessage(e));
    }

    @Test
    void hibernateSchemaValidationRejectsTheSchemaWithoutTheGuestPassTable() {
        database().execute(List.of("drop table t4j_guest_pass"));
        RuntimeException e = assertThrows(RuntimeException.class, () -> database().factory().close());
        assertTrue(rootMessage(e).contains("t4j_guest_pass"), () -> "unexpected failure: " + rootMessage(e));
    }

    @Test
    void theV4UpgradeKeepsTheTicketsOfAV3DatabaseUnratedAndARatingOutsideOneToFiveIsRefused() throws SQLException {
        database().recreateSchemaOf01();
        DataOf01.write(database());
        database().runScript(2);
        database().runScript(3);
        database().runScript(4);

        assertEquals(List.of(2L, 0L, 0L), List.of(database().queryLong("select count(*) from t4j_ticket"),
                database().queryLong("select count(*) from t4j_ticket where rating_score is not null"
                        + " or rating_comment is not null or rated_at is not null or rated_by is not null"),
                database().queryLong("select count(*) from t4j_guest_pass")));
        assertThrows(IllegalStateException.class, () -> database().execute(List.of(
                "update t4j_ticket set rating_score = 6 where id = '" + DataOf01.A + "'")), "check 1 to 5");
        try (EntityManagerFactory factory = database().factory()) {
            DataOf01.assertUpgradedIntoTheDefaultTenant(database(), factory, DataOf01.SEQUENCE);
        }
    }

    /**
     * Creates V4's guest pass table on an older schema, so that Hibernate's validation finds only what that schema
     * lacks besides (the table would be reported first).
     */
    private void createGuestPassTable() {
        database().execute(TestDatabase.statements(database().kind.schemaScripts().get(3)).stream()
                .filter(sql -> sql.startsWith("create table t4j_guest_pass")).toList());
    }

    @Test
    void theMigrationTurnsFollowUpsIntoEntriesWithTheirVisibilityAndNumbersEntriesByVersion() throws SQLException {
        database().recreateSchemaOf01();
        DataOf01.write(database());
        database().migrateTo02();

        assertThrows(IllegalStateException.class, () -> database().queryLong("select count(*) from t4j_follow_up"),
                "the follow-up table is gone");
        try (EntityManagerFactory factory = database().factory()) {
            TicketStore store = JpaStorage.resourceLocal(factory, database().kind).tickets();
            Ticket a = store.findByNumber(DEFAULT, TicketNumberFormat.DEFAULT.format(1)).orElseThrow();
            assertEquals(new WorkflowRef("standard", 1), a.workflow());
            assertEquals(3, a.version());
            assertEquals(Set.of("vip"), a.tags());
            List<TimelineEntry> history = store.history(DEFAULT, a.id(), HistoryQuery.newest(50));
            assertEquals(List.of(3L, 2L, 1L, 0L), history.stream().map(TimelineEntry::sequence).toList());
            assertEquals(List.of(TimelineAction.FOLLOW_UP_ADDED, TimelineAction.ASSIGNED,
                    TimelineAction.FOLLOW_UP_ADDED, TimelineAction.CREATED),
                    history.stream().map(TimelineEntry::action).toList());
            assertEquals(List.of(Audience.INTERNAL, Audience.INTERNAL, Audience.PUBLIC, Audience.PUBLIC),
                    history.stream().map(TimelineEntry::audience).toList());
            FollowUp called = history.get(2).followUp().orElseThrow();
            assertEquals(List.of("Called the customer", Optional.of(LocalDate.of(2026, 3, 4)), Audience.PUBLIC,
                    DataOf01.T0.plusSeconds(60)), List.of(called.note(), called.followUpDate(), called.audience(),
                    called.createdAt()));
            assertEquals("Internal: customer is difficult", history.get(0).followUp().orElseThrow().note());
            assertEquals(List.of(TimelineAction.FOLLOW_UP_ADDED, TimelineAction.CREATED),
                    store.history(DEFAULT, a.id(), HistoryQuery.newest(50).publicOnly()).stream().map(TimelineEntry::action)
                            .toList());

            Ticket b = store.findByNumber(DEFAULT, TicketNumberFormat.DEFAULT.format(2)).orElseThrow();
            assertEquals(2, b.version(), "version 7 disagreed with the history; it continues after the last entry");
            List<TimelineEntry> imported = store.history(DEFAULT, b.id(), HistoryQuery.newest(50));
            assertEquals(List.of(2L, 1L, 0L), imported.stream().map(TimelineEntry::sequence).toList());
            assertEquals(List.of(TimelineAction.FOLLOW_UP_ADDED, TimelineAction.CLOSED, TimelineAction.CREATED),
                    imported.stream().map(TimelineEntry::action).toList());
            FollowUp orphan = imported.get(0).followUp().orElseThrow();
            assertEquals(List.of("Imported without an entry", Optional.of(LocalDate.of(2026, 1, 31)),
                    Audience.PUBLIC), List.of(orphan.note(), orphan.followUpDate(), orphan.audience()),
                    "a follow-up without an entry is kept as one");

            TicketDesk desk = TicketDesk.builder().storage(JpaStorage.resourceLocal(factory, database().kind))
                    .directory(Samples.directory()).zone(ZoneOffset.UTC)
                    .clock(Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneOffset.UTC)).build();
            Ticket a4 = desk.execute(Actor.of("sam", Role.SALES), a.number(), new AddFollowUp("After the upgrade"));
            Ticket b3 = desk.execute(Actor.of("root", Role.ADMIN), b.number(), new AddFollowUp("Closed but noted"));
            assertEquals(List.of(4L, 3L), List.of(a4.version(), b3.version()));
            assertEquals(List.of(4L, 3L), List.of(store.history(DEFAULT, a.id(), HistoryQuery.newest(1)).get(0).sequence(),
                    store.history(DEFAULT, b.id(), HistoryQuery.newest(1)).get(0).sequence()), "new entries: seq = version");
            assertEquals("After the upgrade", store.history(DEFAULT, a.id(), HistoryQuery.newest(1)).get(0).detail()
                    .orElseThrow());
            DataOf01.assertUpgradedIntoTheDefaultTenant(database(), factory, DataOf01.SEQUENCE);
        }
    }

    @Test
    void theUpgradeMovesTheDefaultTenantsCounterAndTheSequencePastTheHighestNumberTheCounterOrATicketHolds()
            throws SQLException {
        database().recreateSchemaOf01();
        DataOf01.write(database());
        // The gapless counter ran ahead of the sequence, and an import stored a ticket beyond both.
        DataOf01.numbersIssued(database(), 9, 0);
        database().execute(List.of("update t4j_ticket set number_sequence = 12, ticket_number = 'RE00000012'"
                + " where id = '" + DataOf01.B + "'"));
        database().migrateTo02();

        try (EntityManagerFactory factory = database().factory()) {
            DataOf01.assertUpgradedIntoTheDefaultTenant(database(), factory, 12);
        }
    }

    @Test
    void afterTheMigrationAndRebuildingTheDerivedDataNonAsciiFreeTextAndEveryWidthOfANumberFindMigratedTickets()
            throws SQLException {
        database().recreateSchemaOf01();
        DataOf01.write(database());
        database().migrateTo02();

        try (EntityManagerFactory factory = database().factory()) {
            JpaStorage storage = JpaStorage.resourceLocal(factory, database().kind);
            TicketDesk desk = TicketDesk.builder().storage(storage).directory(Samples.directory())
                    .zone(ZoneOffset.UTC).clock(Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneOffset.UTC))
                    .build();
            Actor admin = Actor.of("root", Role.ADMIN);
            // V2 could only lower-case the texts; ß stays ß where the core folds it to ss.
            assertEquals(List.of(), numbersFound(desk, admin, "STRASSE"), "lower() is not the core's folding");
            // And the rollup was off: counted around the adapter, say.
            database().execute(List.of("update t4j_status_count set ticket_count = 5 where status = 'OPEN'"));
            assertEquals(6, desk.dashboard(admin, DashboardFilter.cleared(), Sort.NEWEST_FIRST,
                    PageRequest.first(5)).total());

            assertEquals(2, storage.rebuildDerivedData(), "both tickets hold an ß that lower() kept");

            Map<String, List<String>> expected = new LinkedHashMap<>();
            for (String needle : List.of("strasse", "STRASSE", "Straße")) {
                expected.put(needle, List.of("RE00000001", "RE00000002"));
            }
            for (String needle : List.of("izmir", "IZMIR", "İzmir", "οδος", "ΟΔΟΣ", "ærø", "ÆRØ")) {
                expected.put(needle, List.of("RE00000002"));
            }
            expected.put("Οδός", List.of());
            expected.put("re1", List.of("RE00000001"));
            expected.put("RE0002", List.of("RE00000002"));
            expected.forEach((needle, numbers) -> assertEquals(numbers, numbersFound(desk, admin, needle),
                    "free text '" + needle + "' on migrated rows"));
            assertEquals(2, desk.dashboard(admin, DashboardFilter.cleared(), Sort.NEWEST_FIRST, PageRequest.first(5))
                    .total(), "the rollup was rebuilt too");

            TicketStore store = storage.tickets();
            for (int width = 1; width <= 18; width++) {
                Ticket a = store.findByNumber(DEFAULT, TicketNumberFormat.of("RE", width).format(1)).orElseThrow();
                assertEquals(List.of(DataOf01.A, "RE00000001"), List.of(a.id().value().toString(), a.number().value()),
                        "RE1 typed with " + width + " digits");
            }
            assertEquals(0, storage.rebuildDerivedData(), "nothing left to fix");
        }
    }

    private static List<String> numbersFound(TicketDesk desk, Actor actor, String text) {
        return desk.search(actor, TicketQuery.builder().text(text).build(), Sort.ascending(SortField.NUMBER),
                PageRequest.first(10)).items().stream().map(t -> t.number().value()).toList();
    }

    private static String rootMessage(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            s.append(t.getMessage()).append(" / ");
        }
        return s.toString();
    }
}
