package io.github.tickets4j.core.desk;

import io.github.tickets4j.core.ticket.TenantId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.AccessDeniedException;
import io.github.tickets4j.core.RuleViolationException;
import io.github.tickets4j.core.TicketNotFoundException;
import io.github.tickets4j.core.TransitionNotAllowedException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.AddTag;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangePriority;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.PickUp;
import io.github.tickets4j.core.ticket.TicketCommand.RemoveTag;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketCommand.Unassign;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;

/**
 * Property (a): random chains of actions on every preset workflow, by actors holding random roles of the default
 * policy, never break an invariant of the desk: every successful command appends exactly one history entry,
 * numbered with the new version, and publishes one event; a refused one changes nothing at all.
 */
class DeskInvariantPropertiesTest {
    private static final List<Role> ROLES = List.of(Role.SALES, Role.OPERATIONS, Role.ADMIN, Role.FINANCE,
            Role.MANAGEMENT);
    /** sam and sid are assigned to projects P-100 and P-200; ola and ada to none. */
    private static final List<String> USERS = List.of("sam", "sid", "ola", "ada");
    private static final List<String> TAGS = List.of("billing", "Urgent", "vip");

    /** What a step of a chain does; the invalid kinds must always be refused by validation. */
    enum Kind {
        CREATE, FOLLOW_UP, FOLLOW_UP_DATED, FOLLOW_UP_IN_THE_PAST, BLANK_FOLLOW_UP, CHANGE_STATUS, CLOSE, REOPEN,
        ASSIGN, PICK_UP, UNASSIGN, TAG, UNTAG, CHANGE_PRIORITY, DELETE;

        boolean invalid() {
            return this == FOLLOW_UP_IN_THE_PAST || this == BLANK_FOLLOW_UP;
        }
    }

    /**
     * One step: what, by whom (index into the cast), on which ticket (index into the numbers issued so far,
     * deleted ones included) and a free choice (status, date offset, tag, priority, project).
     */
    record Step(Kind kind, int actor, int ticket, int choice) {
    }

    @Property(tries = 200)
    void randomActionChainsNeverBreakAnInvariant(@ForAll("workflows") Workflow workflow,
            @ForAll("casts") List<Set<Role>> cast, @ForAll("chains") List<Step> chain) {
        Chain run = new Chain(TestDesk.with(workflow), cast);
        chain.forEach(run::perform);
    }

    @Provide
    Arbitrary<Workflow> workflows() {
        return Arbitraries.of(Workflows.standard(), Workflows.crmSupport(), Workflows.ecommerce(),
                Workflows.helpdesk(), Workflows.ispBilling());
    }

    @Provide
    Arbitrary<List<Set<Role>>> casts() {
        return Arbitraries.subsetOf(ROLES).list().ofSize(USERS.size());
    }

    @Provide
    Arbitrary<List<Step>> chains() {
        List<Tuple.Tuple2<Integer, Kind>> weights = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            // Creations and moves are weighted up so chains reach closed and reopened tickets often.
            int weight = switch (kind) {
                case CREATE, CHANGE_STATUS -> 3;
                case CLOSE, REOPEN -> 2;
                default -> 1;
            };
            weights.add(Tuple.of(weight, kind));
        }
        @SuppressWarnings("unchecked")
        Arbitrary<Kind> kinds = Arbitraries.frequency(weights.toArray(Tuple.Tuple2[]::new));
        return Combinators.combine(kinds, Arbitraries.integers().between(0, USERS.size() - 1),
                Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 40))
                .as(Step::new).list().ofMinSize(5).ofMaxSize(30);
    }

    /** Runs the steps of one chain against one desk, checking the invariants after each. */
    private static final class Chain {
        private final TestDesk t;
        private final List<Actor> actors = new ArrayList<>();
        private final List<TicketNumber> issued = new ArrayList<>();

        Chain(TestDesk t, List<Set<Role>> cast) {
            this.t = t;
            for (int i = 0; i < USERS.size(); i++) {
                actors.add(new Actor(UserId.of(USERS.get(i)), cast.get(i)));
            }
        }

        void perform(Step step) {
            t.tick();
            Actor actor = actors.get(step.actor());
            boolean create = step.kind() == Kind.CREATE || issued.isEmpty();
            boolean invalid = !create && step.kind().invalid();
            TicketNumber number = create ? null : issued.get(step.ticket() % issued.size());
            TestDesk.Snapshot before = t.snapshot();
            try {
                if (create) {
                    Ticket created = t.desk.create(actor, creation(step));
                    assertCreated(before, created);
                } else if (step.kind() == Kind.DELETE) {
                    t.desk.delete(actor, number);
                    assertDeleted(before, number);
                } else {
                    Ticket after = t.desk.execute(actor, number, command(step, actor));
                    assertChanged(before, before.tickets().get(number), after, actor, step);
                }
                assertTrue(!invalid, "invalid input was accepted: " + step);
                Statistics.collect("done");
                Statistics.label("kinds").collect(create ? Kind.CREATE : step.kind());
            } catch (ValidationFailedException | AccessDeniedException | TransitionNotAllowedException
                    | RuleViolationException | TicketNotFoundException refused) {
                assertTrue(!invalid || refused instanceof ValidationFailedException,
                        "invalid input was refused for another reason: " + refused);
                assertEquals(before, t.snapshot(), "refused " + step + " changed something: " + refused);
                Statistics.collect(refused.getClass().getSimpleName());
            }
            assertClosedStampsMatchStatus();
        }

        private CreateTicket creation(Step step) {
            Workflow w = t.desk.workflow();
            CreateTicket.Builder b = CreateTicket.titled("Ticket " + (issued.size() + 1))
                    .project(List.of(TestDesk.P100, TestDesk.P200).get(step.choice() % 2));
            if (!w.priorities().isEmpty()) {
                b.priority(w.priorities().get(step.choice() % w.priorities().size()));
            }
            if (w.categoryRequired()) {
                b.category(w.categories().isEmpty() ? "Billing" : w.categories().get(0));
            }
            return b.build();
        }

        private TicketCommand command(Step step, Actor actor) {
            Workflow w = t.desk.workflow();
            int c = step.choice();
            return switch (step.kind()) {
                case FOLLOW_UP -> new AddFollowUp("Note by " + actor.id());
                case FOLLOW_UP_DATED -> new AddFollowUp("Call back", t.today().plusDays(c % 10));
                case FOLLOW_UP_IN_THE_PAST -> new AddFollowUp("Call back", t.today().minusDays(1 + c));
                case BLANK_FOLLOW_UP -> new AddFollowUp(" \t ");
                case CHANGE_STATUS -> new ChangeStatus(w.statuses().get(c % w.statuses().size()).name(), reason(c));
                case CLOSE -> new Close(reason(c));
                case REOPEN -> new Reopen(reason(c));
                case ASSIGN -> new Assign(actors.get(c % actors.size()).id());
                case PICK_UP -> new PickUp();
                case UNASSIGN -> new Unassign();
                case TAG -> new AddTag(TAGS.get(c % TAGS.size()));
                case UNTAG -> new RemoveTag(TAGS.get(c % TAGS.size()));
                case CHANGE_PRIORITY -> new ChangePriority(w.priorities().isEmpty() ? "HIGH"
                        : w.priorities().get(c % w.priorities().size()));
                case CREATE, DELETE -> throw new IllegalArgumentException(step.toString());
            };
        }

        /** Some transitions require a reason: give one every other time. */
        private static String reason(int choice) {
            return choice % 2 == 0 ? "Reason " + choice : null;
        }

        private void assertCreated(TestDesk.Snapshot before, Ticket created) {
            long expected = issued.isEmpty() ? 1 : issued.get(issued.size() - 1).sequence() + 1;
            assertEquals(expected, created.number().sequence(), "numbers are issued in order, without gaps");
            issued.add(created.number());
            List<TimelineEntry> history = t.history(created);
            assertEquals(1, history.size(), "a creation writes exactly one entry");
            assertEquals(0, history.get(0).sequence());
            assertEquals(0, created.version());
            assertEquals(t.desk.workflow().initial(), created.status());
            assertEquals(t.desk.workflow().ref(), created.workflow());
            assertOnlyChange(before, created.number(), Optional.of(created));
            assertEquals(history.get(0),
                    assertInstanceOf(TicketEvent.Created.class, t.events.last()).timelineEntry());
        }

        private void assertDeleted(TestDesk.Snapshot before, TicketNumber number) {
            Ticket deleted = before.tickets().get(number);
            assertOnlyChange(before, number, Optional.empty());
            assertEquals(List.of(), t.store.history(TenantId.DEFAULT, deleted.id(), HistoryQuery.newest(1)), "the history went too");
            assertEquals(number, assertInstanceOf(TicketEvent.Deleted.class, t.events.last()).occurrence().number());
        }

        private void assertChanged(TestDesk.Snapshot before, Ticket old, Ticket after, Actor actor, Step step) {
            TimelineAction action = expectedAction(step.kind(), old, after);
            t.assertOneStep(old, before.histories().get(old.number()), after, before.events(), actor, action,
                    eventWriting(action));
            assertOnlyChange(before, after.number(), Optional.of(after));
            if (step.kind() == Kind.FOLLOW_UP || step.kind() == Kind.FOLLOW_UP_DATED) {
                assertTrue(!old.status().isClosed() || actor.has(Role.ADMIN),
                        "a follow-up landed on a closed ticket from " + actor);
            }
        }

        /**
         * Checks the step changed one ticket only (to {@code now}, or away when empty), left every other ticket's
         * history as it was, and published one event.
         */
        private void assertOnlyChange(TestDesk.Snapshot before, TicketNumber number, Optional<Ticket> now) {
            Map<TicketNumber, Ticket> expected = new HashMap<>(before.tickets());
            Map<TicketNumber, List<TimelineEntry>> histories = new HashMap<>(before.histories());
            now.ifPresentOrElse(ticket -> {
                expected.put(number, ticket);
                histories.put(number, t.history(ticket));
            }, () -> {
                expected.remove(number);
                histories.remove(number);
            });
            assertEquals(new TestDesk.Snapshot(expected, histories, before.events() + 1), t.snapshot());
        }

        /** The history action a successful step must write, worked out from the states before and after. */
        private TimelineAction expectedAction(Kind kind, Ticket old, Ticket after) {
            List<String> priorities = t.desk.workflow().priorities();
            return switch (kind) {
                case FOLLOW_UP, FOLLOW_UP_DATED -> TimelineAction.FOLLOW_UP_ADDED;
                case CHANGE_STATUS, CLOSE, REOPEN -> old.status().isClosed() == after.status().isClosed()
                        ? TimelineAction.STATUS_CHANGED
                        : after.status().isClosed() ? TimelineAction.CLOSED : TimelineAction.REOPENED;
                case ASSIGN -> TimelineAction.ASSIGNED;
                case PICK_UP -> TimelineAction.PICKED_UP;
                case UNASSIGN -> TimelineAction.UNASSIGNED;
                case TAG -> TimelineAction.TAGGED;
                case UNTAG -> TimelineAction.UNTAGGED;
                case CHANGE_PRIORITY -> priorities.indexOf(after.priority().orElseThrow())
                        > old.priority().map(priorities::indexOf).orElse(-1)
                        ? TimelineAction.ESCALATED : TimelineAction.PRIORITY_CHANGED;
                case CREATE, DELETE, FOLLOW_UP_IN_THE_PAST, BLANK_FOLLOW_UP ->
                        throw new AssertionError(kind + " cannot change a ticket");
            };
        }

        /** Each action is written by one event type, so a listener can tell escalations and pick-ups by type. */
        private static Class<? extends TicketEvent> eventWriting(TimelineAction action) {
            return switch (action) {
                case FOLLOW_UP_ADDED -> TicketEvent.FollowUpAdded.class;
                case STATUS_CHANGED -> TicketEvent.StatusChanged.class;
                case CLOSED -> TicketEvent.Closed.class;
                case REOPENED -> TicketEvent.Reopened.class;
                case ASSIGNED -> TicketEvent.Assigned.class;
                case PICKED_UP -> TicketEvent.PickedUp.class;
                case UNASSIGNED -> TicketEvent.Unassigned.class;
                case TAGGED -> TicketEvent.Tagged.class;
                case UNTAGGED -> TicketEvent.Untagged.class;
                case PRIORITY_CHANGED -> TicketEvent.PriorityChanged.class;
                case ESCALATED -> TicketEvent.Escalated.class;
                default -> throw new AssertionError(action + " is not written by these steps");
            };
        }

        private void assertClosedStampsMatchStatus() {
            for (Ticket ticket : t.tickets().values()) {
                boolean closed = ticket.status().isClosed();
                assertEquals(closed, ticket.closedAt().isPresent(), ticket + " closed at");
                assertEquals(closed, ticket.closedBy().isPresent(), ticket + " closed by");
            }
        }
    }
}
