package io.github.tickets4j.core;

import io.github.tickets4j.core.access.AccessTarget;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.spi.StoredTicket;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketEvent.Occurrence;
import io.github.tickets4j.core.ticket.TicketId;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.workflow.Workflow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The creation of a ticket in one tenant: its input rules, what the workflow and the directory fill in, who may
 * create it, and the new ticket with its event.
 */
final class Creation {
    private final Catalog workflows;
    private final Directory directory;
    private final Targets targets;
    private final Guard guard;

    Creation(Catalog workflows, Directory directory, Targets targets, Guard guard) {
        this.workflows = workflows;
        this.directory = directory;
        this.targets = targets;
        this.guard = guard;
    }

    /** The workflow a command creates its ticket under: the newest version of the one it names, or the default. */
    Optional<Workflow> workflowOf(CreateTicket command) {
        return command == null ? Optional.empty() : workflows.forNew(command.workflow());
    }

    /**
     * The rules beyond the command's constraints: targets that exist, a workflow the desk knows, and the priority
     * and category that workflow knows or requires.
     *
     * @param command the command, may be null (then its constraints report it)
     * @param workflow the workflow the command names, empty when the desk has none of that name
     */
    List<Violation> rules(CreateTicket command, Optional<Workflow> workflow) {
        List<Violation> found = new ArrayList<>();
        if (command == null) {
            return found;
        }
        command.project().ifPresent(p -> targets.project(p, found));
        command.customer().ifPresent(c -> targets.customer(c, command.project(), found));
        command.team().ifPresent(t -> targets.team(t, found));
        command.assignee().ifPresent(a -> targets.assignee(a, found));
        if (workflow.isEmpty()) {
            found.add(new Violation("workflow", "must be one of " + workflows.names()));
            return found;
        }
        Workflow w = workflow.get();
        if (command.priority().isPresent()) {
            Fields.knownPriority(w, command.priority().get(), found);
        } else if (w.priorityRequired() && w.defaultPriority().isEmpty()) {
            found.add(new Violation("priority", "is required, one of " + w.priorities()));
        }
        if (command.category().isPresent()) {
            Fields.knownCategory(w, command.category().get(), found);
        } else if (w.categoryRequired()) {
            found.add(new Violation("category", "is required" + (w.categories().isEmpty() ? ""
                    : ", one of " + w.categories())));
        }
        return found;
    }

    /**
     * Fills in what a valid command leaves to others: the project's customer, the workflow's spelling of the
     * priority (or its default) and category, and the workflow's name.
     */
    CreateTicket resolve(CreateTicket command, Workflow workflow) {
        CreateTicket.Builder b = command.toBuilder();
        if (command.customer().isEmpty()) {
            command.project().flatMap(directory::customerOf).ifPresent(b::customer);
        }
        b.priority(command.priority().flatMap(workflow::priority).or(workflow::defaultPriority).orElse(null));
        b.category(command.category().flatMap(workflow::category).orElse(null));
        b.workflow(workflow.name());
        return b.build();
    }

    /**
     * Authorises a resolved creation: the actor may create for its project and team, its assignee may view it, and
     * its project belongs to its customer.
     */
    void authorise(Actor actor, CreateTicket resolved) {
        guard.requireCreation(actor, AccessTarget.newTicket(resolved.project(), resolved.team(), resolved.customer(),
                resolved.contact(), actor.id(), resolved.assignee(), resolved.hiddenFromCustomer()), resolved.project(),
                resolved.customer());
    }

    /** Decides the new ticket, version 0 in the workflow's initial status, and its {@link TicketEvent.Created}. */
    static Change decide(Actor actor, TicketNumber number, Workflow workflow, CreateTicket resolved, Instant at) {
        TenantId tenant = actor.tenant();
        TicketId id = TicketId.random();
        Occurrence occurrence = new Occurrence(UUID.randomUUID(), tenant, id, number, 0, at, actor.id(),
                resolved.customer(), resolved.hiddenFromCustomer());
        TicketEvent event = new TicketEvent.Created(occurrence, workflow.initial().name(), resolved.project(),
                resolved.customer());
        Ticket ticket = StoredTicket.builder().tenant(tenant).id(id).number(number).title(resolved.title())
                .description(resolved.description().orElse(null)).status(workflow.initial())
                .priority(resolved.priority().orElse(null)).category(resolved.category().orElse(null))
                .project(resolved.project().orElse(null)).customer(resolved.customer().orElse(null))
                .contact(resolved.contact().orElse(null)).submitter(resolved.submitter().orElse(null))
                .assignee(resolved.assignee().orElse(null)).team(resolved.team().orElse(null))
                .tags(resolved.tags()).hiddenFromCustomer(resolved.hiddenFromCustomer())
                .dueAt(resolved.dueAt().orElse(null)).createdAt(at).createdBy(actor.id()).lastActivityAt(at)
                .workflow(workflow.ref()).version(0).build();
        return new Change(ticket, event);
    }
}
