package io.github.tickets4j.samples.workflows;

import org.junit.jupiter.api.Test;

/** Seed 004's scenario as it prints. */
class IspBillingTest {
    private final ScenarioOutput out = ScenarioOutput.play("004");

    @Test
    void ticketsCarrySplynxPrioritiesTypesAndGroupsAndTheMinorDefault() {
        out.hasLineEndingWith("RE00000001 created \"No internet since this morning\" [priority MAJOR, type Problem,"
                + " customer C-2001, group network, assignee nick] in NEW");
        out.hasLineEndingWith("RE00000002 created \"Question about the June invoice\" [priority MINOR, type Question,"
                + " customer C-2002, group billing, assignee bea] in NEW");
        out.hasLineEndingWith("group network, assignee nia, hidden] in NEW");
        out.hasLineEndingWith("nia    RE00000003 SHOWN   [WORK_IN_PROGRESS]");
    }

    @Test
    void agentsMoveBetweenWorkingStatusesAndEscalateToCritical() {
        out.section("Timeline of RE00000001").inOrder("CLOSED RESOLVED -> CLOSED",
                "STATUS_CHANGED WORK_IN_PROGRESS -> RESOLVED", "CATEGORY_CHANGED Problem -> Incident",
                "ESCALATED MAJOR -> CRITICAL \"Caused by the fibre cut\"",
                "STATUS_CHANGED WAITING_FOR_CUSTOMER -> WORK_IN_PROGRESS",
                "STATUS_CHANGED WORK_IN_PROGRESS -> WAITING_FOR_CUSTOMER", "CREATED NEW");
    }

    @Test
    void dashboardCountsStatusesAndGroups() {
        out.hasLineEndingWith("Status of current tickets: NEW 1, WORK_IN_PROGRESS 0, WAITING_FOR_CUSTOMER 0,"
                + " WAITING_ON_AGENT 0, RESOLVED 0, CLOSED 3");
        out.hasLineEndingWith("Tickets per group: network 2, billing 2");
    }

    @Test
    void perAgentStatisticsPairOpenTicketsWithThoseClosedAndTheirResolutionTime() {
        ScenarioOutput stats = out.section("Statistics 2026-07-06 to 2026-07-07");
        stats.hasLineEndingWith("created by priority    CRITICAL 2, MINOR 2");
        stats.hasLineEndingWith("created by category    Incident 2, Lead 1, Question 1");
        stats.hasLineEndingWith("agent bea              1 open, 1 closed, mean resolution 0d 2h 30m");
        stats.hasLineEndingWith("agent nia              0 open, 1 closed, mean resolution 0d 7h 0m");
        stats.hasLineEndingWith("agent nick             0 open, 1 closed, mean resolution 1d 1h 0m");
    }

    @Test
    void liveActivityLogListsTheLatestEventsAcrossTicketsMarkingInternalOnes() {
        out.section("Live activity log (latest 6)").hasLineEndingWith("bea    RE00000004 PICKED_UP bea  (internal)");
        out.section("Live activity log (latest 6)").inOrder("bea    RE00000004 PICKED_UP bea",
                "nick   RE00000001 CLOSED RESOLVED -> CLOSED", "nia    RE00000003 CLOSED RESOLVED -> CLOSED",
                "bea    RE00000002 CLOSED NEW -> CLOSED \"Update and close\"");
    }
}
