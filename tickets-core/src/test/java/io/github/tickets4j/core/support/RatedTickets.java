package io.github.tickets4j.core.support;

import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.Rating;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Tickets of the ecommerce workflow made by hand, past the desk, in every state a store can hold: any status, with
 * or without priority, assignee and customer, hidden or not, in the default tenant or another, and rated (score 1
 * to 5, at some minute after {@link #BASE}) only where resolved. For properties of the pure calculations over tickets.
 */
public final class RatedTickets {
    /** The instant every generated ticket is created at; ratings come up to 600 minutes later. */
    public static final Instant BASE = Instant.parse("2026-03-02T09:00:00Z");
    /** The tenant the calculations are asked for. */
    public static final TenantId HOME = TenantId.DEFAULT;
    /** Another tenant, whose tickets never count. */
    public static final TenantId OTHER = TenantId.of("other");
    /** The workflow of every generated ticket. */
    public static final Workflow WORKFLOW = Workflows.ecommerce();
    /** The assignees a ticket may have. */
    public static final List<UserId> ASSIGNEES = List.of(UserId.of("ann"), UserId.of("bob"));

    private static final UserId CREATOR = UserId.of("sam");

    private RatedTickets() {
    }

    /**
     * Lists of tickets with distinct numbers.
     *
     * @return the arbitrary, never null
     */
    public static Arbitrary<List<Ticket>> lists() {
        return one().list().ofMaxSize(30).map(RatedTickets::numbered);
    }

    private static Arbitrary<Draft> one() {
        return Combinators.combine(Arbitraries.of(WORKFLOW.statuses()),
                Arbitraries.of(WORKFLOW.priorities()).optional(), Arbitraries.of(ASSIGNEES).optional(),
                Arbitraries.of(CustomerId.of("C1"), CustomerId.of("C2")).optional(), Arbitraries.of(true, false),
                Arbitraries.frequency(Tuple.of(9, HOME), Tuple.of(1, OTHER)),
                Arbitraries.integers().between(Rating.MIN, Rating.MAX).optional(0.7),
                Arbitraries.integers().between(0, 600)).as(Draft::new);
    }

    private static List<Ticket> numbered(List<Draft> drafts) {
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            tickets.add(drafts.get(i).ticket().number(new TicketNumber("RE", i + 1, 8)).build());
        }
        return tickets;
    }

    /** One generated ticket's choices; a score counts only where the status is resolved or closed. */
    private record Draft(Status status, Optional<String> priority, Optional<UserId> assignee,
            Optional<CustomerId> customer, boolean hidden, TenantId tenant, Optional<Integer> score,
            int ratedAfter) {
        StoredTicket ticket() {
            boolean closed = status.isClosed();
            boolean resolved = closed || status.category() == StatusCategory.RESOLVED;
            Instant resolvedAt = BASE.plusSeconds(30);
            StoredTicket b = StoredTicket.builder().tenant(tenant).id(TicketId.random()).title("Generated")
                    .status(status).priority(priority.orElse(null)).assignee(assignee.orElse(null))
                    .customer(customer.orElse(null)).hiddenFromCustomer(hidden).createdAt(BASE).createdBy(CREATOR)
                    .lastActivityAt(BASE).workflow(WORKFLOW.ref()).version(2);
            if (closed) {
                b.closedAt(resolvedAt).closedBy(CREATOR);
            }
            if (resolved) {
                b.resolvedAt(resolvedAt);
                score.ifPresent(s -> b.rating(new Rating(s, Optional.empty(),
                        BASE.plus(Duration.ofMinutes(ratedAfter)), UserId.of("cora"))));
            }
            return b;
        }
    }
}
