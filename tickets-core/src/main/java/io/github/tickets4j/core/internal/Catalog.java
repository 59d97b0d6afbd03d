package io.github.tickets4j.core.internal;

import io.github.tickets4j.core.WorkflowMismatchException;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.WorkflowRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workflows a desk knows: every version of every workflow its tickets were created under, the newest version
 * of each for new tickets, and the default one. A ticket is always decided with the exact version it records.
 */
public final class Catalog {
    private final Workflow standard;
    private final Map<WorkflowRef, Workflow> versions = new LinkedHashMap<>();
    private final Map<String, Workflow> newest = new LinkedHashMap<>();

    /**
     * Creates the catalog.
     *
     * @param standard the workflow of tickets created without naming one, never null
     * @param others further workflows and versions, never null
     */
    public Catalog(Workflow standard, Collection<Workflow> others) {
        this.standard = standard;
        for (Workflow w : concat(standard, others)) {
            // The first workflow given under a name and version wins: the default before the others.
            versions.putIfAbsent(w.ref(), w);
            newest.merge(w.name(), w, (a, b) -> a.version() >= b.version() ? a : b);
        }
    }

    /** @return the default workflow for new tickets, never null */
    public Workflow standard() {
        return standard;
    }

    /**
     * Finds the workflow a new ticket is created under.
     *
     * @param name the workflow's name, empty for the default
     * @return the newest version of it, or empty when the desk has no workflow of that name
     */
    public Optional<Workflow> forNew(Optional<String> name) {
        return name.isEmpty() ? Optional.of(standard) : Optional.ofNullable(newest.get(name.get()));
    }

    /** @return the names of the workflows new tickets may name, never null */
    public List<String> names() {
        return List.copyOf(newest.keySet());
    }

    /**
     * Finds the workflow a stored ticket lives under and checks that it knows the ticket's status.
     *
     * @param ticket the ticket, never null
     * @return the workflow, never null
     * @throws WorkflowMismatchException if the desk lacks that workflow version, or the workflow lacks the status
     */
    public Workflow of(Ticket ticket) {
        Workflow workflow = versions.get(ticket.workflow());
        if (workflow == null) {
            throw new WorkflowMismatchException(ticket.number().value(), "it was created under workflow "
                    + ticket.workflow() + ", which this desk was not given; add it with TicketDesk.builder()"
                    + ".workflows(...)");
        }
        Optional<Status> status = workflow.status(ticket.status().name());
        if (status.isEmpty()) {
            throw new WorkflowMismatchException(ticket.number().value(), "its status " + ticket.status().name()
                    + " is not a status of workflow " + workflow.ref());
        }
        return workflow;
    }

    private static List<Workflow> concat(Workflow first, Collection<Workflow> rest) {
        List<Workflow> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
