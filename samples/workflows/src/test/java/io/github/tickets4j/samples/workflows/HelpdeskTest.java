package io.github.tickets4j.samples.workflows;

import org.junit.jupiter.api.Test;

/** Seed 003's scenario as it prints. */
class HelpdeskTest {
    private final ScenarioOutput out = ScenarioOutput.play("003");

    @Test
    void assigningAndPickingUpKeepTheTicketNew() {
        out.hasLineEndingWith("cody   RE00000001 ASSIGNED tim   [NEW]");
        out.hasLineEndingWith("tim    RE00000002 PICKED_UP tim   [NEW]");
    }

    @Test
    void ticketIsScheduledStartedAndClosedAndOnlyItsCreatorReopensIt() {
        out.inOrder("STATUS_CHANGED NEW -> SCHEDULED", "STATUS_CHANGED SCHEDULED -> IN_PROGRESS",
                "CLOSED IN_PROGRESS -> CLOSED \"Patched the export job\"");
        out.refuses("cody   RE00000001 tries to reopen it",
                "User cody may not reopen ticket RE00000001: only the ticket's creator may take transition REOPEN");
        out.hasLineEndingWith("cleo   RE00000001 REOPENED CLOSED -> REOPENED \"Export still crashes for night shifts\""
                + "   [REOPENED]");
        out.hasLineEndingWith("cody   RE00000001 STATUS_CHANGED REOPENED -> SCHEDULED   [SCHEDULED]");
    }

    @Test
    void namedViewsAreResolvedForEachCoordinator() {
        ScenarioOutput cody = out.section("as cody (COORDINATOR)");
        cody.hasLineEndingWith("MY_TICKETS      RE00000001 CLOSED, RE00000002 NEW, RE00000004 NEW");
        cody.hasLineEndingWith("UNASSIGNED      RE00000004 NEW");
        cody.hasLineEndingWith("MY_CLOSED       RE00000001 CLOSED");
        cody.hasLineEndingWith("ASSIGNED_TO_ME  -");
        cody.hasLineEndingWith("CREATED_BY_ME   RE00000002 NEW");
        // The team's tickets are those its members hold; the unassigned RE00000004 is nobody's yet.
        cody.hasLineEndingWith("MY_TEAM         RE00000001 CLOSED, RE00000002 NEW");
        ScenarioOutput tim = out.section("as tim (COORDINATOR)");
        tim.hasLineEndingWith("ASSIGNED_TO_ME  RE00000001 CLOSED, RE00000002 NEW");
        ScenarioOutput cora = out.section("as cora (COORDINATOR)");
        cora.hasLineEndingWith("ALL             RE00000003 NEW");
        cora.hasLineEndingWith("UNASSIGNED      RE00000003 NEW");
    }
}
