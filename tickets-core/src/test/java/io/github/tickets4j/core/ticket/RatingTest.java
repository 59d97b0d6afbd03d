package io.github.tickets4j.core.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A rating holds a score from 1 to 5, a comment that may be empty, when and by whom; a ticket holds one only while
 * it has a resolution, and a stored ticket keeps it through a round trip.
 */
class RatingTest {
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final UserId RATER = UserId.of("cora");

    @Property
    void aScoreFromOneToFiveIsKept(@ForAll @IntRange(min = 1, max = 5) int score) {
        assertEquals(score, new Rating(score, Optional.empty(), AT, RATER).score());
    }

    @Property
    void aScoreOutsideOneToFiveIsRefusedNamingIt(@ForAll("outside") int score) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Rating(score, Optional.of("fine"), AT, RATER));
        assertTrue(e.getMessage().contains("score " + score), e.getMessage());
    }

    @Provide
    Arbitrary<Integer> outside() {
        return Arbitraries.oneOf(Arbitraries.integers().lessOrEqual(Rating.MIN - 1),
                Arbitraries.integers().greaterOrEqual(Rating.MAX + 1));
    }

    @Example
    void aMissingPartIsRefusedNamingIt() {
        assertEquals("comment", assertThrows(NullPointerException.class,
                () -> new Rating(3, null, AT, RATER)).getMessage());
        assertEquals("at", assertThrows(NullPointerException.class,
                () -> new Rating(3, Optional.empty(), null, RATER)).getMessage());
        assertEquals("by", assertThrows(NullPointerException.class,
                () -> new Rating(3, Optional.empty(), AT, null)).getMessage());
    }

    @Example
    void aTicketRefusesARatingWithoutAResolution() {
        Rating rating = new Rating(5, Optional.empty(), AT, RATER);
        StoredTicket unresolved = ticket(Status.of("IN_PROGRESS", StatusCategory.ACTIVE)).rating(rating);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, unresolved::build);
        assertTrue(e.getMessage().contains("a rating needs a resolution"), e.getMessage());
    }

    @Example
    void aTicketRefusesANullRatingPart() {
        Ticket t = ticket(Status.of("RESOLVED", StatusCategory.RESOLVED)).resolvedAt(AT).build();
        assertEquals("rating", assertThrows(NullPointerException.class, () -> new Ticket(t.tenant(), t.id(),
                t.number(), t.title(), t.description(), t.status(), t.priority(), t.category(), t.project(),
                t.customer(), t.contact(), t.submitter(), t.assignee(), t.team(), t.tags(), t.hiddenFromCustomer(),
                t.dueAt(), t.followUpDate(), t.createdAt(), t.createdBy(), t.closedAt(), t.closedBy(),
                t.resolvedAt(), t.resolutionNote(), null, t.lastActivityAt(), t.lastFollowUpAt(), t.workflow(),
                t.version())).getMessage());
    }

    @Property
    void aStoredTicketKeepsItsRatingThroughARoundTrip(@ForAll @IntRange(min = 1, max = 5) int score,
            @ForAll("comments") Optional<String> comment, @ForAll boolean closed) {
        Rating rating = new Rating(score, comment, AT.plusSeconds(60), RATER);
        StoredTicket b = closed ? ticket(Status.of("CLOSED", StatusCategory.CLOSED)).closedAt(AT).closedBy(RATER)
                : ticket(Status.of("RESOLVED", StatusCategory.RESOLVED));
        Ticket rated = b.resolvedAt(AT).rating(rating).build();

        Ticket copied = StoredTicket.from(rated).build();
        assertEquals(rated, copied);
        assertEquals(Optional.of(rating), copied.rating());
        assertEquals(Optional.empty(), StoredTicket.from(rated).rating(null).build().rating(), "null clears it");
    }

    @Provide
    Arbitrary<Optional<String>> comments() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20).optional();
    }

    private static StoredTicket ticket(Status status) {
        return StoredTicket.builder().tenant(TenantId.DEFAULT).id(TicketId.random())
                .number(new TicketNumber("RE", 1, 8)).title("Rated").status(status).createdAt(AT)
                .createdBy(UserId.of("sam")).lastActivityAt(AT).workflow(Workflows.ecommerce().ref()).version(3);
    }
}
