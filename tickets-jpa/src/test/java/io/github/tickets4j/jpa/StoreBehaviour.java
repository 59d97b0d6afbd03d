package io.github.tickets4j.jpa;

import static io.github.tickets4j.core.ticket.TenantId.DEFAULT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.ConcurrentTicketModificationException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.GuestPass;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.ViewableTickets;
import io.github.tickets4j.core.query.HistoryPage;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.EventPublisher;
import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.stats.Dashboard;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.FollowUp;
import io.github.tickets4j.core.ticket.Rating;
import io.github.tickets4j.core.ticket.Submitter;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.AddTag;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.RemoveTag;
import io.github.tickets4j.core.ticket.TicketCommand.SetHiddenFromCustomer;
import io.github.tickets4j.core.ticket.TicketEvent.Occurrence;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Writing and reading tickets and their history, optimistic locking, and bad input through the store. */
abstract class StoreBehaviour extends DatabaseTestBase {
    private static final Actor SAM = Actor.of("sam", Role.SALES);
    private static final Actor ADMIN = Actor.of("root", Role.ADMIN);

    private TicketDesk desk() {
        return desk(storage, EventPublisher.none());
    }

    private Ticket sample(int number) {
        return Samples.ticket(new Random(number), number);
    }

    private Ticket insert(Ticket ticket) {
        store.insert(Samples.creation(ticket));
        return ticket;
    }

    private List<TimelineEntry> history(Ticket ticket) {
        return store.history(DEFAULT, ticket.id(), HistoryQuery.newest(HistoryQuery.MAX_LIMIT));
    }

    @Test
    void aTicketReadsBackExactlyAsTheDeskReturnedIt() {
        TicketDesk desk = desk();
        Ticket created = desk.create(SAM, CreateTicket.titled("Solar panel not generating power")
                .description("Line 1\nLine 2 with ünïcödé and 50% _wild_ text").project(Samples.P1)
                .contact(ContactId.of("K-9")).submitter(Submitter.of("Ann", "ann@example.com", "ACME"))
                .priority("major").category("problem").assignee(Samples.KIM).team(Samples.T1)
                .tags("Billing", "vip", "café").dueAt(Instant.parse("2026-03-05T17:30:00.456Z")).build());
        clock.advance(Duration.ofMillis(300_001));
        desk.execute(SAM, created.number(),
                new AddFollowUp("Called the customer", LocalDate.of(2026, 3, 4)).visibleToCustomer());
        desk.execute(ADMIN, created.number(), new SetHiddenFromCustomer(true));
        clock.advance(Duration.ofSeconds(61));
        Ticket closed = desk.execute(SAM, created.number(), new Close("Replaced the inverter"));

        assertEquals(3, closed.version());
        assertEquals(closed, store.findByNumber(DEFAULT, created.number()).orElseThrow());
        assertEquals(closed, store.findById(DEFAULT, created.id()).orElseThrow());
        assertEquals(List.of(TimelineAction.CLOSED, TimelineAction.HIDDEN, TimelineAction.FOLLOW_UP_ADDED,
                TimelineAction.CREATED), history(closed).stream().map(TimelineEntry::action).toList());
    }

    @Test
    void aRatingReadsBackWithItsCommentOrWithoutAndAReopeningClearsIt() {
        Instant resolved = Instant.parse("2026-03-03T10:00:00.250Z");
        Rating withComment = new Rating(4, Optional.of("Quick and friendly"), resolved.plusSeconds(90),
                Samples.KIM);
        Ticket rated = insert(StoredTicket.from(sample(1)).resolvedAt(resolved).rating(withComment).build());
        Ticket bare = insert(StoredTicket.from(sample(2)).resolvedAt(resolved)
                .rating(new Rating(1, Optional.empty(), resolved, Samples.SAM)).build());

        assertEquals(Optional.of(withComment), store.findById(DEFAULT, rated.id()).orElseThrow().rating());
        assertEquals(rated, store.findByNumber(DEFAULT, rated.number()).orElseThrow());
        assertEquals(Optional.empty(), store.findById(DEFAULT, bare.id()).orElseThrow().rating().orElseThrow()
                .comment(), "a null comment column is no comment");
        Ticket unrated = insert(sample(3));
        assertEquals(Optional.empty(), store.findById(DEFAULT, unrated.id()).orElseThrow().rating(),
                "null rating columns are no rating");

        store.update(Samples.change(rated, b -> b.resolvedAt(null).rating(null)));
        assertEquals(Optional.empty(), store.findById(DEFAULT, rated.id()).orElseThrow().rating());
        assertEquals(0, database().queryLong("select count(*) from t4j_ticket where id = '" + rated.id()
                + "' and (rating_score is not null or rating_comment is not null or rated_at is not null"
                + " or rated_by is not null)"), "every rating column is cleared");
        Ticket again = store.findById(DEFAULT, rated.id()).orElseThrow();
        Rating second = new Rating(5, Optional.empty(), resolved.plusSeconds(7200), Samples.ADA);
        store.update(Samples.change(again, b -> b.resolvedAt(resolved.plusSeconds(3600)).rating(second)));
        assertEquals(Optional.of(second), store.findById(DEFAULT, rated.id()).orElseThrow().rating());
    }

    @Test
    void anOversizeRatingCommentIsRefusedBeforeAnythingIsWritten() {
        Instant resolved = Instant.parse("2026-03-03T10:00:00Z");
        Ticket oversize = StoredTicket.from(sample(1)).resolvedAt(resolved)
                .rating(new Rating(3, Optional.of("c".repeat(2001)), resolved, Samples.SAM)).build();

        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> insert(oversize));
        assertEquals(List.of("rating.comment"), e.violations().stream().map(Violation::field).toList());
        assertEquals(0, rows("t4j_ticket"));
    }

    @Test
    void guestPassesReadBackByHashIdAndTicketOldestFirstAndARevocationIsStored() {
        GuestPasses passes = storage.guestPasses();
        TicketId ticket = TicketId.random();
        Instant at = Instant.parse("2026-03-03T10:00:00.123Z");
        GuestPass later = pass(ticket, at.plusSeconds(60), 'b', Optional.empty());
        GuestPass earlier = pass(ticket, at, 'a', Optional.of(at.plusSeconds(86_400)));
        GuestPass elsewhere = pass(TicketId.random(), at, 'c', Optional.empty());
        storage.transactions().inTransaction(() -> {
            List.of(later, earlier, elsewhere).forEach(passes::insert);
            return null;
        });

        assertEquals(Optional.of(earlier), passes.findByTokenHash(DEFAULT, earlier.tokenHash()));
        assertEquals(Optional.of(later), passes.findById(DEFAULT, later.id()));
        assertEquals(List.of(earlier, later), passes.ofTicket(DEFAULT, ticket));
        TenantId acme = TenantId.of("acme");
        assertEquals(List.of(Optional.empty(), Optional.empty(), List.of()), List.of(
                passes.findByTokenHash(acme, earlier.tokenHash()), passes.findById(acme, earlier.id()),
                passes.ofTicket(acme, ticket)), "another tenant finds none of them");

        GuestPass revoked = earlier.revoked(at.plusSeconds(120));
        passes.update(revoked);
        assertEquals(Optional.of(revoked), passes.findById(DEFAULT, earlier.id()));
        passes.deleteOfTicket(DEFAULT, ticket);
        assertEquals(List.of(), passes.ofTicket(DEFAULT, ticket));
        assertEquals(Optional.of(elsewhere), passes.findById(DEFAULT, elsewhere.id()), "another ticket's stays");
    }

    @Test
    void aGuestPassWithATakenIdOrTokenHashIsRefusedNamingWhatClashed() {
        GuestPasses passes = storage.guestPasses();
        Instant at = Instant.parse("2026-03-03T10:00:00Z");
        GuestPass stored = pass(TicketId.random(), at, 'a', Optional.empty());
        passes.insert(stored);
        GuestPass sameId = new GuestPass(stored.id(), DEFAULT, TicketId.random(), "d".repeat(64), at, Samples.SAM,
                Optional.empty(), Optional.empty());
        GuestPass sameHash = pass(TicketId.random(), at, 'a', Optional.empty());

        TicketsException idTaken = assertThrows(TicketsException.class, () -> passes.insert(sameId));
        assertTrue(idTaken.getMessage().contains("id " + stored.id() + " is taken")
                && idTaken.getMessage().contains("t4j_guest_pass_pk"), idTaken::getMessage);
        TicketsException hashTaken = assertThrows(TicketsException.class, () -> passes.insert(sameHash));
        assertTrue(hashTaken.getMessage().contains("same token")
                && hashTaken.getMessage().contains("t4j_guest_pass_token_uk")
                && !hashTaken.getMessage().contains(" is taken"), hashTaken::getMessage);
        TicketsException missing = assertThrows(TicketsException.class,
                () -> passes.update(sameHash.revoked(at)));
        assertTrue(missing.getMessage().contains("No guest pass " + sameHash.id()), missing::getMessage);
        assertEquals(1, rows("t4j_guest_pass"));
        assertEquals(Optional.of(stored), passes.findById(DEFAULT, stored.id()));
        // The same id and hash in another tenant are no clash.
        GuestPass acme = new GuestPass(stored.id(), TenantId.of("acme"), stored.ticket(), stored.tokenHash(), at,
                Samples.SAM, Optional.empty(), Optional.empty());
        passes.insert(acme);
        assertEquals(Optional.of(acme), passes.findByTokenHash(TenantId.of("acme"), stored.tokenHash()));
    }

    @Test
    void aGuestPassIsUndoneWithTheUseCaseThatFails() {
        GuestPass pass = pass(TicketId.random(), Instant.parse("2026-03-03T10:00:00Z"), 'e', Optional.empty());

        assertThrows(IllegalStateException.class, () -> storage.transactions().inTransaction(() -> {
            storage.guestPasses().insert(pass);
            throw new IllegalStateException("the use case fails after the pass was stored");
        }));
        assertEquals(Optional.empty(), storage.guestPasses().findById(DEFAULT, pass.id()));
        assertEquals(0, rows("t4j_guest_pass"));
    }

    /** A pass of the default tenant whose token hash is 64 times {@code digit}. */
    private static GuestPass pass(TicketId ticket, Instant issuedAt, char digit, Optional<Instant> expiresAt) {
        return new GuestPass(UUID.randomUUID(), DEFAULT, ticket, String.valueOf(digit).repeat(64), issuedAt,
                Samples.SAM, expiresAt, Optional.empty());
    }

    @Test
    void instantsInTheHourWhenClocksGoBackReadBackExactly() {
        // 02:30 happens twice in Berlin that night; the JVM runs in Europe/Berlin (see the pom).
        Instant firstHalfPast = Instant.parse("2026-10-25T00:30:00.001Z");
        Instant secondHalfPast = Instant.parse("2026-10-25T01:30:00.999Z");
        Ticket ticket = insert(StoredTicket.from(sample(1)).createdAt(firstHalfPast).lastActivityAt(secondHalfPast)
                .dueAt(secondHalfPast).build());

        Ticket stored = store.findById(DEFAULT, ticket.id()).orElseThrow();
        assertEquals(List.of(firstHalfPast, secondHalfPast, secondHalfPast),
                List.of(stored.createdAt(), stored.lastActivityAt(), stored.dueAt().orElseThrow()));
        assertEquals(ticket, stored);
        assertEquals(firstHalfPast, history(ticket).get(0).at());
    }

    @Test
    void insertStoresVersionZeroAndEveryUpdateRaisesItByOneAndAppendsItsEntry() {
        Ticket ticket = insert(sample(1));
        Change retitled = Samples.change(ticket, b -> b.title("Retitled").tags(List.of("new", "vip")));
        store.update(retitled);
        Change recategorised = Samples.change(retitled.ticket(), b -> b.category("Incident").tags(List.of("new")));
        store.update(recategorised);

        Ticket stored = store.findById(DEFAULT, ticket.id()).orElseThrow();
        assertEquals(recategorised.ticket(), stored);
        assertEquals(2, stored.version());
        assertEquals(List.of(2L, 1L, 0L), history(stored).stream().map(TimelineEntry::sequence).toList());
        assertEquals(recategorised.entries().get(0), history(stored).get(0));
        assertEquals(Set.of("new"), stored.tags());
    }

    @Test
    void anUpdateOutsideAUseCaseReadsTheStateItChangesAndWritesEveryAlteredColumn() {
        // No use case loaded the ticket before: the store reads the state to compare with, then writes the change.
        Ticket ticket = insert(StoredTicket.from(sample(5)).tags(List.of("a", "b")).build());
        Change change = Samples.change(ticket, b -> b.title("Other").description("Now described").priority(null)
                .hiddenFromCustomer(!ticket.hiddenFromCustomer()).tags(List.of("b", "c")).assignee(null).team(Samples.T2));
        store.update(change);

        assertEquals(change.ticket(), store.findByNumber(DEFAULT, ticket.number()).orElseThrow());
    }

    @Test
    void aStaleUpdateIsRefusedWithConcurrentModificationAndChangesNothing() {
        Ticket ticket = insert(sample(1));
        Change first = Samples.change(ticket, b -> b.title("First writer"));
        store.update(first);
        List<TimelineEntry> history = history(ticket);

        assertThrows(ConcurrentTicketModificationException.class,
                () -> store.update(Samples.change(ticket, b -> b.title("Second writer"))));
        assertEquals(first.ticket(), store.findById(DEFAULT, ticket.id()).orElseThrow());
        assertEquals(history, history(ticket));
    }

    @Test
    void updatingOrDeletingAnUnknownTicketThrowsTicketNotFound() {
        Ticket never = sample(1);

        assertThrows(TicketNotFoundException.class, () -> store.update(Samples.change(never, b -> b.title("x"))));
        assertThrows(TicketNotFoundException.class, () -> store.delete(never));
        assertEquals(0, rows("t4j_ticket"));
    }

    @Test
    void findingAnUnknownNumberOrIdGivesEmptyAndAnUnknownTicketHasNoHistory() {
        insert(sample(1));

        assertTrue(store.findByNumber(DEFAULT, TicketNumberFormat.DEFAULT.format(2)).isEmpty());
        assertTrue(store.findById(DEFAULT, TicketId.random()).isEmpty());
        assertEquals(List.of(), store.history(DEFAULT, TicketId.random(), HistoryQuery.newest(10)));
    }

    @Test
    void deletingRemovesTheTicketWithItsHistoryAndTags() {
        TicketDesk desk = desk();
        Ticket created = desk.create(SAM, CreateTicket.titled("Delete me").project(Samples.P1).tags("a", "b").build());
        Ticket followedUp = desk.execute(SAM, created.number(), new AddFollowUp("Note"));
        Ticket kept = desk.create(SAM, CreateTicket.titled("Keep me").project(Samples.P1).tags("a").build());

        store.delete(followedUp);

        assertTrue(store.findByNumber(DEFAULT, created.number()).isEmpty());
        assertEquals(List.of(), history(created));
        assertEquals(kept, store.findByNumber(DEFAULT, kept.number()).orElseThrow());
        assertEquals(List.of(1L, 1L, 1L), List.of(rows("t4j_ticket"), rows("t4j_timeline_entry"),
                rows("t4j_ticket_tag")));
        assertEquals(1, database().queryLong("select sum(ticket_count) from t4j_status_count"));
    }

    @Test
    void aStaleDeleteIsRefusedAndKeepsTheTicket() {
        Ticket ticket = insert(sample(1));
        Change changed = Samples.change(ticket, b -> b.title("Changed"));
        store.update(changed);

        assertThrows(ConcurrentTicketModificationException.class, () -> store.delete(ticket));
        assertEquals(changed.ticket(), store.findById(DEFAULT, ticket.id()).orElseThrow());
        assertEquals(2, history(ticket).size());
    }

    @Test
    void aSecondTicketWithTheSameNumberOrIdIsRefusedNamingWhichKeyIsTaken() {
        Ticket ticket = insert(sample(1));
        Ticket sameNumber = StoredTicket.from(sample(2)).number(ticket.number()).build();
        Ticket sameId = StoredTicket.from(sample(3)).id(ticket.id()).build();

        TicketsException number = assertThrows(TicketsException.class, () -> insert(sameNumber));
        assertTrue(number.getMessage().contains("stored already") && number.getMessage().contains("number "
                + ticket.number()) && number.getMessage().contains("t4j_ticket_number_uk"), number.getMessage());
        TicketsException id = assertThrows(TicketsException.class, () -> insert(sameId));
        assertTrue(id.getMessage().contains("stored already") && id.getMessage().contains("id " + ticket.id())
                && id.getMessage().contains("t4j_ticket_pk"), id.getMessage());
        assertEquals(List.of(ticket), List.of(store.findById(DEFAULT, ticket.id()).orElseThrow()));
        assertEquals(List.of(1L, 1L), List.of(rows("t4j_ticket"), rows("t4j_timeline_entry")));
        assertEquals(1, database().queryLong("select sum(ticket_count) from t4j_status_count"),
                "the refused inserts left the status counts as they were");
    }

    @Test
    void theSameNumberAndIdInAnotherTenantAreAcceptedAndEachTenantFindsItsOwn() {
        Ticket ours = insert(sample(1));
        TenantId acme = TenantId.of("acme");
        Ticket theirs = insert(StoredTicket.from(sample(2)).tenant(acme).number(ours.number()).build());

        assertEquals(ours, store.findByNumber(DEFAULT, ours.number()).orElseThrow());
        assertEquals(theirs, store.findByNumber(acme, ours.number()).orElseThrow());
        assertTrue(store.findById(acme, ours.id()).isEmpty());
        TicketsException again = assertThrows(TicketsException.class,
                () -> insert(StoredTicket.from(sample(3)).tenant(acme).number(ours.number()).build()));
        assertTrue(again.getMessage().contains("stored already in tenant acme")
                && again.getMessage().contains("t4j_ticket_number_uk"), again.getMessage());
    }

    @Test
    void aUniqueKeyViolationOtherThanATicketsIdOrNumberNamesItsKeyAndIsNotCalledATicketStoredAlready() {
        Ticket ticket = insert(sample(1));

        TicketsException e = assertThrows(TicketsException.class, () -> storage.transactions().inTransaction(() -> {
            Ticket read = store.findById(DEFAULT, ticket.id()).orElseThrow();
            // Written around the store after the read: a tag the state read does not know of.
            database().execute(List.of("insert into t4j_ticket_tag (tenant_id, ticket_id, tag) values ('default', '"
                    + ticket.id() + "', 'sneaked')"));
            store.update(Samples.change(read, b -> b.tags(List.of("sneaked"))));
            return null;
        }));
        assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("key") && !e.getMessage().contains("stored already"),
                e.getMessage());
        assertEquals(0, store.findById(DEFAULT, ticket.id()).orElseThrow().version(), "the change was undone");
    }

    @Test
    void aHistoryEntryWhoseSequenceIsTakenIsRefusedNamingTheKey() {
        Ticket ticket = insert(sample(1));
        // Written around the store: the ticket's version (0) now lags behind its history.
        Change next = Samples.change(ticket, b -> b.title("Next"));
        database().execute(List.of("insert into t4j_timeline_entry (tenant_id, id, ticket_id, seq, occurred_at, actor,"
                + " action, visibility) select tenant_id, '" + UUID.randomUUID() + "', ticket_id, 1, occurred_at, actor,"
                + " 'TAGGED', 'INTERNAL' from t4j_timeline_entry"));

        TicketsException e = assertThrows(TicketsException.class, () -> store.update(next));
        assertTrue(e.getMessage().contains("t4j_timeline_entry_seq_uk"), e.getMessage());
        assertEquals(ticket, store.findById(DEFAULT, ticket.id()).orElseThrow(), "the state was not changed either");
    }

    @Test
    void aTenantsFirstTicketCreatesItsStatusRollupLockRowAndItsFirstCountRow() {
        insert(Samples.ticket(TenantId.of("acme"), new Random(1), 1));

        assertEquals(1, database().queryLong("select count(*) from t4j_status_count where tenant_id = 'acme'"
                + " and stripe = -1 and ticket_count = 0"), "the tenant's lock row");
        assertEquals(1, database().queryLong("select sum(ticket_count) from t4j_status_count"
                + " where tenant_id = 'acme'"));
        assertEquals(0, database().queryLong("select sum(ticket_count) from t4j_status_count"
                + " where tenant_id = 'default'"));
    }

    @Test
    void followUpsAreHistoryEntriesStoredOnceWithTheirVisibility() {
        TicketDesk desk = desk();
        Ticket ticket = desk.create(SAM, CreateTicket.titled("Busy ticket").project(Samples.P1).build());
        desk.execute(SAM, ticket.number(), new AddFollowUp("first, internal"));
        desk.execute(SAM, ticket.number(),
                new AddFollowUp("second, for the customer", LocalDate.of(2026, 3, 9)).visibleToCustomer());
        desk.execute(SAM, ticket.number(), new Assign(Samples.KIM));
        desk.execute(SAM, ticket.number(), new AddFollowUp("third, internal"));

        List<FollowUp> followUps = desk.history(SAM, ticket.number(), HistoryQuery.newest(10)
                .only(TimelineAction.FOLLOW_UP_ADDED)).entries().stream().map(e -> e.followUp().orElseThrow())
                .toList();
        assertEquals(List.of("third, internal", "second, for the customer", "first, internal"),
                followUps.stream().map(FollowUp::note).toList());
        assertEquals(List.of(Audience.INTERNAL, Audience.PUBLIC, Audience.INTERNAL),
                followUps.stream().map(FollowUp::audience).toList());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 9)), followUps.get(1).followUpDate());
        assertEquals(List.of(TimelineAction.FOLLOW_UP_ADDED, TimelineAction.CREATED),
                desk.history(SAM, ticket.number(), HistoryQuery.newest(10).publicOnly()).entries().stream()
                        .map(TimelineEntry::action).toList());
        assertEquals(1, database().queryLong("select count(*) from t4j_timeline_entry where detail like"
                + " 'second, for%'"), "a note is stored once, in its entry");
    }

    @Test
    void historyPagesChainByTheSequenceNewestFirst() {
        TicketDesk desk = desk();
        Ticket ticket = desk.create(SAM, CreateTicket.titled("Long history").project(Samples.P1).build());
        for (int i = 1; i <= 11; i++) {
            AddFollowUp note = new AddFollowUp("note " + i);
            desk.execute(SAM, ticket.number(), i % 3 == 0 ? note.visibleToCustomer() : note);
        }

        List<Long> read = new ArrayList<>();
        HistoryQuery query = HistoryQuery.newest(4);
        for (int pages = 1; ; pages++) {
            HistoryPage page = desk.history(SAM, ticket.number(), query);
            page.entries().forEach(e -> read.add(e.sequence()));
            if (page.next().isEmpty()) {
                assertEquals(3, pages);
                break;
            }
            query = page.next().orElseThrow();
        }
        assertEquals(List.of(11L, 10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L, 0L), read);
        assertEquals(List.of(6L, 3L, 0L), store.history(DEFAULT, ticket.id(), HistoryQuery.newest(5).publicOnly().before(9))
                .stream().map(TimelineEntry::sequence).toList());
        assertEquals(List.of(8L, 7L), store.history(DEFAULT, ticket.id(), HistoryQuery.newest(2)
                .only(TimelineAction.FOLLOW_UP_ADDED).before(9)).stream().map(TimelineEntry::sequence).toList());
    }

    @Test
    void aCommandReadsOnlyTheTicketRowWithItsTagsAndWritesOnlyWhatChangedWhateverTheHistorysLength() {
        List<String> sql = new ArrayList<>();
        try (EntityManagerFactory recorded = database().factory(Map.of(
                "hibernate.session_factory.statement_inspector", new RecordingInspector(sql)))) {
            JpaStorage watched = JpaStorage.resourceLocal(recorded, database().kind);
            TicketDesk desk = desk(watched, EventPublisher.none());
            Ticket young = desk.create(SAM, CreateTicket.titled("Young").project(Samples.P1).tags("vip").build());
            Ticket old = desk.create(SAM, CreateTicket.titled("Old").project(Samples.P1).tags("vip").build());
            for (int i = 0; i < 40; i++) {
                desk.execute(SAM, old.number(), new AddFollowUp("note " + i));
            }

            List<List<String>> followUps = new ArrayList<>();
            for (TicketNumber number : List.of(young.number(), old.number())) {
                clock.advance(Duration.ofSeconds(1));
                sql.clear();
                desk.execute(SAM, number, new AddFollowUp("one more"));
                followUps.add(List.copyOf(sql));
            }
            sql.clear();
            desk.execute(SAM, old.number(), new AddTag("billing"));
            List<String> tagging = List.copyOf(sql);
            sql.clear();
            desk.execute(SAM, old.number(), new RemoveTag("vip"));
            List<String> untagging = List.copyOf(sql);

            assertEquals(shapes(followUps.get(0)), shapes(followUps.get(1)), "the same statements, young or old");
            for (List<String> statements : List.of(followUps.get(1), tagging, untagging)) {
                assertEquals(1, statements.stream().filter(s -> s.startsWith("select")).count(),
                        () -> "one read, the ticket with its tags: " + statements);
                assertTrue(statements.stream().filter(s -> s.contains("t4j_timeline_entry"))
                        .allMatch(s -> s.startsWith("insert")), () -> "the history is only appended: " + statements);
                assertEquals(1, statements.stream().filter(s -> s.startsWith("insert into t4j_timeline_entry"))
                        .count(), statements::toString);
            }
            assertTrue(followUps.get(1).get(0).contains("t4j_ticket_tag"), "the tags come with the load");
            assertEquals(Set.of("last_activity_at", "last_follow_up_at", "version"), setColumns(followUps.get(1)));
            assertEquals(List.of("insert into t4j_ticket_tag"), tagStatements(tagging), "only the tag added");
            assertEquals(List.of("delete from t4j_ticket_tag"), tagStatements(untagging), "only the tag removed");
        }
    }

    /** The statements' kinds and tables, without parameters and aliases. */
    private static List<String> shapes(List<String> statements) {
        return statements.stream().map(s -> s.replaceAll("\\s+", " ")).toList();
    }

    /** The columns the one update of t4j_ticket sets. */
    private static Set<String> setColumns(List<String> statements) {
        List<String> updates = statements.stream().filter(s -> s.startsWith("update t4j_ticket ")).toList();
        assertEquals(1, updates.size(), statements::toString);
        String set = updates.get(0).replaceAll("^update t4j_ticket( \\w+)? set ", "").replaceAll(" where .*$", "");
        Set<String> columns = new TreeSet<>();
        Arrays.stream(set.split(",")).map(c -> c.replaceAll("=.*$", "").replaceAll("^\\w+\\.", "").strip())
                .forEach(columns::add);
        return columns;
    }

    private static List<String> tagStatements(List<String> statements) {
        return statements.stream().filter(s -> s.contains("t4j_ticket_tag") && !s.startsWith("select"))
                .map(s -> s.replaceAll("^((insert into|delete from) t4j_ticket_tag).*$", "$1")).toList();
    }

    @Test
    void rebuildingTheDerivedDataAfterAPurgeInSqlMakesTheDashboardRightAgain() {
        TicketDesk desk = desk();
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tickets.add(desk.create(SAM, CreateTicket.titled("Ticket " + i).project(Samples.P1).build()));
        }
        desk.execute(SAM, tickets.get(0).number(), new Close());
        desk.execute(SAM, tickets.get(1).number(), new Close());
        // A retention job deletes closed tickets around the adapter.
        database().execute(List.of("delete from t4j_timeline_entry where ticket_id in (select id from t4j_ticket"
                + " where status = 'CLOSED')", "delete from t4j_ticket_tag where ticket_id in (select id from"
                + " t4j_ticket where status = 'CLOSED')", "delete from t4j_ticket where status = 'CLOSED'"));
        Actor admin = Actor.of("ada", Role.ADMIN);
        Dashboard stale = desk.dashboard(admin, DashboardFilter.cleared(), Sort.NEWEST_FIRST, PageRequest.first(5));
        assertEquals(List.of(6L, 2L), List.of(stale.total(), stale.count("CLOSED")), "the rollup missed the purge");

        assertEquals(0, storage.rebuildDerivedData(), "the desk wrote every search text right");

        Dashboard right = desk.dashboard(admin, DashboardFilter.cleared(), Sort.NEWEST_FIRST, PageRequest.first(5));
        assertEquals(List.of(4L, 0L, 4L), List.of(right.total(), right.count("CLOSED"), right.count("NEW")));
        desk.create(SAM, CreateTicket.titled("After").project(Samples.P1).build());
        assertEquals(5, desk.dashboard(admin, DashboardFilter.cleared(), Sort.NEWEST_FIRST, PageRequest.first(5))
                .total(), "later writes add to the rebuilt counts");
    }

    @Test
    void rebuildingTheDerivedDataFoldsTheSearchTextOfTicketsWrittenAroundTheAdapterInBatches() {
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 1; i <= 1001; i++) {
            tickets.add(StoredTicket.from(sample(i)).title("Ticket " + i + (i % 2 == 0 ? " in İzmir" : ""))
                    .description(i % 3 == 0 ? "Lange Straße " + i : null).build());
        }
        insertAll(tickets);
        // An import writes the search text as SQL can: lower-cased, or not at all.
        database().execute(List.of("update t4j_ticket set search_text = lower(title)",
                "update t4j_ticket set search_text = '' where description is not null"));
        assertEquals(0, store.count(text("STRASSE")), "the import left the descriptions out");

        assertEquals(1001, storage.rebuildDerivedData(), "every row differed from its folded text");

        assertEquals(500, store.count(text("IZMIR")));
        assertEquals(333, store.count(text("STRASSE")));
        assertEquals(List.of(tickets.get(998).number()), store.find(text("straße 999"), Sort.NEWEST_FIRST,
                PageRequest.first(5)).items().stream().map(TicketSummary::number).toList());
        assertEquals(0, storage.rebuildDerivedData(), "nothing left to fix");
    }

    @Test
    void aChangedTitleOrDescriptionRewritesTheSearchTextAndOnlyThen() {
        Ticket ticket = insert(StoredTicket.from(sample(1)).title("Router offline").description(null).build());
        Change retitled = Samples.change(ticket, b -> b.title("Hotel in İzmir"));
        store.update(retitled);
        Change described = Samples.change(retitled.ticket(), b -> b.description("ΟΔΟΣ 5, Straße"));
        store.update(described);
        Change tagged = Samples.change(described.ticket(), b -> b.tags(List.of("vip")));
        store.update(tagged);

        assertEquals("hotel in izmir\nοδοσ 5, strasse", database().queryString("select search_text from t4j_ticket"));
        for (String needle : List.of("izmir", "İZMİR", "οδος", "STRASSE")) {
            assertEquals(1, store.count(text(needle)), needle);
        }
        assertEquals(0, store.count(text("router")),
                "the old title is no longer found");
        assertEquals(0, store.count(text("izmir οδος")),
                "a needle never spans title and description");
    }

    private static TicketCriteria text(String needle) {
        return Samples.criteria(TicketQuery.builder().text(needle).build(), List.of(ViewableTickets.all()));
    }

    @Test
    void aTicketIsFoundAndKeptUniqueByPrefixAndSequenceWhateverTheWidth() {
        Ticket narrow = insert(StoredTicket.from(sample(1)).number(TicketNumberFormat.of("RE", 2).format(1)).build());

        assertEquals(narrow, store.findByNumber(DEFAULT, TicketNumberFormat.of("RE", 4).format(1)).orElseThrow());
        assertEquals("RE01", store.findByNumber(DEFAULT, TicketNumberFormat.DEFAULT.format(1)).orElseThrow().number()
                .value());
        assertEquals("RE01", database().queryString("select ticket_number from t4j_ticket"), "shown as stored");
        Ticket wider = StoredTicket.from(sample(2)).number(TicketNumberFormat.of("RE", 4).format(1)).build();
        TicketsException e = assertThrows(TicketsException.class, () -> insert(wider));
        assertTrue(e.getMessage().contains("t4j_ticket_number_uk"), e.getMessage());
        assertEquals(1, rows("t4j_ticket"));
    }

    @Test
    void anOversizeTitleOrTagIsRefusedWithValidationFailedAndNothingIsStored() {
        Ticket oversize = StoredTicket.from(sample(1)).title("x".repeat(201)).tags(List.of("t".repeat(51))).build();

        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> insert(oversize));
        assertEquals(List.of("title", "tags"), e.violations().stream().map(Violation::field).toList());
        assertEquals(0, rows("t4j_ticket"));
    }

    @Test
    void anOversizeHistoryDetailOnUpdateIsRefusedAndTheStoredTicketStaysAsItWas() {
        Ticket ticket = insert(sample(1));
        Ticket next = StoredTicket.from(ticket).version(1).build();
        Occurrence occurrence = new Occurrence(UUID.randomUUID(), DEFAULT, ticket.id(), ticket.number(), 1,
                ticket.createdAt(), ticket.createdBy(), ticket.customer(), ticket.hiddenFromCustomer());
        Change huge = new Change(next, new TicketEvent.FollowUpAdded(occurrence, new FollowUp(UUID.randomUUID(),
                "n".repeat(20_001), Optional.empty(), Samples.SAM, ticket.createdAt(), Audience.INTERNAL)));

        ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> store.update(huge));
        assertEquals("history.detail", e.violations().get(0).field());
        assertEquals(ticket, store.findById(DEFAULT, ticket.id()).orElseThrow());
        assertEquals(1, history(ticket).size());
    }

    @Test
    void aFailingDatabaseSurfacesAsTicketsExceptionNeverAsAPersistenceException() {
        database().execute(List.of("alter table t4j_timeline_entry rename to t4j_timeline_moved"));
        try {
            TicketsException e = assertThrows(TicketsException.class, () -> desk().create(SAM,
                    CreateTicket.titled("Nowhere to write the history").project(Samples.P1).build()));
            assertEquals(TicketsException.class, e.getClass());
            assertTrue(e.getCause() instanceof PersistenceException, () -> e.getCause().toString());
            assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("t4j_timeline_entry"), e.getMessage());
        } finally {
            database().execute(List.of("alter table t4j_timeline_moved rename to t4j_timeline_entry"));
        }
        assertEquals(0, rows("t4j_ticket"));
    }

    @Test
    void anUnknownTicketNumberThroughTheDeskGivesTicketNotFound() {
        TicketDesk desk = desk();

        assertThrows(TicketNotFoundException.class,
                () -> desk.execute(SAM, desk.number("RE00000042"), new AddFollowUp("Anyone there?")));
        assertTrue(desk.find(SAM, desk.number("RE00000042")).isEmpty());
    }
}
