package io.github.tickets4j.samples.workflows;

import org.junit.jupiter.api.Test;

/** Seed 001's scenario as it prints. */
class CrmSupportTest {
    private final ScenarioOutput out = ScenarioOutput.play("001");

    @Test
    void webFormTicketArrivesUnassignedAndCannotOpenBeforeItIsLinkedToABusiness() {
        out.hasLineEndingWith("webform RE00000001 created \"Cannot log in to the customer portal\" [priority MEDIUM]"
                + " in UNASSIGNED");
        out.refuses("ana    RE00000001 tries to open it before it is linked to a business",
                "cannot go from UNASSIGNED to OPEN: the ticket must be linked to a customer first");
        out.inOrder("REFUSED", "RE00000001 CUSTOMER_LINKED C-ACME   [UNASSIGNED]",
                "RE00000001 STATUS_CHANGED UNASSIGNED -> OPEN   [OPEN]");
    }

    @Test
    void timelineGoesThroughBothWaitingStatesBeforeItIsResolvedAndClosed() {
        ScenarioOutput timeline = out.section("Timeline of RE00000001");
        timeline.inOrder("CLOSED RESOLVED -> CLOSED \"Customer confirmed by phone\"",
                "STATUS_CHANGED IN_PROGRESS -> RESOLVED",
                "STATUS_CHANGED WAITING_ON_THIRD_PARTY -> IN_PROGRESS",
                "STATUS_CHANGED IN_PROGRESS -> WAITING_ON_THIRD_PARTY",
                "STATUS_CHANGED WAITING_ON_CUSTOMER -> IN_PROGRESS",
                "STATUS_CHANGED IN_PROGRESS -> WAITING_ON_CUSTOMER \"Need the affected user names\"",
                "ESCALATED MEDIUM -> HIGH",
                "CUSTOMER_LINKED C-ACME",
                "webform CREATED UNASSIGNED");
    }

    @Test
    void statisticsCountByStatusPriorityAndTagAndFlagTheTicketWaitingPastItsDueDate() {
        ScenarioOutput stats = out.section("Statistics 2026-04-06 to 2026-04-08");
        stats.hasLineEndingWith("created by status      CLOSED 1, UNASSIGNED 1, WAITING_ON_CUSTOMER 1");
        stats.hasLineEndingWith("created by priority    HIGH 1, LOW 1, MEDIUM 1");
        stats.hasLineEndingWith("created by tag         (none) 1, account 1, invoicing 1");
        stats.hasLineEndingWith("resolution             1 closed, mean 2d 1h 20m, median 2d 1h 20m, p90 2d 1h 20m");
        stats.hasLineEndingWith("agent ben              0 open, 1 closed, mean resolution 2d 1h 20m");
        stats.hasLineEndingWith("overdue now            1");
    }
}
