package io.github.tickets4j.core.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What happened to a ticket, in the past tense. Every successful command produces exactly one event; the desk
 * publishes it through the event publisher port and the ticket's history records its {@link #timelineEntry()}. The
 * event's type says what happened as the entry's {@link TimelineAction} does, one type per action (see there), so a
 * listener tells an escalation, a pick-up or a reopening by its type.
 * An event carries the visibility of its entry, so a host can route internal events away from customers.
 */
public sealed interface TicketEvent {

    /** @return who, when, and which ticket; never null */
    Occurrence occurrence();

    /**
     * The timeline entry this event writes.
     *
     * @return the entry, never null
     */
    TimelineEntry timelineEntry();

    /**
     * Who may be told of this event: public events (creation, status changes, public follow-ups, ratings) may reach
     * the ticket's customer ({@link Occurrence#customer()}) and its guests; internal ones (internal notes,
     * assignments, priorities and other housekeeping) stay with staff. Every event about a ticket hidden from its
     * customer is internal, whatever it records, so routing public events to customers never reveals a hidden
     * ticket. The timeline entry keeps its own audience: a ticket shown again shows its public history.
     *
     * @return {@link Audience#INTERNAL} for a hidden ticket, else the audience of the event's timeline entry; never
     *     null
     */
    default Audience audience() {
        return occurrence().hiddenFromCustomer() ? Audience.INTERNAL : timelineEntry().audience();
    }

    /**
     * Hands this event to the visitor's method for its type, so a host that routes or renders events is told by the
     * compiler when a new type of event appears, rather than missing it in a chain of {@code instanceof} checks.
     *
     * @param visitor the visitor, never null
     * @param <R> what the visitor makes of an event
     * @return what the visitor made of this event
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per type of event; see {@link #accept(Visitor)}.
     *
     * @param <R> what the visitor makes of an event
     */
    interface Visitor<R> {
        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R created(Created event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R followUpAdded(FollowUpAdded event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R statusChanged(StatusChanged event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R closed(Closed event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R reopened(Reopened event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R assigned(Assigned event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R pickedUp(PickedUp event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R unassigned(Unassigned event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R priorityChanged(PriorityChanged event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R escalated(Escalated event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R dueDateChanged(DueDateChanged event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R followUpDateChanged(FollowUpDateChanged event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R tagged(Tagged event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R untagged(Untagged event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R customerLinked(CustomerLinked event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R teamChanged(TeamChanged event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R categoryChanged(CategoryChanged event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R hiddenFromCustomer(HiddenFromCustomer event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R shownToCustomer(ShownToCustomer event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R deleted(Deleted event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R rated(Rated event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R guestPassIssued(GuestPassIssued event);

        /**
         * @param event the event, never null
         * @return what the visitor makes of it
         */
        R guestPassRevoked(GuestPassRevoked event);
    }

    /**
     * The facts every event carries.
     *
     * @param id the event's identity, also its timeline entry's; never null
     * @param tenant the ticket's tenant, so a host routes the event to that tenant's people only; never null
     * @param ticketId the ticket, never null
     * @param number the ticket's number, never null
     * @param version the ticket version the event produced (0 for the creation); orders a ticket's events and
     *     numbers its timeline entry
     * @param at when it happened, never null
     * @param actor who did it, never null
     * @param customer the ticket's customer when the event happened (as created, for a creation), to route public
     *     events to; a change of customer is itself an internal event. Never null, may be empty
     * @param hiddenFromCustomer whether the ticket was hidden from its customer when the event happened, which
     *     makes the event internal; hiding and showing are themselves internal events
     */
    record Occurrence(UUID id, TenantId tenant, TicketId ticketId, TicketNumber number, long version, Instant at,
            UserId actor, Optional<CustomerId> customer, boolean hiddenFromCustomer) {
        /**
         * Checks the parts.
         *
         * @param id the event's identity, also its timeline entry's; never null
         * @param tenant the ticket's tenant, so a host routes the event to that tenant's people only; never null
         * @param ticketId the ticket, never null
         * @param number the ticket's number, never null
         * @param version the ticket version the event produced (0 for the creation); orders a ticket's events and
         *     numbers its timeline entry
         * @param at when it happened, never null
         * @param actor who did it, never null
         * @param customer the ticket's customer when the event happened; never null, may be empty
         * @param hiddenFromCustomer whether the ticket was hidden from its customer when the event happened
         * @throws NullPointerException if a part is null
         * @throws IllegalArgumentException if the version is negative
         */
        public Occurrence {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(ticketId, "ticketId");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(customer, "customer");
            if (version < 0) {
                throw new IllegalArgumentException("version " + version + " is negative");
            }
        }

        /** An entry staff only see. */
        TimelineEntry entry(TimelineAction action, Optional<String> from, Optional<String> to,
                Optional<String> detail) {
            return entry(action, from, to, detail, Audience.INTERNAL);
        }

        TimelineEntry entry(TimelineAction action, Optional<String> from, Optional<String> to, Optional<String> detail,
                Audience audience) {
            return new TimelineEntry(id, version, at, actor, action, from, to, detail, audience);
        }
    }

    /**
     * The ticket was created.
     *
     * @param occurrence who, when, which
     * @param status the initial status
     * @param project the project it was created from, may be empty
     * @param customer the customer it belongs to, may be empty
     */
    record Created(Occurrence occurrence, String status, Optional<ProjectId> project, Optional<CustomerId> customer)
            implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.created(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.CREATED, Optional.empty(), Optional.of(status), Optional.empty(),
                    Audience.PUBLIC);
        }
    }

    /**
     * A follow-up was added.
     *
     * @param occurrence who, when, which
     * @param followUp the follow-up
     */
    record FollowUpAdded(Occurrence occurrence, FollowUp followUp) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.followUpAdded(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.FOLLOW_UP_ADDED, Optional.empty(),
                    followUp.followUpDate().map(LocalDate::toString), Optional.of(followUp.note()),
                    followUp.audience());
        }
    }

    /**
     * The status changed without entering or leaving the closed category.
     *
     * @param occurrence who, when, which
     * @param from the status left
     * @param to the status entered
     * @param transition the transition's name
     * @param reason the reason given, may be empty
     */
    record StatusChanged(Occurrence occurrence, String from, String to, String transition, Optional<String> reason)
            implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.statusChanged(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.STATUS_CHANGED, Optional.of(from), Optional.of(to), reason,
                    Audience.PUBLIC);
        }
    }

    /**
     * The ticket was closed.
     *
     * @param occurrence who, when, which
     * @param from the status left
     * @param to the closed status entered
     * @param note the resolution note or reason, may be empty
     */
    record Closed(Occurrence occurrence, String from, String to, Optional<String> note) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.closed(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.CLOSED, Optional.of(from), Optional.of(to), note, Audience.PUBLIC);
        }
    }

    /**
     * The ticket was reopened.
     *
     * @param occurrence who, when, which
     * @param from the closed status left
     * @param to the status entered
     * @param reason the reason given, may be empty
     */
    record Reopened(Occurrence occurrence, String from, String to, Optional<String> reason) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reopened(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.REOPENED, Optional.of(from), Optional.of(to), reason, Audience.PUBLIC);
        }
    }

    /**
     * Someone assigned or reassigned the ticket.
     *
     * @param occurrence who, when, which
     * @param previous the assignee before, may be empty
     * @param assignee the new assignee
     * @param reason the reason given, may be empty
     */
    record Assigned(Occurrence occurrence, Optional<UserId> previous, UserId assignee, Optional<String> reason)
            implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.assigned(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.ASSIGNED, previous.map(UserId::value),
                    Optional.of(assignee.value()), reason);
        }
    }

    /**
     * The actor took the ticket themselves (seed 003).
     *
     * @param occurrence who (the new assignee), when, which
     * @param previous the assignee before, may be empty
     */
    record PickedUp(Occurrence occurrence, Optional<UserId> previous) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.pickedUp(this);
        }

        /** @return who holds the ticket now: the actor, never null */
        public UserId assignee() {
            return occurrence.actor();
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.PICKED_UP, previous.map(UserId::value),
                    Optional.of(assignee().value()), Optional.empty());
        }
    }

    /**
     * The assignee was removed.
     *
     * @param occurrence who, when, which
     * @param previous the assignee removed
     * @param reason the reason given, may be empty
     */
    record Unassigned(Occurrence occurrence, UserId previous, Optional<String> reason) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.unassigned(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.UNASSIGNED, Optional.of(previous.value()), Optional.empty(), reason);
        }
    }

    /**
     * The priority was lowered, or set to one of the same rank; a raise is {@link Escalated}.
     *
     * @param occurrence who, when, which
     * @param from the priority before, may be empty
     * @param to the new priority
     * @param reason the reason given, may be empty
     */
    record PriorityChanged(Occurrence occurrence, Optional<String> from, String to, Optional<String> reason)
            implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.priorityChanged(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.PRIORITY_CHANGED, from, Optional.of(to), reason);
        }
    }

    /**
     * The priority was raised: set above the one before in the workflow's order, or set where there was none.
     *
     * @param occurrence who, when, which
     * @param from the priority before, may be empty
     * @param to the new, higher priority
     * @param reason the reason given, may be empty
     */
    record Escalated(Occurrence occurrence, Optional<String> from, String to, Optional<String> reason)
            implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.escalated(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.ESCALATED, from, Optional.of(to), reason);
        }
    }

    /**
     * The due date was set, moved or cleared.
     *
     * @param occurrence who, when, which
     * @param from the due date before, may be empty
     * @param to the new due date, empty when cleared
     */
    record DueDateChanged(Occurrence occurrence, Optional<Instant> from, Optional<Instant> to) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dueDateChanged(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.DUE_DATE_CHANGED, from.map(Instant::toString),
                    to.map(Instant::toString), Optional.empty());
        }
    }

    /**
     * The follow-up date was set, moved or cleared.
     *
     * @param occurrence who, when, which
     * @param from the date before, may be empty
     * @param to the new date, empty when cleared
     */
    record FollowUpDateChanged(Occurrence occurrence, Optional<LocalDate> from, Optional<LocalDate> to)
            implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.followUpDateChanged(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.FOLLOW_UP_DATE_CHANGED, from.map(LocalDate::toString),
                    to.map(LocalDate::toString), Optional.empty());
        }
    }

    /**
     * A tag was added.
     *
     * @param occurrence who, when, which
     * @param tag the tag
     */
    record Tagged(Occurrence occurrence, String tag) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.tagged(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.TAGGED, Optional.empty(), Optional.of(tag), Optional.empty());
        }
    }

    /**
     * A tag was removed.
     *
     * @param occurrence who, when, which
     * @param tag the tag
     */
    record Untagged(Occurrence occurrence, String tag) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.untagged(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.UNTAGGED, Optional.of(tag), Optional.empty(), Optional.empty());
        }
    }

    /**
     * The ticket was linked to a customer.
     *
     * @param occurrence who, when, which
     * @param previous the customer before, may be empty
     * @param customer the customer
     * @param project the project linked with it, may be empty
     * @param contact the contact linked with it, may be empty
     */
    record CustomerLinked(Occurrence occurrence, Optional<CustomerId> previous, CustomerId customer,
            Optional<ProjectId> project, Optional<ContactId> contact) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.customerLinked(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.CUSTOMER_LINKED, previous.map(CustomerId::value),
                    Optional.of(customer.value()), project.map(p -> "project " + p.value()));
        }
    }

    /**
     * The team changed.
     *
     * @param occurrence who, when, which
     * @param from the team before, may be empty
     * @param to the new team, empty when cleared
     */
    record TeamChanged(Occurrence occurrence, Optional<TeamId> from, Optional<TeamId> to) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.teamChanged(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.TEAM_CHANGED, from.map(TeamId::value), to.map(TeamId::value),
                    Optional.empty());
        }
    }

    /**
     * The category changed.
     *
     * @param occurrence who, when, which
     * @param from the category before, may be empty
     * @param to the new category, empty when cleared
     */
    record CategoryChanged(Occurrence occurrence, Optional<String> from, Optional<String> to) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.categoryChanged(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.CATEGORY_CHANGED, from, to, Optional.empty());
        }
    }

    /**
     * The ticket was hidden from the customer (seed 004).
     *
     * @param occurrence who, when, which
     */
    record HiddenFromCustomer(Occurrence occurrence) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.hiddenFromCustomer(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.HIDDEN, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * The ticket was shown to the customer again.
     *
     * @param occurrence who, when, which
     */
    record ShownToCustomer(Occurrence occurrence) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.shownToCustomer(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.SHOWN, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * The ticket was deleted with its follow-ups and timeline.
     *
     * @param occurrence who, when, which
     * @param title the deleted ticket's title, for listeners that keep a record
     */
    record Deleted(Occurrence occurrence, String title) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.deleted(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.DELETED, Optional.empty(), Optional.empty(), Optional.of(title));
        }
    }

    /**
     * The ticket's current resolution was rated (seed 001's customer satisfaction).
     *
     * @param occurrence who, when, which
     * @param score from 1 to 5
     * @param comment what the rater added, may be empty
     */
    record Rated(Occurrence occurrence, int score, Optional<String> comment) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.rated(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.RATED, Optional.empty(), Optional.of(Integer.toString(score)),
                    comment, Audience.PUBLIC);
        }
    }

    /**
     * A guest pass to the ticket was issued; the event never carries the token itself.
     *
     * @param occurrence who, when, which
     * @param pass the pass's identity
     * @param expiresAt when it stops working, may be empty
     */
    record GuestPassIssued(Occurrence occurrence, UUID pass, Optional<Instant> expiresAt) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.guestPassIssued(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.GUEST_PASS_ISSUED, Optional.empty(), Optional.of(pass.toString()),
                    expiresAt.map(e -> "expires " + e));
        }
    }

    /**
     * A guest pass to the ticket was revoked.
     *
     * @param occurrence who, when, which
     * @param pass the pass's identity
     */
    record GuestPassRevoked(Occurrence occurrence, UUID pass) implements TicketEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.guestPassRevoked(this);
        }

        @Override
        public TimelineEntry timelineEntry() {
            return occurrence.entry(TimelineAction.GUEST_PASS_REVOKED, Optional.of(pass.toString()),
                    Optional.empty(), Optional.empty());
        }
    }
}
