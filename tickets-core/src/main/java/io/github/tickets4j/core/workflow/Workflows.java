package io.github.tickets4j.core.workflow;

import static io.github.tickets4j.core.workflow.StatusCategory.ACTIVE;
import static io.github.tickets4j.core.workflow.StatusCategory.CLOSED;
import static io.github.tickets4j.core.workflow.StatusCategory.NEW;
import static io.github.tickets4j.core.workflow.StatusCategory.OPEN;
import static io.github.tickets4j.core.workflow.StatusCategory.RESOLVED;
import static io.github.tickets4j.core.workflow.StatusCategory.WAITING;

import io.github.tickets4j.core.access.Role;
import java.util.List;
import java.util.Set;

/**
 * The presets: each seed system's workflow expressed as configuration of the same core.
 */
public final class Workflows {
    private Workflows() {
    }

    /**
     * Seed 000, the default: OPEN, IN_PROGRESS, CLOSED. OPEN to IN_PROGRESS to CLOSED, or OPEN straight to CLOSED;
     * only an Admin reopens a CLOSED ticket (back to OPEN). No priorities.
     *
     * @return the workflow, never null
     */
    public static Workflow standard() {
        return Workflow.builder("standard")
                .status("OPEN", OPEN).status("IN_PROGRESS", ACTIVE).status("CLOSED", CLOSED)
                .initial("OPEN")
                .transition("START", "OPEN", "IN_PROGRESS")
                .transition("CLOSE", "OPEN", "CLOSED")
                .transition("CLOSE", "IN_PROGRESS", "CLOSED")
                .transition(new Transition("REOPEN", "CLOSED", "OPEN", TransitionRule.roles(Role.ADMIN), false,
                        Set.of()))
                .build();
    }

    /**
     * Seed 001, a CRM support workflow: UNASSIGNED until a customer is linked, then OPEN, IN_PROGRESS, the two
     * waiting states and back, RESOLVED, CLOSED. Priorities LOW, MEDIUM, HIGH, URGENT (default MEDIUM).
     *
     * @return the workflow, never null
     */
    public static Workflow crmSupport() {
        return Workflow.builder("crm-support")
                .status("UNASSIGNED", NEW).status("OPEN", OPEN).status("IN_PROGRESS", ACTIVE)
                .status("WAITING_ON_CUSTOMER", WAITING).status("WAITING_ON_THIRD_PARTY", WAITING)
                .status("RESOLVED", RESOLVED).status("CLOSED", CLOSED)
                .initial("UNASSIGNED")
                .transition(new Transition("ACCEPT", "UNASSIGNED", "OPEN", TransitionRule.permitted(), false,
                        Set.of(Requirement.CUSTOMER_LINKED)))
                .transition("START", "OPEN", "IN_PROGRESS")
                .transition("WAIT_ON_CUSTOMER", "IN_PROGRESS", "WAITING_ON_CUSTOMER")
                .transition("WAIT_ON_THIRD_PARTY", "IN_PROGRESS", "WAITING_ON_THIRD_PARTY")
                .transition("RESUME", "WAITING_ON_CUSTOMER", "IN_PROGRESS")
                .transition("RESUME", "WAITING_ON_THIRD_PARTY", "IN_PROGRESS")
                .transition("RESOLVE", "IN_PROGRESS", "RESOLVED")
                .transition("CLOSE", "RESOLVED", "CLOSED")
                .priorities("LOW", "MEDIUM", "HIGH", "URGENT").defaultPriority("MEDIUM")
                .build();
    }

    /**
     * Seed 002, an e-commerce admin workflow with its transition table: OPEN to IN_PROGRESS or CLOSED;
     * IN_PROGRESS to RESOLVED or CLOSED; RESOLVED to CLOSED or back to OPEN; CLOSED back to OPEN. Going back to
     * OPEN needs a reason. Priorities LOW, MEDIUM, HIGH, required; a category is required at creation.
     *
     * @return the workflow, never null
     */
    public static Workflow ecommerce() {
        return Workflow.builder("ecommerce")
                .status("OPEN", OPEN).status("IN_PROGRESS", ACTIVE).status("RESOLVED", RESOLVED)
                .status("CLOSED", CLOSED)
                .initial("OPEN")
                .transition("START", "OPEN", "IN_PROGRESS")
                .transition("CLOSE", "OPEN", "CLOSED")
                .transition("RESOLVE", "IN_PROGRESS", "RESOLVED")
                .transition("CLOSE", "IN_PROGRESS", "CLOSED")
                .transition("CLOSE", "RESOLVED", "CLOSED")
                .transition(new Transition("REOPEN", "RESOLVED", "OPEN", TransitionRule.permitted(), true, Set.of()))
                .transition(new Transition("REOPEN", "CLOSED", "OPEN", TransitionRule.permitted(), true, Set.of()))
                .priorities("LOW", "MEDIUM", "HIGH").priorityRequired(true)
                .categoryRequired(true)
                .build();
    }

    /**
     * Seed 003, a workforce-management helpdesk: NEW (assigning and picking up keep it NEW), SCHEDULED,
     * IN_PROGRESS, CLOSED, and REOPENED, which only the ticket's creator may do. Closing is possible from every
     * open status.
     *
     * @return the workflow, never null
     */
    public static Workflow helpdesk() {
        Workflow.Builder b = Workflow.builder("helpdesk")
                .status("NEW", NEW).status("SCHEDULED", OPEN).status("IN_PROGRESS", ACTIVE)
                .status("CLOSED", CLOSED).status("REOPENED", OPEN)
                .initial("NEW")
                .transition("SCHEDULE", "NEW", "SCHEDULED")
                .transition("START", "SCHEDULED", "IN_PROGRESS")
                .transition("SCHEDULE", "REOPENED", "SCHEDULED")
                .transition(new Transition("REOPEN", "CLOSED", "REOPENED", TransitionRule.creator(), false, Set.of()));
        for (String open : List.of("NEW", "SCHEDULED", "IN_PROGRESS", "REOPENED")) {
            b.transition("CLOSE", open, "CLOSED");
        }
        return b.build();
    }

    /**
     * Seed 004, an ISP billing system's ticketing (Splynx): NEW, WORK_IN_PROGRESS, WAITING_FOR_CUSTOMER,
     * WAITING_ON_AGENT, RESOLVED, CLOSED. Agents move freely between the working statuses and close from any of
     * them. Priorities MINOR, MAJOR, CRITICAL (default MINOR); types Question, Problem, Incident, Feature request,
     * Lead. Tickets can be hidden from the customer.
     *
     * @return the workflow, never null
     */
    public static Workflow ispBilling() {
        List<String> working = List.of("WORK_IN_PROGRESS", "WAITING_FOR_CUSTOMER", "WAITING_ON_AGENT", "RESOLVED");
        Workflow.Builder b = Workflow.builder("isp-billing")
                .status("NEW", NEW).status("WORK_IN_PROGRESS", ACTIVE)
                .status("WAITING_FOR_CUSTOMER", WAITING).status("WAITING_ON_AGENT", WAITING)
                .status("RESOLVED", RESOLVED).status("CLOSED", CLOSED)
                .initial("NEW")
                .priorities("MINOR", "MAJOR", "CRITICAL").defaultPriority("MINOR")
                .categories("Question", "Problem", "Incident", "Feature request", "Lead");
        for (String to : working) {
            b.transition("SET_" + to, "NEW", to);
        }
        for (String from : working) {
            for (String to : working) {
                if (!from.equals(to)) {
                    b.transition("SET_" + to, from, to);
                }
            }
        }
        b.transition("CLOSE", "NEW", "CLOSED");
        for (String from : working) {
            b.transition("CLOSE", from, "CLOSED");
        }
        return b.build();
    }
}
