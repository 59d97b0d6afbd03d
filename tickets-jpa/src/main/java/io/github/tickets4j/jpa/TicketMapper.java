package io.github.tickets4j.jpa;

import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.query.TextFolding;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.Rating;
import io.github.tickets4j.core.ticket.Submitter;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.ticket.Audience;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Copies tickets and history entries between the domain and the database. Stateless. */
final class TicketMapper {
    /**
     * Every column a change may alter, as its JPQL attribute and its value in a ticket; identity, number and
     * creation never change. An update writes those whose value differs from the state the change was decided on.
     * The search text is derived from title and description, and written when either changed (see
     * {@link TicketWrites}).
     */
    static final List<Changeable> CHANGEABLE = List.of(
            new Changeable("title", Ticket::title),
            new Changeable("description", t -> t.description().orElse(null)),
            new Changeable("status", t -> t.status().name()),
            new Changeable("statusCategory", t -> t.status().category().name()),
            new Changeable("priority", t -> t.priority().orElse(null)),
            new Changeable("category", t -> t.category().orElse(null)),
            new Changeable("projectId", t -> value(t.project(), ProjectId::value)),
            new Changeable("customerId", t -> value(t.customer(), CustomerId::value)),
            new Changeable("contactId", t -> value(t.contact(), ContactId::value)),
            new Changeable("hasSubmitter", t -> t.submitter().isPresent()),
            new Changeable("submitterName", t -> t.submitter().flatMap(Submitter::name).orElse(null)),
            new Changeable("submitterEmail", t -> t.submitter().flatMap(Submitter::email).orElse(null)),
            new Changeable("submitterCompany", t -> t.submitter().flatMap(Submitter::company).orElse(null)),
            new Changeable("assigneeId", t -> value(t.assignee(), UserId::value)),
            new Changeable("teamId", t -> value(t.team(), TeamId::value)),
            new Changeable("hiddenFromCustomer", Ticket::hiddenFromCustomer),
            new Changeable("dueAt", t -> t.dueAt().orElse(null)),
            new Changeable("followUpDate", t -> t.followUpDate().orElse(null)),
            new Changeable("closedAt", t -> t.closedAt().orElse(null)),
            new Changeable("closedBy", t -> value(t.closedBy(), UserId::value)),
            new Changeable("resolutionSeconds", TicketMapper::resolutionSeconds),
            new Changeable("resolvedAt", t -> t.resolvedAt().orElse(null)),
            new Changeable("resolutionNote", t -> t.resolutionNote().orElse(null)),
            new Changeable("ratingScore", TicketMapper::ratingScore),
            new Changeable("ratingComment", t -> t.rating().flatMap(Rating::comment).orElse(null)),
            new Changeable("ratedAt", t -> t.rating().map(Rating::at).orElse(null)),
            new Changeable("ratedBy", t -> t.rating().map(r -> r.by().value()).orElse(null)),
            new Changeable("lastActivityAt", Ticket::lastActivityAt),
            new Changeable("lastFollowUpAt", t -> t.lastFollowUpAt().orElse(null)),
            new Changeable("workflowId", t -> t.workflow().id()),
            new Changeable("workflowVersion", t -> t.workflow().version()));

    private TicketMapper() {
    }

    /**
     * A column a change may alter.
     *
     * @param attribute the entity attribute, as JPQL names it
     * @param value its value in a ticket, null for SQL null
     */
    record Changeable(String attribute, Function<Ticket, Object> value) {
    }

    /**
     * Checks that every text of a change fits its column.
     *
     * @throws io.github.tickets4j.core.ValidationFailedException listing every text that does not
     */
    static void checkFits(Change change) {
        Ticket t = change.ticket();
        List<Violation> found = new ArrayList<>();
        Limits.check(found, "title", t.title(), Limits.TITLE);
        Limits.check(found, "description", t.description().orElse(null), Limits.DESCRIPTION);
        Limits.check(found, "priority", t.priority().orElse(null), Limits.NAME);
        Limits.check(found, "category", t.category().orElse(null), Limits.NAME);
        t.submitter().ifPresent(s -> {
            Limits.check(found, "submitter.name", s.name().orElse(null), Limits.SUBMITTER_NAME);
            Limits.check(found, "submitter.email", s.email().orElse(null), Limits.EMAIL);
            Limits.check(found, "submitter.company", s.company().orElse(null), Limits.SUBMITTER_NAME);
        });
        t.tags().forEach(tag -> Limits.check(found, "tags", tag, Limits.TAG));
        Limits.check(found, "resolutionNote", t.resolutionNote().orElse(null), Limits.REASON);
        Limits.check(found, "rating.comment", t.rating().flatMap(Rating::comment).orElse(null), Limits.REASON);
        for (TimelineEntry e : change.entries()) {
            Limits.check(found, "history.from", e.from().orElse(null), Limits.CHANGE_VALUE);
            Limits.check(found, "history.to", e.to().orElse(null), Limits.CHANGE_VALUE);
            Limits.check(found, "history.detail", e.detail().orElse(null), Limits.DETAIL);
        }
        Limits.throwIfAny(found);
    }

    /** A new row for a ticket. */
    static TicketEntity newEntity(Ticket t) {
        TicketEntity e = new TicketEntity();
        e.tenantId = t.tenant().value();
        e.id = t.id().value().toString();
        e.number = t.number().value();
        e.numberPrefix = t.number().prefix();
        e.numberSequence = t.number().sequence();
        e.numberWidth = t.number().width();
        e.createdAt = t.createdAt();
        e.createdEpochMs = t.createdAt().toEpochMilli();
        e.createdBy = t.createdBy().value();
        e.title = t.title();
        e.description = t.description().orElse(null);
        e.searchText = searchText(t.title(), t.description().orElse(null));
        e.status = t.status().name();
        e.statusCategory = t.status().category().name();
        e.priority = t.priority().orElse(null);
        e.category = t.category().orElse(null);
        e.projectId = value(t.project(), ProjectId::value);
        e.customerId = value(t.customer(), CustomerId::value);
        e.contactId = value(t.contact(), ContactId::value);
        e.hasSubmitter = t.submitter().isPresent();
        e.submitterName = t.submitter().flatMap(Submitter::name).orElse(null);
        e.submitterEmail = t.submitter().flatMap(Submitter::email).orElse(null);
        e.submitterCompany = t.submitter().flatMap(Submitter::company).orElse(null);
        e.assigneeId = value(t.assignee(), UserId::value);
        e.teamId = value(t.team(), TeamId::value);
        e.tags.addAll(t.tags());
        e.hiddenFromCustomer = t.hiddenFromCustomer();
        e.dueAt = t.dueAt().orElse(null);
        e.followUpDate = t.followUpDate().orElse(null);
        e.closedAt = t.closedAt().orElse(null);
        e.closedBy = value(t.closedBy(), UserId::value);
        e.resolutionSeconds = resolutionSeconds(t);
        e.resolvedAt = t.resolvedAt().orElse(null);
        e.resolutionNote = t.resolutionNote().orElse(null);
        e.ratingScore = ratingScore(t);
        e.ratingComment = t.rating().flatMap(Rating::comment).orElse(null);
        e.ratedAt = t.rating().map(Rating::at).orElse(null);
        e.ratedBy = t.rating().map(r -> r.by().value()).orElse(null);
        e.lastActivityAt = t.lastActivityAt();
        e.lastFollowUpAt = t.lastFollowUpAt().orElse(null);
        e.workflowId = t.workflow().id();
        e.workflowVersion = t.workflow().version();
        e.version = t.version();
        return e;
    }

    /** What separates the folded title from the folded description: a free-text needle never holds it. */
    static final char SEARCH_SEPARATOR = '\n';

    /**
     * The search text of a ticket ({@code search_text}): its title and description, each folded by
     * {@link TextFolding#fold(String)}, joined by a line feed. Free text holds no control characters, so a needle
     * never matches across the two; {@code LIKE '%needle%'} on this column means exactly what
     * {@code TicketCriteria.test} means.
     *
     * @param title the title, never null
     * @param description the description, may be null
     * @return the search text, never null
     */
    static String searchText(String title, String description) {
        return TextFolding.fold(title) + SEARCH_SEPARATOR + (description == null ? "" : TextFolding.fold(description));
    }

    /** A row for a history entry of a ticket. */
    static TimelineEntity newEntry(Ticket ticket, TimelineEntry t) {
        TimelineEntity e = new TimelineEntity();
        e.tenantId = ticket.tenant().value();
        e.id = t.id().toString();
        e.ticketId = ticket.id().value().toString();
        e.sequence = t.sequence();
        e.at = t.at();
        e.actor = t.actor().value();
        e.action = t.action().name();
        e.fromValue = t.from().orElse(null);
        e.toValue = t.to().orElse(null);
        e.detail = t.detail().orElse(null);
        e.visibility = t.audience().name();
        return e;
    }

    /** The columns of a history entry as {@link TicketReads} selects them, in this order. */
    static final String ENTRY_COLUMNS = "e.id, e.sequence, e.at, e.actor, e.action, e.fromValue, e.toValue, e.detail,"
            + " e.visibility";

    /** A history entry from the columns of {@link #ENTRY_COLUMNS}. */
    static TimelineEntry entry(Object[] row) {
        return new TimelineEntry(UUID.fromString((String) row[0]), ((Number) row[1]).longValue(), (Instant) row[2],
                UserId.of((String) row[3]), TimelineAction.valueOf((String) row[4]),
                Optional.ofNullable((String) row[5]), Optional.ofNullable((String) row[6]),
                Optional.ofNullable((String) row[7]), Audience.valueOf((String) row[8]));
    }

    private static Long resolutionSeconds(Ticket t) {
        return t.summary().resolutionTime().map(Duration::getSeconds).orElse(null);
    }

    /** The score as the column's type (smallint): JPQL binds a value of the attribute's own type. */
    private static Short ratingScore(Ticket t) {
        return t.rating().map(r -> (short) r.score()).orElse(null);
    }

    private static <T> String value(Optional<T> id, Function<T, String> value) {
        return id.map(value).orElse(null);
    }
}
