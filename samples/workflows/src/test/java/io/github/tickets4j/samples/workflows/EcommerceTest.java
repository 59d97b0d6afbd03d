package io.github.tickets4j.samples.workflows;

import org.junit.jupiter.api.Test;

/** Seed 002's scenario as it prints. */
class EcommerceTest {
    private final ScenarioOutput out = ScenarioOutput.play("002");

    @Test
    void transitionTableListsEveryAllowedMoveAndWhichNeedAReason() {
        ScenarioOutput table = out.section("Transition table of workflow 'ecommerce'");
        table.hasLineEndingWith("OPEN         -> IN_PROGRESS (START), CLOSED (CLOSE)");
        table.hasLineEndingWith("IN_PROGRESS  -> RESOLVED (RESOLVE), CLOSED (CLOSE)");
        table.hasLineEndingWith("RESOLVED     -> CLOSED (CLOSE), OPEN (REOPEN, reason required)");
        table.hasLineEndingWith("CLOSED       -> OPEN (REOPEN, reason required)");
    }

    @Test
    void creationWithoutCategoryAndPriorityIsRefusedNamingBoth() {
        out.refuses("sara   tries to create a ticket without category and priority",
                "ValidationFailedException): Invalid input: category: is required; priority: is required");
    }

    @Test
    void escalationAndReassignmentAreLoggedWithTheirReasonsAsInternalEntries() {
        ScenarioOutput timeline = out.section("Timeline of RE00000001");
        timeline.hasLineEndingWith("sara   ESCALATED MEDIUM -> HIGH \"Customer charged twice; refund due today\""
                + "  (internal)");
        timeline.hasLineEndingWith("sara   ASSIGNED sara -> sean \"Requires payments expertise\"  (internal)");
        out.refuses("sean   RE00000001 tries to send it back to OPEN",
                "cannot go from IN_PROGRESS to OPEN: the workflow has no such transition");
    }

    @Test
    void reopeningAClosedTicketNeedsAReason() {
        out.refuses("sara   RE00000001 tries to reopen it without a reason",
                "reason: is required to go from CLOSED to OPEN");
        out.section("Timeline of RE00000001").inOrder(
                "sean   CLOSED IN_PROGRESS -> CLOSED \"Bank confirmed the refund; closed again\"",
                "sara   REOPENED CLOSED -> OPEN \"Refund has not arrived\"",
                "sean   CLOSED RESOLVED -> CLOSED \"Customer confirmed\"");
    }

    @Test
    void analyticsCountByPriorityStatusAndAssigneeWithResolutionTimes() {
        ScenarioOutput stats = out.section("Statistics 2026-05-04 to 2026-05-06");
        stats.hasLineEndingWith("created by priority    HIGH 2, LOW 1");
        stats.hasLineEndingWith("created by status      CLOSED 2, OPEN 1");
        stats.hasLineEndingWith("created by assignee    sara 1, sean 2");
        stats.hasLineEndingWith("resolution HIGH        1 closed, mean 2d 7h 0m, median 2d 7h 0m, p90 2d 7h 0m");
        stats.hasLineEndingWith("resolution LOW         1 closed, mean 0d 0h 20m, median 0d 0h 20m, p90 0d 0h 20m");
        stats.hasLineEndingWith("agent sean             1 open, 1 closed, mean resolution 2d 7h 0m");
    }
}
