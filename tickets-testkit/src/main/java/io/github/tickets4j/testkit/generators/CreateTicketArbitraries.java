package io.github.tickets4j.testkit.generators;

import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.testkit.fixtures.Actors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Creation commands for a workflow and the {@link Actors} directory: valid ones, which an Admin or Operations
 * actor can always create, and invalid ones of every kind, each naming the field the refusal must list.
 */
public final class CreateTicketArbitraries {
    private CreateTicketArbitraries() {
    }

    /**
     * Valid creation commands: any title, description, known project or none (with its own customer named or
     * not) and a contact person of the customer or none, the workflow's priorities and categories in any case
     * (present whenever the workflow requires them), assignees who may view the ticket, teams, up to 20 tags, due
     * dates, hidden or not.
     *
     * @param workflow the desk's workflow, never null
     * @return the arbitrary, never null
     */
    public static Arbitrary<CreateTicket> valid(Workflow workflow) {
        Arbitrary<String> priority = optionalName(workflow.priorities(),
                workflow.priorityRequired() && workflow.defaultPriority().isEmpty());
        Arbitrary<String> category = optionalName(workflow.categories(), workflow.categoryRequired());
        Arbitrary<ProjectId> project = Arbitraries.of(Actors.P1, Actors.P2, Actors.P3).injectNull(0.3);
        Arbitrary<TeamId> team = Arbitraries.of(Actors.T1, Actors.T2).injectNull(0.4);
        Arbitrary<List<String>> tags = Texts.tag().list().uniqueElements().ofMaxSize(20);
        Arbitrary<Instant> due = Arbitraries.longs().between(-30L * 86_400, 60L * 86_400)
                .map(s -> Instant.parse("2026-03-02T09:00:00Z").plusSeconds(s)).injectNull(0.5);
        return Combinators.combine(Texts.line(200), Texts.line(2000).injectNull(0.5), project, priority, category,
                team, tags, due).flatAs((title, description, p, pr, cat, t, tagList, d) -> Combinators
                        .combine(assigneeFor(p), customerFor(p), Arbitraries.of(true, false),
                                Arbitraries.of(true, false))
                        .as((a, customer, hidden, contact) -> CreateTicket.titled(title).description(description)
                                .project(p).customer(customer).contact(contact ? contactOf(p, customer) : null)
                                .priority(pr).category(cat).assignee(a).team(t)
                                .tags(tagList.toArray(String[]::new)).dueAt(d).hiddenFromCustomer(hidden).build()));
    }

    /** A contact person of the ticket's customer (named, or the project's), if it has one. */
    private static ContactId contactOf(ProjectId project, CustomerId customer) {
        CustomerId of = customer != null ? customer
                : project == null ? null : Actors.directory().customerOf(project).orElse(null);
        return Actors.C1.equals(of) ? Actors.K1 : Actors.C2.equals(of) ? Actors.K2 : null;
    }

    /** Only a user who may view the ticket can hold it: the desk refuses any other assignee. */
    private static Arbitrary<UserId> assigneeFor(ProjectId project) {
        return Arbitraries.of(Actors.viewersOf(project)).injectNull(0.4);
    }

    /** The project's own customer, named or left for the desk to fill in; without project, a known one or none. */
    private static Arbitrary<CustomerId> customerFor(ProjectId project) {
        if (project == null) {
            return Arbitraries.of(Actors.C1, Actors.C2).injectNull(0.6);
        }
        return Actors.directory().customerOf(project).map(c -> Arbitraries.just(c).injectNull(0.5))
                .orElse(Arbitraries.just(null));
    }

    /**
     * Invalid creation commands of every kind: blank, too long or control-character titles, descriptions that are
     * too long or hold control characters, unknown projects, customers, teams, assignees, workflows, priorities or
     * categories, a customer that does not own the project, missing required ones, too many or malformed tags.
     *
     * @param workflow the desk's workflow, never null
     * @return the arbitrary, never null
     */
    public static Arbitrary<Invalid<CreateTicket>> invalid(Workflow workflow) {
        Arbitrary<CreateTicket> base = valid(workflow);
        List<Arbitrary<Invalid<CreateTicket>>> kinds = new ArrayList<>(List.of(
                base.flatMap(c -> Arbitraries.of("", "   ", "\t").map(t -> retitled(c, t))),
                base.flatMap(c -> Texts.line(40).map(t -> retitled(c, "x".repeat(200) + t))),
                base.flatMap(c -> Texts.withBell().map(t -> retitled(c, t))),
                base.map(c -> new Invalid<>(c.toBuilder().description("y".repeat(20_001)).build(), "description")),
                base.flatMap(c -> Texts.withBell().map(d -> new Invalid<>(c.toBuilder().description(d).build(),
                        "description"))),
                base.flatMap(c -> unknown().map(p -> new Invalid<>(
                        c.toBuilder().project(ProjectId.of(p)).customer(null).build(), "project"))),
                base.flatMap(c -> unknown().map(k -> new Invalid<>(
                        c.toBuilder().customer(CustomerId.of(k)).build(), "customer"))),
                base.flatMap(c -> Arbitraries.of(Actors.C1, Actors.C2).map(k -> new Invalid<>(c.toBuilder()
                        .project(k.equals(Actors.C1) ? Actors.P2 : Actors.P1).customer(k).build(), "customer"))),
                base.flatMap(c -> unknown().map(t -> new Invalid<>(
                        c.toBuilder().team(TeamId.of(t)).build(), "team"))),
                base.flatMap(c -> unknown().map(u -> new Invalid<>(
                        c.toBuilder().assignee(UserId.of(u.toLowerCase(Locale.ROOT))).build(), "assignee"))),
                base.flatMap(c -> unknown().map(w -> new Invalid<>(
                        c.toBuilder().workflow(w.toLowerCase(Locale.ROOT)).build(), "workflow"))),
                base.flatMap(c -> Texts.line(20).map(p -> new Invalid<>(
                        c.toBuilder().priority("Unknown " + p).build(), "priority"))),
                base.flatMap(c -> Texts.tag().list().uniqueElements().ofSize(21).map(t -> new Invalid<>(
                        c.toBuilder().tags(t.toArray(String[]::new)).build(), "tags"))),
                base.flatMap(c -> Arbitraries.of("-dash", "#hash", "a/b", "x".repeat(51)).map(t -> new Invalid<>(
                        c.toBuilder().tags(t).build(), "tags")))));
        if (workflow.priorityRequired() && workflow.defaultPriority().isEmpty()) {
            kinds.add(base.map(c -> new Invalid<>(c.toBuilder().priority(null).build(), "priority")));
        }
        if (!workflow.categories().isEmpty()) {
            // Without declared categories any text is a category.
            kinds.add(base.flatMap(c -> Texts.line(20).map(k -> new Invalid<>(
                    c.toBuilder().category("Unknown " + k).build(), "category"))));
        }
        if (workflow.categoryRequired()) {
            kinds.add(base.map(c -> new Invalid<>(c.toBuilder().category(null).build(), "category")));
        }
        return Arbitraries.oneOf(kinds);
    }

    private static Invalid<CreateTicket> retitled(CreateTicket c, String title) {
        return new Invalid<>(new CreateTicket(title, c.description(), c.project(), c.customer(), c.contact(),
                c.submitter(), c.priority(), c.category(), c.assignee(), c.team(), c.tags(), c.dueAt(),
                c.hiddenFromCustomer(), c.workflow()), "title");
    }

    /** A well-formed name no record of the {@link Actors} directory has. */
    static Arbitrary<String> unknown() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofLength(6).map(s -> "NO-" + s);
    }

    private static Arbitrary<String> optionalName(List<String> names, boolean required) {
        if (names.isEmpty()) {
            // Nothing declared: any text is a name (categories), or the workflow has none (priorities).
            return required ? Texts.line(60) : Arbitraries.just(null);
        }
        Arbitrary<String> any = Arbitraries.of(names).flatMap(n -> Arbitraries.of(n, n.toLowerCase(Locale.ROOT)));
        return required ? any : any.injectNull(0.3);
    }
}
