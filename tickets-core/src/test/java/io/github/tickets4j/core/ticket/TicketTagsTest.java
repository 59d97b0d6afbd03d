package io.github.tickets4j.core.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A ticket and its summary list their tags sorted, whatever order a store read them in. */
class TicketTagsTest {

    @Test
    void aTicketAndItsSummaryListTheTagsSorted() {
        Workflow standard = Workflows.standard();
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        Ticket ticket = StoredTicket.builder().tenant(TenantId.DEFAULT).id(TicketId.random())
                .number(TicketNumberFormat.DEFAULT.format(1)).title("Tagged").status(standard.initial())
                .tags(List.of("zz", "vip", "billing", "a", "f", "c", "b", "e", "d")).createdAt(at)
                .createdBy(UserId.of("ada")).lastActivityAt(at).workflow(standard.ref()).build();
        List<String> sorted = List.of("a", "b", "billing", "c", "d", "e", "f", "vip", "zz");

        assertEquals(sorted, new ArrayList<>(ticket.tags()));
        assertEquals(sorted, new ArrayList<>(ticket.summary().tags()));
    }
}
