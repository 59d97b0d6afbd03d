package io.github.tickets4j.samples.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void timelineIsReadPageByPageAndHoldsEveryEntryFromCreationToClose() {
        // 16 entries: more than one history page of 10, so this also proves the sample follows page.next().
        ScenarioOutput timeline = out.section("Timeline of RE00000001");
        assertEquals(16, timeline.lines().size() - 1, timeline.toString());
        timeline.hasLineEndingWith("webform CREATED UNASSIGNED");
    }

    @Test
    void timelineMarksWhatOnlyStaffSeeAndTheCustomersViewLeavesItOut() {
        ScenarioOutput timeline = out.section("Timeline of RE00000001");
        timeline.hasLineEndingWith("ben    FOLLOW_UP_ADDED \"Single sign-on rejects their certificate\"  (internal)");
        timeline.hasLineEndingWith("ben    FOLLOW_UP_ADDED \"We are on it: which user names are affected?\"");
        timeline.hasLineEndingWith("ana    ASSIGNED ben  (internal)");
        timeline.hasLineEndingWith("ana    ESCALATED MEDIUM -> HIGH \"The whole dispatch team is locked out\"  (internal)");

        ScenarioOutput customer = out.section("What the customer sees of RE00000001");
        customer.hasLineEndingWith("ben    FOLLOW_UP_ADDED \"We are on it: which user names are affected?\"");
        customer.hasLineEndingWith("ana    CLOSED RESOLVED -> CLOSED \"Customer confirmed by phone\"");
        customer.hasLineEndingWith("webform CREATED UNASSIGNED");
        assertTrue(customer.lines().stream().skip(1).noneMatch(l -> l.contains("(internal)")
                || l.contains("Single sign-on") || l.contains("ASSIGNED ben") || l.contains("ESCALATED")),
                customer.toString());
        assertEquals(10, customer.lines().size() - 1, customer.toString());
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
