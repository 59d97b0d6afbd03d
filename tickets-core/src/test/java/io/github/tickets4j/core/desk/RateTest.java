package io.github.tickets4j.core.desk;

import static io.github.tickets4j.core.desk.TestDesk.ADA;
import static io.github.tickets4j.core.desk.TestDesk.OLA;
import static io.github.tickets4j.core.desk.TestDesk.SAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.RuleViolationException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.access.PermissionScope;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Rating;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.Rate;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.workflow.Workflows;
import io.github.tickets4j.core.workflow.Workflows.Ecommerce;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Rating a resolution through the desk (seed 001's customer satisfaction), here by staff the standard matrix grants
 * {@link Permission#RATE} (Admin): only a resolved or closed ticket, once per resolution; a reopening clears the
 * rating so the next resolution can be rated. A rating publishes {@link TicketEvent.Rated} and writes a public entry.
 */
class RateTest {
    private final TestDesk t = TestDesk.with(Workflows.ecommerce());

    @Test
    void theStandardMatrixGrantsRateToAdminCustomersAndGuestsOnly() {
        RoleMatrix standard = RoleMatrix.standard();
        for (Role role : List.of(Role.SALES, Role.OPERATIONS, Role.FINANCE, Role.MANAGEMENT, Role.COORDINATOR)) {
            assertEquals(Optional.empty(), Optional.ofNullable(standard.grantsOf(role).get(Permission.RATE)),
                    role.name());
        }
        assertEquals(PermissionScope.ALL, standard.grantsOf(Role.ADMIN).get(Permission.RATE));
        assertEquals(PermissionScope.OWN_CUSTOMER, standard.grantsOf(Role.CUSTOMER).get(Permission.RATE));
        assertEquals(PermissionScope.GUEST_TICKET, standard.grantsOf(Role.GUEST).get(Permission.RATE));
    }

    @Test
    void aResolvedTicketIsRatedOnceWithOneStepAPublicEntryAndARatedEvent() {
        Ticket resolved = resolved("Parcel lost");
        t.tick();
        List<TimelineEntry> history = t.history(resolved);
        int events = t.events.count();

        Ticket rated = t.run(ADA, resolved, new Rate(4, Optional.of("Quick refund")));

        TicketEvent.Rated event = t.assertOneStep(resolved, history, rated, events, ADA, TimelineAction.RATED,
                TicketEvent.Rated.class);
        assertEquals(4, event.score());
        assertEquals(Optional.of("Quick refund"), event.comment());
        assertEquals(Audience.PUBLIC, t.newest(rated).audience());
        assertEquals(Audience.PUBLIC, event.audience());
        assertEquals(Optional.of("4"), t.newest(rated).to());
        assertEquals(Optional.of(new Rating(4, Optional.of("Quick refund"), t.now(), ADA.id())), rated.rating());
        assertEquals(resolved.status(), rated.status(), "a rating moves nothing");
    }

    @Test
    void aClosedTicketIsRatedToo() {
        Ticket ticket = t.open("Closed unresolved");
        Ticket closed = t.run(ADA, ticket, new Close("Done"));
        Ticket rated = t.run(ADA, closed, new Rate(2));
        assertEquals(2, rated.rating().orElseThrow().score());
        assertEquals(closed.closedAt(), rated.closedAt());
    }

    @Test
    void anOpenOrActiveTicketCannotBeRatedAndTheRefusalChangesNothing() {
        Ticket ticket = t.open("Not yet");
        t.assertRefused(RuleViolationException.class, () -> t.run(ADA, ticket, new Rate(5)));
        Ticket active = t.run(ADA, ticket, new ChangeStatus(Ecommerce.IN_PROGRESS));
        RuleViolationException refused = t.assertRefused(RuleViolationException.class,
                () -> t.run(ADA, active, new Rate(5)));
        assertTrue(refused.getMessage().contains("only a resolved or closed ticket can be rated"),
                refused.getMessage());
    }

    @Test
    void aSecondRatingOfTheSameResolutionIsRefusedAndChangesNothing() {
        Ticket rated = t.run(ADA, resolved("Twice"), new Rate(3));
        RuleViolationException refused = t.assertRefused(RuleViolationException.class,
                () -> t.run(ADA, rated, new Rate(5, Optional.of("Changed my mind"))));
        assertTrue(refused.getMessage().contains("rated already"), refused.getMessage());
        assertEquals(3, t.stored(rated).rating().orElseThrow().score());
        // Closing a rated resolution keeps its rating: it is still the same resolution.
        Ticket closed = t.run(ADA, rated, new Close());
        assertEquals(rated.rating(), closed.rating());
        t.assertRefused(RuleViolationException.class, () -> t.run(ADA, closed, new Rate(1)));
    }

    @Test
    void aReopeningClearsTheRatingAndTheNextResolutionIsRatedAnew() {
        Ticket rated = t.run(ADA, resolved("Back again"), new Rate(5));
        Ticket reopened = t.run(ADA, rated, new ChangeStatus(Ecommerce.OPEN, "Broke again"));
        assertEquals(Optional.empty(), reopened.rating());
        t.assertRefused(RuleViolationException.class, () -> t.run(ADA, reopened, new Rate(1)));

        Ticket closed = t.run(ADA, reopened, new Close("Replaced"));
        t.tick();
        Ticket again = t.run(ADA, closed, new Rate(1, Optional.of("Took two tries")));
        assertEquals(1, again.rating().orElseThrow().score());
        assertEquals(t.now(), again.rating().orElseThrow().at());

        Ticket reopenedFromClosed = t.run(ADA, again, new Reopen(Optional.of("Still broken")));
        assertEquals(Optional.empty(), reopenedFromClosed.rating());
        List<TimelineEntry> ratings = t.history(reopenedFromClosed).stream()
                .filter(e -> e.action() == TimelineAction.RATED).toList();
        assertEquals(List.of(Optional.of("1"), Optional.of("5")), ratings.stream().map(TimelineEntry::to).toList(),
                "the earlier ratings stay in the history");
    }

    @Test
    void staffWithoutTheRatePermissionAreRefusedAndNothingChanges() {
        Ticket resolved = resolved("Not theirs to rate");
        AccessDeniedException denied = t.assertRefused(AccessDeniedException.class,
                () -> t.run(OLA, resolved, new Rate(5)));
        assertTrue(denied.getMessage().contains("rate"), denied.getMessage());
        t.assertRefused(AccessDeniedException.class, () -> t.run(SAM, resolved, new Rate(5)));
    }

    @Test
    void aScoreOutsideOneToFiveIsRefusedAsInputNamingTheScore() {
        Ticket resolved = resolved("Out of range");
        for (int score : new int[] {0, 6, -1}) {
            ValidationFailedException invalid = t.assertRefused(ValidationFailedException.class,
                    () -> t.run(ADA, resolved, new Rate(score)));
            assertEquals(List.of("score"), invalid.violations().stream().map(Violation::field).toList());
        }
    }

    @Test
    void ratingAClosedTicketNeedsTheRatePermissionButNotTheRightToChangeClosedTickets() {
        Role rater = Role.of("RATER");
        Actor rita = Actor.of("rita", rater);
        RoleMatrix policy = RoleMatrix.standard().toBuilder()
                .grant(rater, PermissionScope.ALL, Permission.VIEW, Permission.RATE).build();
        RecordingPublisher events = new RecordingPublisher();
        TicketDesk desk = TicketDesk.builder().inMemory().workflow(Workflows.ecommerce()).policy(policy)
                .directory(new InMemoryDirectory().user(ADA, rita)).zone(ZoneOffset.UTC).events(events).build();
        Ticket ticket = desk.create(ADA, CreateTicket.titled("Closed").priority(Ecommerce.LOW).category("Billing")
                .build());
        desk.execute(ADA, ticket.number(), new Close());

        Ticket rated = desk.execute(rita, ticket.number(), new Rate(5));

        assertEquals(5, rated.rating().orElseThrow().score());
        assertEquals(rita.id(), rated.rating().orElseThrow().by());
        assertEquals(TicketEvent.Rated.class, events.last().getClass());
    }

    /** A ticket taken through the ecommerce workflow to RESOLVED by Admin. */
    private Ticket resolved(String title) {
        Ticket ticket = t.open(title);
        t.run(ADA, ticket, new ChangeStatus(Ecommerce.IN_PROGRESS));
        t.clock.advance(Duration.ofHours(1));
        return t.run(ADA, ticket, new ChangeStatus(Ecommerce.RESOLVED));
    }
}
