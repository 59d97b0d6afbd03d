package io.github.tickets4j.core.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.IssuedGuestPass;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.NamedView;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.stats.ReportPeriod;
import io.github.tickets4j.core.support.MutableClock;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Issue 13's promise, over random chains of actions by staff, customers' users and guests on every preset
 * workflow: a customer or guest is never shown a ticket hidden from customers, an internal timeline entry, an
 * internal field or another customer's ticket, in any read, count or event routed to them; what they may not see
 * is answered exactly like a ticket that does not exist; and what they may see, they do see.
 */
class PortalBoundaryPropertiesTest {
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final ProjectId P100 = ProjectId.of("P-100");
    private static final ProjectId P200 = ProjectId.of("P-200");
    private static final CustomerId C7 = CustomerId.of("C-7");
    private static final CustomerId C8 = CustomerId.of("C-8");
    private static final Actor ADA = Actor.of("ada", Role.ADMIN);
    private static final Actor COR = Actor.of("cor", Role.COORDINATOR);
    private static final Actor ANNA = Actor.customer("anna", C7);
    private static final Actor BEN = Actor.customer("ben", C8);
    /** A customer's user the host gave a staff role: the desk confines them all the same. */
    private static final Actor BOSS = Actor.customer("boss", C8, Role.OPERATIONS);
    private static final List<Actor> CUSTOMERS = List.of(ANNA, BEN, BOSS);

    /** What a step does; {@code ticket} and {@code pass} pick among what exists by index. */
    enum Kind {
        STAFF_CREATES, CUSTOMER_CREATES, INTERNAL_NOTE, PUBLIC_REPLY, CUSTOMER_REPLIES, HIDE, SHOW, STAFF_CLOSES,
        CUSTOMER_CLOSES, CUSTOMER_REOPENS, CUSTOMER_RATES, RELINK, ISSUE_PASS, GUEST_REPLIES, GUEST_RATES,
        REVOKE_PASS, TAG
    }

    record Step(Kind kind, int ticket, int who, int pass, boolean flag) {
    }

    /** A pass issued during the chain, with the guest its token let in at the time. */
    record Guest(Ticket ticket, IssuedGuestPass issued, Actor actor) {
    }

    @Property(tries = 120)
    void customersAndGuestsSeeExactlyTheirOwnPublicSide(@ForAll("workflows") Workflow workflow,
            @ForAll("chains") List<Step> chain) {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZONE);
        RecordingPublisher events = new RecordingPublisher();
        InMemoryDirectory directory = new InMemoryDirectory().project(P100, C7, ADA.id()).project(P200, C8)
                .coordinator(COR.id(), C7).user(ADA, COR);
        TicketDesk desk = TicketDesk.builder().workflow(workflow).storage(new InMemoryStorage()).directory(directory)
                .clock(clock).zone(ZONE).events(events).validator(VALIDATOR).build();
        List<Ticket> tickets = new ArrayList<>();
        List<Guest> guests = new ArrayList<>();
        for (Step step : chain) {
            clock.advance(Duration.ofMinutes(7));
            Map<TicketNumber, Ticket> before = states(desk, tickets);
            int published = events.count();
            boolean done = attempt(() -> act(desk, workflow, step, tickets, guests));
            Statistics.label("step").collect(step.kind(), done ? "done" : "refused");
            List<TicketEvent> emitted = events.events().subList(published, events.count());
            publicEventsConcernTheirCustomersOpenTickets(emitted, before, states(desk, tickets));
        }
        for (Actor customer : CUSTOMERS) {
            sees(desk, customer, tickets, t -> t.customer().equals(customerOf(customer)));
        }
        for (Guest g : guests) {
            boolean valid = desk.guest(TenantId.DEFAULT, g.issued().token()).isPresent();
            Statistics.label("guest pass").collect(valid ? "valid" : "revoked");
            sees(desk, g.actor(), tickets, t -> valid && t.id().equals(g.ticket().id()));
        }
    }

    /** Runs one step; a refusal by the desk is part of the chain, anything else is a failure. */
    private static void act(TicketDesk desk, Workflow workflow, Step s, List<Ticket> tickets, List<Guest> guests) {
        Actor customer = CUSTOMERS.get(s.who() % CUSTOMERS.size());
        if (s.kind() == Kind.STAFF_CREATES) {
            CreateTicket.Builder b = required(workflow, CreateTicket.titled("Staff ticket " + tickets.size()))
                    .hiddenFromCustomer(s.flag());
            b.project(s.who() % 2 == 0 ? P100 : P200);
            tickets.add(desk.create(ADA, b.build()));
            return;
        }
        if (s.kind() == Kind.CUSTOMER_CREATES) {
            tickets.add(desk.create(customer, required(workflow, CreateTicket.titled("Portal ticket")).build()));
            return;
        }
        if (tickets.isEmpty()) {
            return;
        }
        Ticket t = tickets.get(s.ticket() % tickets.size());
        Optional<Guest> guest = guests.isEmpty() ? Optional.empty()
                : Optional.of(guests.get(s.pass() % guests.size()));
        switch (s.kind()) {
            case INTERNAL_NOTE -> desk.execute(ADA, t.number(), new AddFollowUp("Internal: check the invoice"));
            case PUBLIC_REPLY -> desk.execute(ADA, t.number(), AddFollowUp.reply("We are on it"));
            case CUSTOMER_REPLIES -> desk.execute(customer, t.number(), AddFollowUp.reply("Any news?"));
            case HIDE -> desk.execute(ADA, t.number(), new TicketCommand.SetHiddenFromCustomer(true));
            case SHOW -> desk.execute(ADA, t.number(), new TicketCommand.SetHiddenFromCustomer(false));
            case STAFF_CLOSES -> desk.execute(ADA, t.number(), new TicketCommand.Close(Optional.of("Fixed")));
            case CUSTOMER_CLOSES -> desk.execute(customer, t.number(), new TicketCommand.Close(Optional.of("Ok")));
            case CUSTOMER_REOPENS -> desk.execute(customer, t.number(),
                    new TicketCommand.Reopen(Optional.of("Not fixed")));
            case CUSTOMER_RATES -> desk.execute(customer, t.number(), new TicketCommand.Rate(4, Optional.empty()));
            case RELINK -> desk.execute(ADA, t.number(), new TicketCommand.LinkCustomer(s.flag() ? C7 : C8,
                    Optional.empty(), Optional.empty()));
            case TAG -> desk.execute(ADA, t.number(), new TicketCommand.AddTag("vip"));
            case ISSUE_PASS -> {
                IssuedGuestPass issued = desk.issueGuestPass(ADA, t.number(), Optional.empty());
                guests.add(new Guest(t, issued, desk.guest(TenantId.DEFAULT, issued.token()).orElseThrow()));
            }
            case GUEST_REPLIES -> guest.ifPresent(g -> desk.execute(g.actor(), g.ticket().number(), AddFollowUp.reply(
                    "Sent from my phone")));
            case GUEST_RATES -> guest.ifPresent(g -> desk.execute(g.actor(), g.ticket().number(),
                    new TicketCommand.Rate(2, Optional.of("Slow"))));
            case REVOKE_PASS -> guest.ifPresent(g -> desk.revokeGuestPass(ADA, g.ticket().number(),
                    g.issued().pass().id()));
            case STAFF_CREATES, CUSTOMER_CREATES -> throw new IllegalStateException("handled above");
        }
    }

    /**
     * Checks every read of one customer or guest against the tickets they should see: finds, search, count,
     * dashboard, report, stage counts and history.
     */
    private static void sees(TicketDesk desk, Actor viewer, List<Ticket> tickets,
            java.util.function.Predicate<Ticket> theirs) {
        Set<TicketNumber> expected = new HashSet<>();
        TicketNumber missing = desk.number("RE00009999");
        String missingAnswer = refusal(() -> desk.history(viewer, missing, HistoryQuery.newest(50)));
        String missingReply = refusal(() -> desk.execute(viewer, missing, AddFollowUp.reply("Hello?")));
        for (Ticket t : tickets) {
            Optional<Ticket> staffView = desk.find(ADA, t.number());
            if (staffView.isEmpty()) {
                continue;
            }
            Ticket now = staffView.get();
            boolean visible = theirs.test(now) && !now.hiddenFromCustomer();
            Optional<Ticket> found = desk.find(viewer, t.number());
            assertEquals(visible, found.isPresent(), () -> viewer.id() + " on " + now);
            if (visible) {
                expected.add(t.number());
                Ticket shown = found.get();
                assertTrue(shown.team().isEmpty() && shown.tags().isEmpty() && shown.followUpDate().isEmpty(),
                        () -> "internal fields shown to " + viewer.id() + ": " + shown);
                List<TimelineEntry> entries = desk.history(viewer, t.number(), HistoryQuery.newest(500)).entries();
                assertTrue(entries.stream().allMatch(e -> e.audience() == Audience.PUBLIC),
                        () -> "internal entry shown to " + viewer.id());
                Statistics.label("visible history").collect(entries.isEmpty() ? "empty" : "entries");
            } else {
                String answer = refusal(() -> desk.history(viewer, t.number(), HistoryQuery.newest(50)));
                assertEquals(missingAnswer.replace(missing.value(), "#"), answer.replace(t.number().value(), "#"),
                        "a ticket kept from " + viewer.id() + " is read unlike a missing one");
                String reply = refusal(() -> desk.execute(viewer, t.number(), AddFollowUp.reply("Hello?")));
                assertEquals(missingReply.replace(missing.value(), "#"), reply.replace(t.number().value(), "#"),
                        "a ticket kept from " + viewer.id() + " is answered unlike a missing one");
            }
        }
        Statistics.label("visible to " + (viewer.isStaff() ? "staff" : "portal")).collect(expected.size());
        List<TicketSummary> listed = desk.search(viewer, TicketQuery.all(), Sort.NEWEST_FIRST,
                PageRequest.first(PageRequest.MAX_SIZE)).items();
        assertEquals(expected, Set.copyOf(listed.stream().map(TicketSummary::number).toList()));
        assertTrue(listed.stream().allMatch(s -> s.team().isEmpty() && s.tags().isEmpty()));
        assertEquals(expected.size(), desk.count(viewer, TicketQuery.all()));
        assertEquals(expected.size(), desk.dashboard(viewer, DashboardFilter.cleared(), Sort.NEWEST_FIRST,
                PageRequest.first(10)).total());
        assertEquals(expected.size(), desk.stageCounts(viewer, NamedView.ALL).all());
        LocalDate today = desk.today(viewer);
        long rated = expected.stream().map(n -> desk.find(ADA, n).orElseThrow()).filter(t -> t.rating().isPresent())
                .count();
        assertEquals(rated, desk.report(viewer, ReportPeriod.of(today.minusDays(30), today)).satisfaction()
                .overall().count());
    }

    /**
     * A host routes a public event to the occurrence's customer: such an event must concern a ticket of that
     * customer that was not hidden from them, before the step and after it.
     */
    private static void publicEventsConcernTheirCustomersOpenTickets(List<TicketEvent> emitted,
            Map<TicketNumber, Ticket> before, Map<TicketNumber, Ticket> after) {
        for (TicketEvent e : emitted) {
            if (e.audience() != Audience.PUBLIC) {
                continue;
            }
            TicketNumber n = e.occurrence().number();
            for (Map<TicketNumber, Ticket> state : List.of(before, after)) {
                Ticket t = state.get(n);
                if (t != null) {
                    assertTrue(!t.hiddenFromCustomer() && t.customer().equals(e.occurrence().customer()),
                            () -> "public event " + e + " about " + t);
                }
            }
            Statistics.label("public events").collect(e.getClass().getSimpleName());
        }
    }

    private static Map<TicketNumber, Ticket> states(TicketDesk desk, List<Ticket> tickets) {
        Map<TicketNumber, Ticket> states = new HashMap<>();
        tickets.forEach(t -> desk.find(ADA, t.number()).ifPresent(s -> states.put(t.number(), s)));
        return states;
    }

    private static Optional<CustomerId> customerOf(Actor actor) {
        return Optional.of(((io.github.tickets4j.core.access.Affiliation.Customer) actor.affiliation()).customer());
    }

    private static CreateTicket.Builder required(Workflow w, CreateTicket.Builder b) {
        if (w.priorityRequired() && w.defaultPriority().isEmpty()) {
            b.priority(w.priorities().get(0));
        }
        if (w.categoryRequired()) {
            b.category(w.categories().isEmpty() ? "Billing" : w.categories().get(0));
        }
        return b;
    }

    private static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (TicketsException refused) {
            return false;
        }
    }

    private static String refusal(Supplier<?> read) {
        try {
            read.get();
            return "answered";
        } catch (TicketsException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Provide
    Arbitrary<Workflow> workflows() {
        return Arbitraries.of(Workflows.standard(), Workflows.crmSupport(), Workflows.ecommerce(),
                Workflows.helpdesk(), Workflows.ispBilling());
    }

    @Provide
    Arbitrary<List<Step>> chains() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 20),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 5), Arbitraries.of(true, false))
                .as(Step::new);
        return step.list().ofMinSize(3).ofMaxSize(30);
    }
}
