package io.github.tickets4j.jpa.internal;

import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.FollowUp;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.Submitter;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.TimelineAction;
import io.github.tickets4j.core.ticket.TimelineEntry;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.ticket.Visibility;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.StatusCategory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Copies tickets between the domain and the entities. Stateless. */
final class TicketMapper {
    private TicketMapper() {
    }

    /**
     * Checks that every text of a ticket fits its column.
     *
     * @throws io.github.tickets4j.core.ValidationFailedException listing every text that does not
     */
    static void checkFits(Ticket t) {
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
        t.followUps().forEach(f -> Limits.check(found, "followUps.note", f.note(), Limits.NOTE));
        for (TimelineEntry e : t.timeline()) {
            Limits.check(found, "timeline.from", e.from().orElse(null), Limits.CHANGE_VALUE);
            Limits.check(found, "timeline.to", e.to().orElse(null), Limits.CHANGE_VALUE);
            Limits.check(found, "timeline.detail", e.detail().orElse(null), Limits.DETAIL);
        }
        Limits.throwIfAny(found);
    }

    /** A new row for a ticket. */
    static TicketEntity newEntity(Ticket t) {
        TicketEntity e = new TicketEntity();
        e.id = t.id().value().toString();
        e.number = t.number().value();
        e.numberPrefix = t.number().prefix();
        e.numberSequence = t.number().sequence();
        e.numberWidth = t.number().width();
        e.createdAt = t.createdAt();
        e.createdEpochMs = t.createdAt().toEpochMilli();
        e.createdBy = t.createdBy().value();
        copyChangeable(t, e);
        return e;
    }

    /** Copies what commands can change; identity, number and creation never change. */
    static void copyChangeable(Ticket t, TicketEntity e) {
        e.title = t.title();
        e.description = t.description().orElse(null);
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
        if (!e.tags.equals(t.tags())) {
            e.tags.retainAll(t.tags());
            e.tags.addAll(t.tags());
        }
        e.hidden = t.hidden();
        e.dueAt = t.dueAt().orElse(null);
        e.followUpDate = t.followUpDate().orElse(null);
        e.closedAt = t.closedAt().orElse(null);
        e.closedBy = value(t.closedBy(), UserId::value);
        e.resolutionSeconds = t.summary().resolutionTime().map(Duration::getSeconds).orElse(null);
        e.resolvedAt = t.resolvedAt().orElse(null);
        e.resolutionNote = t.resolutionNote().orElse(null);
        e.lastActivityAt = t.lastActivityAt();
        e.lastFollowUpAt = t.lastFollowUpAt().orElse(null);
        e.version = t.version();
    }

    /** A row for the follow-up at {@code index} of a newest-first list of {@code size}. */
    static FollowUpEntity followUp(String ticketId, FollowUp f, int index, int size) {
        FollowUpEntity e = new FollowUpEntity();
        e.id = f.id().toString();
        e.ticketId = ticketId;
        e.position = size - 1 - index;
        e.note = f.note();
        e.followUpDate = f.followUpDate().orElse(null);
        e.author = f.author().value();
        e.createdAt = f.createdAt();
        e.visibility = f.visibility().name();
        return e;
    }

    /** A row for the timeline entry at {@code index} of a newest-first list of {@code size}. */
    static TimelineEntity timelineEntry(String ticketId, TimelineEntry t, int index, int size) {
        TimelineEntity e = new TimelineEntity();
        e.id = t.id().toString();
        e.ticketId = ticketId;
        e.position = size - 1 - index;
        e.at = t.at();
        e.actor = t.actor().value();
        e.action = t.action().name();
        e.from = t.from().orElse(null);
        e.to = t.to().orElse(null);
        e.detail = t.detail().orElse(null);
        return e;
    }

    /** Rebuilds a ticket; the follow-ups and timeline rows come newest first. */
    static Ticket ticket(TicketEntity e, List<FollowUpEntity> followUps, List<TimelineEntity> timeline) {
        return Ticket.builder().id(new TicketId(UUID.fromString(e.id))).number(number(e)).title(e.title)
                .description(e.description).status(status(e)).priority(e.priority).category(e.category)
                .project(e.projectId == null ? null : ProjectId.of(e.projectId))
                .customer(e.customerId == null ? null : CustomerId.of(e.customerId))
                .contact(e.contactId == null ? null : ContactId.of(e.contactId))
                .submitter(e.hasSubmitter ? Submitter.of(e.submitterName, e.submitterEmail, e.submitterCompany) : null)
                .assignee(user(e.assigneeId)).team(e.teamId == null ? null : TeamId.of(e.teamId)).tags(e.tags)
                .hidden(e.hidden).dueAt(e.dueAt).followUpDate(e.followUpDate).createdAt(e.createdAt)
                .createdBy(user(e.createdBy)).closedAt(e.closedAt).closedBy(user(e.closedBy))
                .resolvedAt(e.resolvedAt).resolutionNote(e.resolutionNote).lastActivityAt(e.lastActivityAt)
                .lastFollowUpAt(e.lastFollowUpAt)
                .followUps(followUps.stream().map(TicketMapper::followUp).toList())
                .timeline(timeline.stream().map(TicketMapper::timelineEntry).toList())
                .version(e.version).build();
    }

    private static FollowUp followUp(FollowUpEntity e) {
        return new FollowUp(UUID.fromString(e.id), e.note, Optional.ofNullable(e.followUpDate), user(e.author),
                e.createdAt, Visibility.valueOf(e.visibility));
    }

    private static TimelineEntry timelineEntry(TimelineEntity e) {
        return new TimelineEntry(UUID.fromString(e.id), e.at, user(e.actor), TimelineAction.valueOf(e.action),
                Optional.ofNullable(e.from), Optional.ofNullable(e.to), Optional.ofNullable(e.detail));
    }

    private static TicketNumber number(TicketEntity e) {
        return new TicketNumber(e.numberPrefix, e.numberSequence, e.numberWidth);
    }

    private static Status status(TicketEntity e) {
        return Status.of(e.status, StatusCategory.valueOf(e.statusCategory));
    }

    private static UserId user(String value) {
        return value == null ? null : UserId.of(value);
    }

    private static <T> String value(Optional<T> id, Function<T, String> value) {
        return id.map(value).orElse(null);
    }
}
