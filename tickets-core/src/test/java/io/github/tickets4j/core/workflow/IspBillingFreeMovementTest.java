package io.github.tickets4j.core.workflow;

import static io.github.tickets4j.core.workflow.DeskFixture.OPERATIONS;
import static io.github.tickets4j.core.workflow.DeskFixture.assertClosedStampMatchesStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Seed 004: any walk through the working statuses is allowed, and closing works from wherever it ends. */
class IspBillingFreeMovementTest {

    @Property(tries = 50)
    void agentsMoveFreelyBetweenWorkingStatusesAndCloseFromWherever(@ForAll("walks") List<String> walk) {
        DeskFixture f = DeskFixture.with(Workflows.ispBilling());
        Ticket ticket = f.open();
        for (String status : walk) {
            ticket = f.run(OPERATIONS, ticket, new ChangeStatus(status));
            assertEquals(status, ticket.status().name());
            assertClosedStampMatchesStatus(ticket, OPERATIONS);
        }
        Ticket closed = f.run(OPERATIONS, ticket, new Close());
        assertClosedStampMatchesStatus(closed, OPERATIONS);
        assertEquals(walk.size() + 2, f.history(closed).size());
        assertEquals(walk.size() + 1, closed.version());
    }

    @Provide
    Arbitrary<List<String>> walks() {
        // Consecutive duplicates are not moves; drop them so every step is a real transition.
        return Arbitraries.of(IspBillingWorkflowTest.WORKING).list().ofMaxSize(8).map(steps -> {
            List<String> walk = new ArrayList<>();
            steps.forEach(s -> {
                if (walk.isEmpty() || !walk.get(walk.size() - 1).equals(s)) {
                    walk.add(s);
                }
            });
            return walk;
        });
    }
}
