package io.github.tickets4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.IssuedGuestPass;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.query.HistoryPage;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.spi.TenantSettings;
import io.github.tickets4j.core.spi.Tenants;
import io.github.tickets4j.core.stats.Dashboard;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Workflows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's code examples, compiled and run here: each region between the markers below must equal, line for
 * line, the README's code block that follows the heading it names, so the README cannot drift from code that
 * compiles.
 */
class ReadmeExampleTest {
    private static final Path README = Path.of(System.getProperty("tickets4j.readme", "../README.md"));
    private static final Path SOURCE = Path.of("src/test/java/io/github/tickets4j/core/ReadmeExampleTest.java");

    @Test
    void theReadmeShowsExactlyTheCodeThisTestCompiles() throws IOException {
        String readme = Files.readString(README);
        String source = Files.readString(SOURCE);
        assertEquals(region(source, "A first look"), block(readme, "## A first look"));
        assertEquals(region(source, "Serving several companies"), block(readme, "### Serving several companies"));
        assertEquals(region(source, "Customers, guests and ratings"),
                block(readme, "### Customers, guests and ratings"));
    }

    /** The first java code block after a heading. */
    private static String block(String readme, String heading) {
        int at = readme.indexOf("\n" + heading + "\n");
        assertTrue(at >= 0, "README has no heading " + heading);
        int start = readme.indexOf("```java\n", at) + "```java\n".length();
        return readme.substring(start, readme.indexOf("```", start)).stripTrailing();
    }

    /** The lines between the named markers of this file, without the method body's indentation. */
    private static String region(String source, String name) {
        String begin = "// --- README: " + name + " ---\n";
        int start = source.indexOf(begin);
        assertTrue(start >= 0, "no region " + name);
        start += begin.length();
        String body = source.substring(start, source.indexOf("// --- end ---", start));
        return body.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .collect(Collectors.joining("\n")).stripTrailing();
    }

    @Test
    void aCustomerCreatesAndRepliesAndAGuestIsLetInUntilThePassIsRevoked() {
        TicketDesk desk = TicketDesk.builder().inMemory().directory(new InMemoryDirectory()).zone(ZoneOffset.UTC)
                .build();
        Actor ola = Actor.of("ola", Role.OPERATIONS);
        // --- README: Customers, guests and ratings ---
        Actor anna = Actor.customer("anna", CustomerId.of("C-7")).asContact(ContactId.of("K-1"));
        Ticket mine = desk.create(anna, CreateTicket.titled("Router down").build());    // customer C-7, contact K-1
        desk.execute(anna, mine.number(), AddFollowUp.reply("Since this morning"));     // a public follow-up

        IssuedGuestPass pass = desk.issueGuestPass(ola, mine.number(), Optional.empty()); // mail pass.token() to them
        Optional<Actor> guest = desk.guest(TenantId.DEFAULT, pass.token());              // empty once revoked or expired
        desk.revokeGuestPass(ola, mine.number(), pass.pass().id());
        // --- end ---

        assertEquals(Optional.of(CustomerId.of("C-7")), mine.customer());
        assertEquals(Optional.of(ContactId.of("K-1")), mine.contact());
        assertEquals(java.util.Set.of(Role.GUEST), guest.orElseThrow().roles());
        assertTrue(guest.isPresent() && desk.find(guest.get(), mine.number()).isEmpty());
        assertEquals(Optional.empty(), desk.guest(TenantId.DEFAULT, pass.token()));
        assertEquals(List.of(Audience.PUBLIC, Audience.PUBLIC), desk.history(anna, mine.number(),
                HistoryQuery.newest(20)).entries().stream().map(TimelineEntry::audience).toList());
    }

    @Test
    void theFirstLookCreatesFollowsUpClosesAndCounts() {
        // --- README: A first look ---
        InMemoryDirectory directory = new InMemoryDirectory()
                .project(ProjectId.of("P-100"), CustomerId.of("C-7"), UserId.of("sam"))
                .user(Actor.of("sam", Role.SALES), Actor.of("olga", Role.OPERATIONS));
        TicketDesk desk = TicketDesk.builder()
                .inMemory()
                .directory(directory)
                .zone(ZoneId.of("Europe/Berlin"))
                .clock(Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC))
                .build();

        Actor sam = Actor.of("sam", Role.SALES);
        Ticket ticket = desk.create(sam, CreateTicket.titled("Solar panel not generating power")
                .project(ProjectId.of("P-100"))
                .build());
        desk.execute(sam, ticket.number(), new AddFollowUp("Called the customer", LocalDate.of(2026, 3, 4)));
        desk.execute(sam, ticket.number(), new ChangeStatus(Workflows.Standard.IN_PROGRESS));
        desk.execute(sam, ticket.number(), new AddFollowUp("A technician comes on Thursday").visibleToCustomer());
        desk.execute(sam, ticket.number(), new Close("Customer confirmed"));

        HistoryPage history = desk.history(sam, TicketNumber.parse("RE00000001"), HistoryQuery.newest(20));
        Dashboard dashboard = desk.dashboard(Actor.of("fay", Role.FINANCE), DashboardFilter.cleared(),
                Sort.NEWEST_FIRST, PageRequest.first(20));
        // --- end ---

        assertEquals("RE00000001", ticket.number().value());
        assertEquals(CustomerId.of("C-7"), ticket.customer().orElseThrow());
        assertEquals(1, dashboard.count("CLOSED"));
        assertEquals(0, dashboard.openTickets().total());
        Ticket closed = desk.find(sam, ticket.number()).orElseThrow();
        assertEquals(List.of(TimelineAction.CLOSED, TimelineAction.FOLLOW_UP_ADDED, TimelineAction.STATUS_CHANGED,
                TimelineAction.FOLLOW_UP_ADDED, TimelineAction.CREATED),
                history.entries().stream().map(TimelineEntry::action).toList());
        assertEquals(List.of(Audience.PUBLIC, Audience.PUBLIC, Audience.PUBLIC, Audience.INTERNAL,
                Audience.PUBLIC), history.entries().stream().map(TimelineEntry::audience).toList());
        assertEquals(Optional.empty(), history.next());
        assertTrue(closed.closedAt().isPresent());
        assertEquals(Optional.of("Customer confirmed"), closed.resolutionNote());
        assertThrows(AccessDeniedException.class,
                () -> desk.execute(sam, ticket.number(), new AddFollowUp("One more thing")));
    }

    @Test
    void severalCompaniesNumberFromOneAndNeverSeeEachOther() {
        InMemoryDirectory directory = new InMemoryDirectory();
        // --- README: Serving several companies ---
        TicketDesk desk = TicketDesk.builder()
                .inMemory()
                .directory(directory)
                .zone(ZoneId.of("Europe/Berlin"))
                .tenants(Tenants.of(TenantSettings.of(TenantId.of("globex"))
                        .workflow(Workflows.helpdesk())
                        .numberFormat(TicketNumberFormat.of("GX", 6))
                        .zone(ZoneId.of("America/New_York"))
                        .build()))
                .build();

        Actor olaAtAcme = Actor.of("ola", Role.OPERATIONS).inTenant(TenantId.of("acme"));
        Actor olaAtGlobex = Actor.of("ola", Role.OPERATIONS).inTenant(TenantId.of("globex"));
        Ticket printer = desk.create(olaAtAcme, CreateTicket.titled("Printer jam").build());  // RE00000001
        Ticket vpn = desk.create(olaAtGlobex, CreateTicket.titled("VPN down").build());       // GX000001, helpdesk
        long acmeTickets = desk.count(olaAtAcme, TicketQuery.all());                          // 1
        Optional<Ticket> none = desk.find(olaAtGlobex, printer.number());                     // empty
        // --- end ---

        assertEquals("RE00000001", printer.number().value());
        assertEquals("GX000001", vpn.number().value());
        assertEquals(Workflows.helpdesk().ref(), vpn.workflow());
        assertEquals(1, acmeTickets);
        assertEquals(Optional.empty(), none);
    }
}
