package io.github.tickets4j.core.workflow;

import io.github.tickets4j.core.access.Role;
import java.util.List;
import java.util.Set;

/**
 * The presets: each seed system's workflow expressed as configuration of the same core. Each preset's status and
 * priority names are constants of its nested class ({@link Standard}, {@link CrmSupport}, {@link Ecommerce},
 * {@link Helpdesk}, {@link IspBilling}): pass them where a name is asked for, as in
 * {@code new ChangeStatus(Workflows.Standard.IN_PROGRESS)}, and a misspelt name fails to compile.
 */
public final class Workflows {
    private Workflows() {
    }

    /**
     * Seed 000, the default: OPEN, IN_PROGRESS, CLOSED. OPEN to IN_PROGRESS to CLOSED, or OPEN straight to CLOSED;
     * only an Admin reopens a CLOSED ticket (back to OPEN). No priorities. Names: {@link Standard}.
     *
     * @return the workflow, never null
     */
    public static Workflow standard() {
        return Standard.define();
    }

    /**
     * Seed 001, a CRM support workflow: UNASSIGNED until a customer is linked, then OPEN, IN_PROGRESS, the two
     * waiting states and back, RESOLVED, CLOSED. Priorities LOW, MEDIUM, HIGH, URGENT (default MEDIUM). Names:
     * {@link CrmSupport}.
     *
     * @return the workflow, never null
     */
    public static Workflow crmSupport() {
        return CrmSupport.define();
    }

    /**
     * Seed 002, an e-commerce admin workflow with its transition table: OPEN to IN_PROGRESS or CLOSED;
     * IN_PROGRESS to RESOLVED or CLOSED; RESOLVED to CLOSED or back to OPEN; CLOSED back to OPEN. Going back to
     * OPEN needs a reason. Priorities LOW, MEDIUM, HIGH, required; a category is required at creation. Names:
     * {@link Ecommerce}.
     *
     * @return the workflow, never null
     */
    public static Workflow ecommerce() {
        return Ecommerce.define();
    }

    /**
     * Seed 003, a workforce-management helpdesk: NEW (assigning and picking up keep it NEW), SCHEDULED,
     * IN_PROGRESS, CLOSED, and REOPENED, which only the ticket's creator may do. Closing is possible from every
     * open status. No priorities. Names: {@link Helpdesk}.
     *
     * @return the workflow, never null
     */
    public static Workflow helpdesk() {
        return Helpdesk.define();
    }

    /**
     * Seed 004, an ISP billing system's ticketing (Splynx): NEW, WORK_IN_PROGRESS, WAITING_FOR_CUSTOMER,
     * WAITING_ON_AGENT, RESOLVED, CLOSED. Agents move freely between the working statuses and close from any of
     * them. Priorities MINOR, MAJOR, CRITICAL (default MINOR); types Question, Problem, Incident, Feature request,
     * Lead. Tickets can be hidden from the customer. Names: {@link IspBilling}.
     *
     * @return the workflow, never null
     */
    public static Workflow ispBilling() {
        return IspBilling.define();
    }

    /** The status names of {@link #standard()}, which has no priorities. */
    public static final class Standard {
        /** Status OPEN: new tickets start here. */
        public static final String OPEN = "OPEN";
        /** Status IN_PROGRESS: someone works on it. */
        public static final String IN_PROGRESS = "IN_PROGRESS";
        /** Status CLOSED: done; only an Admin reopens it. */
        public static final String CLOSED = "CLOSED";

        private Standard() {
        }

        private static Workflow define() {
            return Workflow.builder("standard")
                    .status(OPEN, StatusCategory.OPEN).status(IN_PROGRESS, StatusCategory.ACTIVE)
                    .status(CLOSED, StatusCategory.CLOSED)
                    .initial(OPEN)
                    .transition("START", OPEN, IN_PROGRESS)
                    .transition("CLOSE", OPEN, CLOSED)
                    .transition("CLOSE", IN_PROGRESS, CLOSED)
                    .transition(new Transition("REOPEN", CLOSED, OPEN, TransitionRule.roles(Role.ADMIN), false,
                            Set.of()))
                    .build();
        }
    }

    /** The status and priority names of {@link #crmSupport()}. */
    public static final class CrmSupport {
        /** Status UNASSIGNED: new tickets wait here until a customer is linked. */
        public static final String UNASSIGNED = "UNASSIGNED";
        /** Status OPEN: accepted, not yet worked on. */
        public static final String OPEN = "OPEN";
        /** Status IN_PROGRESS: someone works on it. */
        public static final String IN_PROGRESS = "IN_PROGRESS";
        /** Status WAITING_ON_CUSTOMER: the customer has to answer. */
        public static final String WAITING_ON_CUSTOMER = "WAITING_ON_CUSTOMER";
        /** Status WAITING_ON_THIRD_PARTY: someone outside has to act. */
        public static final String WAITING_ON_THIRD_PARTY = "WAITING_ON_THIRD_PARTY";
        /** Status RESOLVED: solved, to be closed. */
        public static final String RESOLVED = "RESOLVED";
        /** Status CLOSED: done. */
        public static final String CLOSED = "CLOSED";
        /** Priority LOW, the lowest. */
        public static final String LOW = "LOW";
        /** Priority MEDIUM, the default. */
        public static final String MEDIUM = "MEDIUM";
        /** Priority HIGH. */
        public static final String HIGH = "HIGH";
        /** Priority URGENT, the highest. */
        public static final String URGENT = "URGENT";

        private CrmSupport() {
        }

        private static Workflow define() {
            return Workflow.builder("crm-support")
                    .status(UNASSIGNED, StatusCategory.NEW).status(OPEN, StatusCategory.OPEN)
                    .status(IN_PROGRESS, StatusCategory.ACTIVE)
                    .status(WAITING_ON_CUSTOMER, StatusCategory.WAITING)
                    .status(WAITING_ON_THIRD_PARTY, StatusCategory.WAITING)
                    .status(RESOLVED, StatusCategory.RESOLVED).status(CLOSED, StatusCategory.CLOSED)
                    .initial(UNASSIGNED)
                    .transition(new Transition("ACCEPT", UNASSIGNED, OPEN, TransitionRule.permitted(), false,
                            Set.of(Requirement.CUSTOMER_LINKED)))
                    .transition("START", OPEN, IN_PROGRESS)
                    .transition("WAIT_ON_CUSTOMER", IN_PROGRESS, WAITING_ON_CUSTOMER)
                    .transition("WAIT_ON_THIRD_PARTY", IN_PROGRESS, WAITING_ON_THIRD_PARTY)
                    .transition("RESUME", WAITING_ON_CUSTOMER, IN_PROGRESS)
                    .transition("RESUME", WAITING_ON_THIRD_PARTY, IN_PROGRESS)
                    .transition("RESOLVE", IN_PROGRESS, RESOLVED)
                    .transition("CLOSE", RESOLVED, CLOSED)
                    .priorities(LOW, MEDIUM, HIGH, URGENT).defaultPriority(MEDIUM)
                    .build();
        }
    }

    /** The status and priority names of {@link #ecommerce()}. */
    public static final class Ecommerce {
        /** Status OPEN: new tickets start here, and reopened ones come back here. */
        public static final String OPEN = "OPEN";
        /** Status IN_PROGRESS: someone works on it. */
        public static final String IN_PROGRESS = "IN_PROGRESS";
        /** Status RESOLVED: solved; going back to OPEN needs a reason. */
        public static final String RESOLVED = "RESOLVED";
        /** Status CLOSED: done; reopening needs a reason. */
        public static final String CLOSED = "CLOSED";
        /** Priority LOW, the lowest. */
        public static final String LOW = "LOW";
        /** Priority MEDIUM. */
        public static final String MEDIUM = "MEDIUM";
        /** Priority HIGH, the highest. */
        public static final String HIGH = "HIGH";

        private Ecommerce() {
        }

        private static Workflow define() {
            return Workflow.builder("ecommerce")
                    .status(OPEN, StatusCategory.OPEN).status(IN_PROGRESS, StatusCategory.ACTIVE)
                    .status(RESOLVED, StatusCategory.RESOLVED).status(CLOSED, StatusCategory.CLOSED)
                    .initial(OPEN)
                    .transition("START", OPEN, IN_PROGRESS)
                    .transition("CLOSE", OPEN, CLOSED)
                    .transition("RESOLVE", IN_PROGRESS, RESOLVED)
                    .transition("CLOSE", IN_PROGRESS, CLOSED)
                    .transition("CLOSE", RESOLVED, CLOSED)
                    .transition(new Transition("REOPEN", RESOLVED, OPEN, TransitionRule.permitted(), true, Set.of()))
                    .transition(new Transition("REOPEN", CLOSED, OPEN, TransitionRule.permitted(), true, Set.of()))
                    .priorities(LOW, MEDIUM, HIGH).priorityRequired(true)
                    .categoryRequired(true)
                    .build();
        }
    }

    /** The status names of {@link #helpdesk()}, which has no priorities. */
    public static final class Helpdesk {
        /** Status NEW: new tickets start here, and stay here when assigned or picked up. */
        public static final String NEW = "NEW";
        /** Status SCHEDULED: a date is set. */
        public static final String SCHEDULED = "SCHEDULED";
        /** Status IN_PROGRESS: someone works on it. */
        public static final String IN_PROGRESS = "IN_PROGRESS";
        /** Status CLOSED: done; only the ticket's creator reopens it. */
        public static final String CLOSED = "CLOSED";
        /** Status REOPENED: reopened by its creator, to be scheduled again. */
        public static final String REOPENED = "REOPENED";

        private Helpdesk() {
        }

        private static Workflow define() {
            Workflow.Builder b = Workflow.builder("helpdesk")
                    .status(NEW, StatusCategory.NEW).status(SCHEDULED, StatusCategory.OPEN)
                    .status(IN_PROGRESS, StatusCategory.ACTIVE).status(CLOSED, StatusCategory.CLOSED)
                    .status(REOPENED, StatusCategory.OPEN)
                    .initial(NEW)
                    .transition("SCHEDULE", NEW, SCHEDULED)
                    .transition("START", SCHEDULED, IN_PROGRESS)
                    .transition("SCHEDULE", REOPENED, SCHEDULED)
                    .transition(new Transition("REOPEN", CLOSED, REOPENED, TransitionRule.creator(), false, Set.of()));
            for (String open : List.of(NEW, SCHEDULED, IN_PROGRESS, REOPENED)) {
                b.transition("CLOSE", open, CLOSED);
            }
            return b.build();
        }
    }

    /** The status and priority names of {@link #ispBilling()}. */
    public static final class IspBilling {
        /** Status NEW: new tickets start here. */
        public static final String NEW = "NEW";
        /** Status WORK_IN_PROGRESS: someone works on it. */
        public static final String WORK_IN_PROGRESS = "WORK_IN_PROGRESS";
        /** Status WAITING_FOR_CUSTOMER: the customer has to answer. */
        public static final String WAITING_FOR_CUSTOMER = "WAITING_FOR_CUSTOMER";
        /** Status WAITING_ON_AGENT: an agent has to answer. */
        public static final String WAITING_ON_AGENT = "WAITING_ON_AGENT";
        /** Status RESOLVED: solved. */
        public static final String RESOLVED = "RESOLVED";
        /** Status CLOSED: done. */
        public static final String CLOSED = "CLOSED";
        /** Priority MINOR, the default and lowest. */
        public static final String MINOR = "MINOR";
        /** Priority MAJOR. */
        public static final String MAJOR = "MAJOR";
        /** Priority CRITICAL, the highest. */
        public static final String CRITICAL = "CRITICAL";

        private IspBilling() {
        }

        private static Workflow define() {
            List<String> working = List.of(WORK_IN_PROGRESS, WAITING_FOR_CUSTOMER, WAITING_ON_AGENT, RESOLVED);
            Workflow.Builder b = Workflow.builder("isp-billing")
                    .status(NEW, StatusCategory.NEW).status(WORK_IN_PROGRESS, StatusCategory.ACTIVE)
                    .status(WAITING_FOR_CUSTOMER, StatusCategory.WAITING)
                    .status(WAITING_ON_AGENT, StatusCategory.WAITING)
                    .status(RESOLVED, StatusCategory.RESOLVED).status(CLOSED, StatusCategory.CLOSED)
                    .initial(NEW)
                    .priorities(MINOR, MAJOR, CRITICAL).defaultPriority(MINOR)
                    .categories("Question", "Problem", "Incident", "Feature request", "Lead");
            for (String to : working) {
                b.transition("SET_" + to, NEW, to);
            }
            for (String from : working) {
                for (String to : working) {
                    if (!from.equals(to)) {
                        b.transition("SET_" + to, from, to);
                    }
                }
            }
            b.transition("CLOSE", NEW, CLOSED);
            for (String from : working) {
                b.transition("CLOSE", from, CLOSED);
            }
            return b.build();
        }
    }
}
