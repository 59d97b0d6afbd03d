package io.github.tickets4j.core;

import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.WorkflowRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The workflows a desk knows: every version of every workflow its tickets were created under, the newest version
 * of each for new tickets, and the default one. A ticket is always decided with the exact version it records.
 */
final class Catalog {
    private final Workflow standard;
    private final Map<WorkflowRef, Workflow> versions = new LinkedHashMap<>();
    private final Map<String, Workflow> newest = new LinkedHashMap<>();
    private final List<String> statusOrder;
    private final List<String> priorityOrder;
    private final boolean categoriesAgree;
    private final Map<String, StatusCategory> categories = new HashMap<>();

    /**
     * Creates the catalog.
     *
     * @param standard the workflow of tickets created without naming one, never null
     * @param others further workflows and versions, never null
     */
    Catalog(Workflow standard, Collection<Workflow> others) {
        this.standard = standard;
        for (Workflow w : concat(standard, others)) {
            // The first workflow given under a name and version wins: the default before the others.
            versions.putIfAbsent(w.ref(), w);
            newest.merge(w.name(), w, (a, b) -> a.version() >= b.version() ? a : b);
        }
        Set<String> statuses = new LinkedHashSet<>();
        Set<String> priorities = new LinkedHashSet<>();
        boolean agree = true;
        for (Workflow w : versions.values()) {
            for (Status s : w.statuses()) {
                statuses.add(s.name());
                agree &= categories.computeIfAbsent(s.name(), n -> s.category()) == s.category();
            }
            priorities.addAll(w.priorities());
        }
        this.statusOrder = List.copyOf(statuses);
        this.priorityOrder = List.copyOf(priorities);
        this.categoriesAgree = agree;
    }

    /**
     * Lists what makes a set of workflows unusable together: two different definitions under one name and
     * version (a ticket must be decided with the one it was created under), or a default that is older than
     * another version of its own name (new tickets would be created under outdated rules).
     *
     * @param standard the default workflow, may be null (then there is nothing to check)
     * @param others the further workflows, never null, none null
     * @return the problems, empty when there are none; never null
     */
    static List<String> problems(Workflow standard, Collection<Workflow> others) {
        List<String> found = new ArrayList<>();
        if (standard == null) {
            return found;
        }
        Map<WorkflowRef, Workflow> seen = new HashMap<>();
        for (Workflow w : concat(standard, others)) {
            Workflow first = seen.putIfAbsent(w.ref(), w);
            if (first != null && !sameDefinition(first, w)) {
                found.add("two different workflows are named " + w.ref() + "; give each changed definition its own"
                        + " version(...)");
            }
            if (w.name().equals(standard.name()) && w.version() > standard.version()) {
                found.add("the default workflow " + standard.ref() + " is older than " + w.ref() + " given to"
                        + " workflows(...); make the newest version the default");
            }
        }
        return found;
    }

    /** @return the default workflow for new tickets, never null */
    Workflow standard() {
        return standard;
    }

    /**
     * Finds the workflow a new ticket is created under.
     *
     * @param name the workflow's name, empty for the default
     * @return the newest version of it, or empty when the desk has no workflow of that name
     */
    Optional<Workflow> forNew(Optional<String> name) {
        return name.isEmpty() ? Optional.of(standard) : Optional.ofNullable(newest.get(name.get()));
    }

    /** @return the names of the workflows new tickets may name, never null */
    List<String> names() {
        return List.copyOf(newest.keySet());
    }

    /** @return every status name of every workflow, the default's first in their order, for sorting; never null */
    List<String> statusOrder() {
        return statusOrder;
    }

    /** @return every priority of every workflow, the default's first, lowest first, for sorting; never null */
    List<String> priorityOrder() {
        return priorityOrder;
    }

    /**
     * Tells whether a status name means the same category in every workflow, so counts per category can be derived
     * from counts per status. When two workflows (or versions) put one status name in different categories, only
     * the category each ticket recorded with its status is right.
     *
     * @return true when every status name has one category
     */
    boolean categoriesAgree() {
        return categoriesAgree;
    }

    /**
     * Names the category of a status, when every workflow of the desk agrees on it.
     *
     * @param status the status name, never null
     * @return the category, or empty when no workflow has the status or workflows disagree about it
     */
    Optional<StatusCategory> categoryOf(String status) {
        return categoriesAgree ? Optional.ofNullable(categories.get(status)) : Optional.empty();
    }

    /**
     * Finds the workflow a stored ticket lives under and checks that it knows the ticket's status.
     *
     * @param ticket the ticket, never null
     * @return the workflow, never null
     * @throws WorkflowMismatchException naming the ticket, its status and its workflow if the desk lacks that
     *     workflow version, or the workflow lacks the status
     */
    Workflow of(Ticket ticket) {
        String status = ticket.status().name();
        Workflow workflow = versions.get(ticket.workflow());
        if (workflow == null) {
            throw new WorkflowMismatchException(ticket.number().value(), "it is in status " + status
                    + " of workflow " + ticket.workflow() + ", which this desk was not given; add it with"
                    + " TicketDesk.builder().workflows(...)");
        }
        if (workflow.status(status).isEmpty()) {
            throw new WorkflowMismatchException(ticket.number().value(), "its status " + status
                    + " is not a status of workflow " + workflow.ref());
        }
        return workflow;
    }

    private static boolean sameDefinition(Workflow a, Workflow b) {
        return a == b || (a.statuses().equals(b.statuses()) && a.initial().equals(b.initial())
                && a.transitions().equals(b.transitions()) && a.priorities().equals(b.priorities())
                && a.defaultPriority().equals(b.defaultPriority()) && a.priorityRequired() == b.priorityRequired()
                && a.categories().equals(b.categories()) && a.categoryRequired() == b.categoryRequired());
    }

    private static List<Workflow> concat(Workflow first, Collection<Workflow> rest) {
        List<Workflow> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
