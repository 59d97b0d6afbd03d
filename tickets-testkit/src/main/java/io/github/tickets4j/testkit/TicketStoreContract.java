package io.github.tickets4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.ConcurrentTicketModificationException;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.TicketCriteria;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.stats.Aggregates;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.Submitter;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.testkit.fixtures.Actors;
import io.github.tickets4j.testkit.fixtures.DeskFixture;
import io.github.tickets4j.testkit.fixtures.FixtureTicket;
import io.github.tickets4j.testkit.fixtures.TicketFixture;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link TicketStore} and its {@link io.github.tickets4j.core.spi.GuestPasses} must keep with
 * their {@link TicketStorage}; rules S01 to S31 and G01 to G07 of {@link ContractRule}: state and history read
 * back as written (S01 to S08), queries and statistics agree with the core's reference calculation (S09 to S17),
 * the history log appends, pages, stays per ticket and keeps its audience, tickets keep their workflow, and a desk
 * over the store refuses without revealing anything (S18 to S23),
 * a ticket number is looked up and kept unique by prefix and sequence, whatever its width (S24), and tenants are
 * isolated: lookups, queries, aggregates and writes of one tenant never reach another's tickets, numbered alike
 * (S25 to S28), the scopes confining customers and guests (their customer, contact person or ticket, the public
 * side, and lists of several) and the ratings of resolutions agree with the reference calculation (S29 to S31), and
 * guest passes read back, stay in their tenant, refuse duplicates and are undone with a failed unit of work (G01 to
 * G07). Extend it in your test sources and override the factory method:
 *
 * <pre>{@code
 * class MyStoreContractTest extends TicketStoreContract {
 *     protected TicketStorage newStorage() { return MyStorage.on(cleanDatabase()); }
 * }
 * }</pre>
 *
 * <p>{@link #newStorage()} is called before every test and must return storage holding <em>no</em> tickets and no
 * guest passes: a database-backed storage deletes its rows there, guest passes included (or in
 * {@link #releaseStorage}). Every store call the contract
 * makes outside a desk runs inside the storage's {@link TicketStorage#transactions() transactions}; desks are built
 * over the storage with an explicit zone. Tickets are written as a desk writes them: a creation, then one change at a
 * time (see {@link FixtureTicket}). A Jakarta Validation provider must be on the test class path (the contract drives
 * a {@code TicketDesk}).
 */
public abstract class TicketStoreContract extends GuestPassRules {

    /** For subclasses. */
    protected TicketStoreContract() {
    }

    /**
     * Creates the storage under test. Called before each test.
     *
     * @return storage holding no tickets and no guest passes, never null
     */
    @Override
    protected abstract TicketStorage newStorage();

    /**
     * Releases a storage after its test (close connections, drop data). Does nothing unless overridden.
     *
     * @param storage the storage the test used, never null
     */
    @Override
    protected void releaseStorage(TicketStorage storage) {
    }

    @Test
    void store_S01_stateAndHistoryReadBackEqualInEveryField() {
        FixtureTicket rich = richTicket(1);
        insert(rich);
        TicketId id = rich.ticket().id();
        assertEquals(rich.ticket(), stored(id), "the state read back by id");
        List<TimelineEntry> read = tx(() -> store().history(TENANT, id, HistoryQuery.newest(HistoryQuery.MAX_LIMIT)));
        List<TimelineEntry> written = rich.history();
        for (int i = 0; i < Math.min(read.size(), written.size()); i++) {
            assertEquals(written.get(i), read.get(i), "history entry " + written.get(i).sequence());
        }
        assertEquals(written.size(), read.size(), "entries in the history");
    }

    @Test
    void store_S02_storedTicketReadsBackByNumberAndUnknownKeysGiveEmpty() {
        FixtureTicket ticket = ticket(7).followUps(1).build();
        insert(ticket);
        assertEquals(ticket.ticket(), tx(() -> store().findByNumber(TENANT, ticket.ticket().number())).orElseThrow());
        assertEquals(Optional.empty(), tx(() -> store().findByNumber(TENANT, TicketNumberFormat.DEFAULT.format(8))));
        assertEquals(Optional.empty(), tx(() -> store().findById(TENANT, TicketId.random())));
    }

    @Test
    void store_S03_duplicateIdOrNumberIsRefusedAndChangesNothing() {
        FixtureTicket first = ticket(3).followUps(1).build();
        insert(first);
        TicketId id = first.ticket().id();
        List<TimelineEntry> before = history(id);
        Change sameNumber = ticket(3).build().creation();
        Change sameId = withId(ticket(4).titled("Same id").build().creation(), id);
        assertThrows(TicketsException.class, () -> run(() -> store().insert(sameNumber)), "same number");
        assertThrows(TicketsException.class, () -> run(() -> store().insert(sameId)), "same id");
        assertEquals(first.ticket(), stored(id));
        assertEquals(before, history(id), "a refused insert appends nothing");
        assertEquals(List.of(), history(sameNumber.ticket().id()), "a refused insert starts no history");
        assertEquals(Optional.empty(), tx(() -> store().findByNumber(TENANT, TicketNumberFormat.DEFAULT.format(4))));
        assertEquals(1, tx(() -> store().count(all())));
    }

    @Test
    void store_S04_updateReplacesTheStateAndAppendsTheChangesEntries() {
        FixtureTicket made = ticket(5).then(new TicketCommand.AddFollowUp("Called back", LocalDate.of(2026, 3, 9))
                .visibleToCustomer(), new TicketCommand.AddTag("vip")).build();
        Change creation = made.creation();
        run(() -> store().insert(creation));
        TicketId id = creation.ticket().id();
        Change followUp = made.updates().get(0);
        run(() -> store().update(followUp));
        assertEquals(followUp.ticket(), stored(id));
        assertEquals(1, stored(id).version());
        assertEquals(List.of(followUp.entries().get(0), creation.entries().get(0)), history(id));
        Change tag = made.updates().get(1);
        run(() -> store().update(tag));
        assertEquals(tag.ticket(), tx(() -> store().findByNumber(TENANT, made.ticket().number())).orElseThrow());
        assertEquals(Set.of("vip"), stored(id).tags());
        assertEquals(List.of(tag.entries().get(0), followUp.entries().get(0), creation.entries().get(0)),
                history(id));
    }

    @Test
    void store_S05_deletedTicketIsGoneWithItsHistory() {
        FixtureTicket kept = ticket(1).followUps(1).build();
        FixtureTicket gone = ticket(2).followUps(2).build();
        insert(kept);
        insert(gone);
        List<TimelineEntry> keptHistory = history(kept.ticket().id());
        run(() -> store().delete(gone.ticket()));
        assertEquals(Optional.empty(), tx(() -> store().findById(TENANT, gone.ticket().id())));
        assertEquals(Optional.empty(), tx(() -> store().findByNumber(TENANT, gone.ticket().number())));
        assertEquals(List.of(), history(gone.ticket().id()), "the deleted ticket's history");
        assertEquals(1, tx(() -> store().count(all())));
        assertEquals(List.of(kept.ticket().summary()), tx(() -> store().find(all(), BY_NUMBER, EVERYTHING)).items());
        assertEquals(keptHistory, history(kept.ticket().id()), "the other ticket's history");
    }

    @Test
    void store_S06_writingATicketThatIsNotStoredIsRefusedAndWritesNothing() {
        FixtureTicket never = ticket(9).followUps(1).build();
        assertThrows(TicketNotFoundException.class, () -> run(() -> store().update(never.updates().get(0))));
        assertThrows(TicketNotFoundException.class, () -> run(() -> store().delete(never.ticket())));
        assertEquals(Optional.empty(), tx(() -> store().findById(TENANT, never.ticket().id())));
        assertEquals(List.of(), history(never.ticket().id()));
    }

    @Test
    void store_S07_staleWriteIsRefusedAndChangesNothing() {
        FixtureTicket base = ticket(1).build();
        Ticket read = insert(base);
        Change first = TicketFixture.in(WORKFLOW).continuing(base).then(new TicketCommand.AddTag("first")).build()
                .updates().get(0);
        run(() -> store().update(first));
        List<TimelineEntry> before = history(read.id());
        Change stale = TicketFixture.in(WORKFLOW).continuing(base).then(new TicketCommand.AddTag("second")).build()
                .updates().get(0);
        assertThrows(ConcurrentTicketModificationException.class, () -> run(() -> store().update(stale)));
        assertThrows(ConcurrentTicketModificationException.class, () -> run(() -> store().delete(read)));
        assertEquals(first.ticket(), stored(read.id()), "the stale writes changed nothing");
        assertEquals(before, history(read.id()), "the stale writes appended nothing");
    }

    @Test
    void store_S08_parallelReadModifyWriteWithRetryLosesNoFollowUp() throws Exception {
        Ticket ticket = insert(ticket(1).build());
        int writers = 4;
        int each = 5;
        List<String> written = Concurrently.readModifyWrite(writers, each, storage(), WORKFLOW, ticket);
        Ticket after = stored(ticket.id());
        assertEquals(writers * each, after.version(), "one version per acknowledged write");
        List<TimelineEntry> history = history(ticket.id());
        List<String> notes = new ArrayList<>();
        history.forEach(e -> e.followUp().ifPresent(f -> notes.add(f.note())));
        assertEquals(written.stream().sorted().toList(), notes.stream().sorted().toList(),
                "every acknowledged follow-up is stored, once");
        assertEquals(LongStream.rangeClosed(0, after.version()).map(v -> after.version() - v).boxed().toList(),
                history.stream().map(TimelineEntry::sequence).toList(), "one entry per version, newest first");
    }

    @Test
    void store_S24_aNumberIsFoundByPrefixAndSequenceWhateverItsWidth() {
        // RE01 was issued under a two-digit format, RE0100 after it was widened to four digits; T00000001 shares
        // RE01's sequence value under another prefix.
        FixtureTicket narrow = ticket(TicketNumberFormat.of("RE", 2).format(1)).followUps(1).build();
        FixtureTicket widened = ticket(TicketNumberFormat.of("RE", 4).format(100)).build();
        FixtureTicket otherPrefix = ticket(TicketNumberFormat.of("T", 8).format(1)).build();
        List.of(narrow, widened, otherPrefix).forEach(this::insert);
        for (int width = 1; width <= 18; width++) {
            int w = width;
            Ticket first = tx(() -> store().findByNumber(TENANT, TicketNumberFormat.of("RE", w).format(1)))
                    .orElseThrow(() -> new AssertionError("RE01 typed with " + w + " digits is not found"));
            assertEquals(narrow.ticket(), first, "RE01 typed with " + w + " digits");
            assertEquals("RE01", first.number().value(), "the ticket keeps the number it was stored with");
            if (width >= 3) {
                Ticket found = tx(() -> store().findByNumber(TENANT, TicketNumberFormat.of("RE", w).format(100)))
                        .orElseThrow(() -> new AssertionError("RE0100 typed with " + w + " digits is not found"));
                assertEquals(widened.ticket(), found, "RE0100 typed with " + w + " digits");
                assertEquals("RE0100", found.number().value(), "the ticket keeps the number it was stored with");
            }
            assertEquals(otherPrefix.ticket().id(), tx(() -> store().findByNumber(TENANT, TicketNumberFormat.of("T", w)
                    .format(1))).map(Ticket::id).orElse(null), "T1 typed with " + w + " digits");
        }
        TicketNumber never = TicketNumberFormat.of("RE", 2).format(10);
        assertEquals(Optional.empty(), tx(() -> store().findByNumber(TENANT, never)), "RE10, never issued");

        List<Ticket> all = List.of(narrow.ticket(), widened.ticket(), otherPrefix.ticket());
        for (String typed : List.of("RE01", "re0001", "RE00000001", "RE1")) {
            TicketCriteria text = SampleTickets.criteria(TicketQuery.builder().text(typed).build(),
                    DeskFixture.START);
            assertEquals(List.of(narrow.ticket().summary()), Aggregates.find(all, text, BY_NUMBER, EVERYTHING)
                    .items(), "the reference for " + typed);
            assertEquals(List.of(narrow.ticket().summary()), tx(() -> store().find(text, BY_NUMBER, EVERYTHING))
                    .items(), "free text " + typed);
            assertEquals(1, tx(() -> store().count(text)), "count of free text " + typed);
        }

        Change sameNumberWider = ticket(TicketNumberFormat.of("RE", 4).format(1)).build().creation();
        assertThrows(TicketsException.class, () -> run(() -> store().insert(sameNumberWider)), "RE0001 after RE01");
        assertEquals(Optional.empty(), tx(() -> store().findById(TENANT, sameNumberWider.ticket().id())));
        assertEquals(List.of(), history(sameNumberWider.ticket().id()), "a refused insert starts no history");
        assertEquals(narrow.ticket(), tx(() -> store().findByNumber(TENANT, TicketNumberFormat.of("RE", 4).format(1)))
                .orElseThrow());
        assertEquals(3, tx(() -> store().count(all())));
    }

    private static TicketFixture ticket(TicketNumber number) {
        return TicketFixture.in(WORKFLOW).number(number);
    }

    /**
     * A closed ticket using every field, with a long history: follow-ups of both audiences, one with a multi-line
     * note in several scripts written after the close, and random activity of every kind; instants in milliseconds.
     */
    private static FixtureTicket richTicket(long number) {
        return ticket(number)
                .with(b -> b.description("Line drops every night\nsince Monday").project(Actors.P1)
                        .customer(Actors.C1).contact(ContactId.of("K-9"))
                        .submitter(Submitter.of("Kim Lee", "kim@example.com", "Example Ltd"))
                        .priority("MAJOR").category("Incident").assignee(Actors.sales().id()).team(Actors.T1)
                        .tags("network", "vip").dueAt(Instant.parse("2026-03-05T17:30:00.123Z"))
                        .hiddenFromCustomer(true))
                .followUp(LocalDate.of(2026, 3, 4)).followUp(null, Audience.PUBLIC).activity(12, 1L)
                .status("CLOSED")
                .then(new TicketCommand.AddFollowUp("Kunde bestätigt – ça marche\nЗакрыто ✓", LocalDate.of(2026, 4, 1))
                        .visibleToCustomer())
                .build();
    }

    /**
     * A creation as a store receives it, with another ticket's identity: its ticket and its event rebuilt with the id,
     * so that only the id is taken.
     */
    private static Change withId(Change creation, TicketId id) {
        TicketEvent.Created created = (TicketEvent.Created) creation.event();
        TicketEvent.Occurrence o = created.occurrence();
        return new Change(StoredTicket.from(creation.ticket()).id(id).build(), new TicketEvent.Created(
                new TicketEvent.Occurrence(o.id(), o.tenant(), id, o.number(), o.version(), o.at(), o.actor(),
                        o.customer(), o.hiddenFromCustomer()),
                created.status(), created.project(), created.customer()));
    }

    private static TicketCriteria all() {
        return SampleTickets.criteria(TicketQuery.all(), DeskFixture.START);
    }
}
