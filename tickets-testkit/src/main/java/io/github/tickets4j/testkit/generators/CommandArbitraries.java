package io.github.tickets4j.testkit.generators;

import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.AddTag;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeCategory;
import io.github.tickets4j.core.ticket.TicketCommand.ChangePriority;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeTeam;
import io.github.tickets4j.core.ticket.TicketCommand.ClearCategory;
import io.github.tickets4j.core.ticket.TicketCommand.ClearDueDate;
import io.github.tickets4j.core.ticket.TicketCommand.ClearFollowUpDate;
import io.github.tickets4j.core.ticket.TicketCommand.ClearTeam;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.LinkCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.PickUp;
import io.github.tickets4j.core.ticket.TicketCommand.Rate;
import io.github.tickets4j.core.ticket.TicketCommand.RemoveTag;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketCommand.SetDueDate;
import io.github.tickets4j.core.ticket.TicketCommand.SetFollowUpDate;
import io.github.tickets4j.core.ticket.TicketCommand.SetHiddenFromCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.Unassign;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.ProjectId;
import io.github.tickets4j.core.ticket.Rating;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.testkit.fixtures.Actors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Commands on existing tickets for a workflow: valid ones (they pass the input rules; the ticket's state may still
 * rule them out) of every kind, and invalid ones of every kind, each naming the field the refusal must list.
 */
public final class CommandArbitraries {
    private CommandArbitraries() {
    }

    /**
     * Commands that pass the input rules on a given day: every kind of {@link TicketCommand}.
     *
     * @param workflow the desk's workflow, never null
     * @param today the desk's today, which follow-up dates may not precede; never null
     * @return the arbitrary, never null
     */
    public static Arbitrary<TicketCommand> valid(Workflow workflow, LocalDate today) {
        Arbitrary<String> reason = Texts.line(100).injectNull(0.5);
        Arbitrary<LocalDate> future = Arbitraries.integers().between(0, 60).map(today::plusDays);
        List<Arbitrary<? extends TicketCommand>> kinds = new ArrayList<>(List.of(
                Texts.line(500).flatMap(note -> future.injectNull(0.5).flatMap(date -> Arbitraries.of(true, false)
                        .map(shown -> shown ? new AddFollowUp(note, date).visibleToCustomer()
                                : new AddFollowUp(note, date)))),
                Arbitraries.of(workflow.statuses()).map(Status::name).flatMap(s -> reason.map(
                        r -> new ChangeStatus(s, r))),
                reason.map(Close::new),
                reason.map(Reopen::new),
                Arbitraries.of(Actors.users()).flatMap(u -> reason.map(r -> new Assign(u, r))),
                Arbitraries.just(new PickUp()),
                reason.map(Unassign::new),
                Arbitraries.longs().between(-10L * 86_400, 60L * 86_400)
                        .map(s -> Instant.parse("2026-03-02T09:00:00Z").plusSeconds(s)).map(SetDueDate::new),
                Arbitraries.just(new ClearDueDate()),
                future.map(SetFollowUpDate::new),
                Arbitraries.just(new ClearFollowUpDate()),
                Texts.tag().map(AddTag::new),
                Texts.tag().map(RemoveTag::new),
                Arbitraries.of(Actors.C1, Actors.C2).map(LinkCustomer::new),
                Arbitraries.of(Actors.T1, Actors.T2).map(ChangeTeam::new),
                Arbitraries.just(new ClearTeam()),
                Arbitraries.of(true, false).map(SetHiddenFromCustomer::new),
                Arbitraries.integers().between(Rating.MIN, Rating.MAX).flatMap(score -> reason.map(
                        comment -> new Rate(score, Optional.ofNullable(comment))))));
        if (!workflow.priorities().isEmpty()) {
            kinds.add(Arbitraries.of(workflow.priorities()).flatMap(p -> reason.map(r -> new ChangePriority(p, r))));
        }
        kinds.add(workflow.categories().isEmpty() ? Texts.line(60).map(ChangeCategory::new)
                : Arbitraries.of(workflow.categories()).map(ChangeCategory::new));
        if (!workflow.categoryRequired()) {
            kinds.add(Arbitraries.just(new ClearCategory()));
        }
        return Arbitraries.oneOf(kinds);
    }

    /**
     * Commands that break one input rule each, of every kind: blank, too long or control-character notes,
     * reasons, categories and tags; follow-up dates before today; unknown statuses, priorities and categories; a
     * required category cleared; a missing assignee, customer, team, due date or follow-up date; targets that do
     * not exist (assignee, team, customer, project); a customer that does not own the project named with it; a
     * rating score outside 1 to 5.
     *
     * @param workflow the desk's workflow, never null
     * @param today the desk's today, never null
     * @return the arbitrary, never null
     */
    public static Arbitrary<Invalid<TicketCommand>> invalid(Workflow workflow, LocalDate today) {
        Arbitrary<LocalDate> past = Arbitraries.integers().between(1, 400).map(today::minusDays);
        Arbitrary<String> tooLongReason = Texts.line(20).map(s -> "r".repeat(2000) + s);
        List<Arbitrary<Invalid<TicketCommand>>> kinds = new ArrayList<>(List.of(
                Arbitraries.of("", "  ", "\n").map(n -> invalid(new AddFollowUp(n), "note")),
                Texts.line(20).map(n -> invalid(new AddFollowUp("n".repeat(10_000) + n), "note")),
                past.map(d -> invalid(new AddFollowUp("Called", d), "followUpDate")),
                past.map(d -> invalid(new SetFollowUpDate(d), "followUpDate")),
                Arbitraries.of("", " ").map(s -> invalid(new ChangeStatus(s), "to")),
                Texts.line(20).map(s -> invalid(new ChangeStatus("NO_SUCH_" + s.hashCode()), "to")),
                tooLongReason.map(r -> invalid(new Close(r), "note")),
                Texts.withBell().map(r -> invalid(new Reopen(r), "reason")),
                Arbitraries.just(invalid(new Assign(null), "assignee")),
                Arbitraries.just(invalid(new SetDueDate(null), "dueAt")),
                Arbitraries.just(invalid(new SetFollowUpDate(null), "followUpDate")),
                Arbitraries.just(invalid(new ChangeTeam(null), "team")),
                Arbitraries.of("", " ", "\u0007").map(c -> invalid(new ChangeCategory(c), "category")),
                Arbitraries.just(invalid(new LinkCustomer(null), "customer")),
                CreateTicketArbitraries.unknown().map(u -> invalid(new Assign(UserId.of(u.toLowerCase(Locale.ROOT))),
                        "assignee")),
                CreateTicketArbitraries.unknown().map(t -> invalid(new ChangeTeam(TeamId.of(t)), "team")),
                CreateTicketArbitraries.unknown().map(c -> invalid(new LinkCustomer(CustomerId.of(c)), "customer")),
                CreateTicketArbitraries.unknown().map(p -> invalid(
                        new LinkCustomer(Actors.C1).withProject(ProjectId.of(p)), "project")),
                Arbitraries.of(Actors.C1, Actors.C2).map(c -> invalid(
                        new LinkCustomer(c).withProject(c.equals(Actors.C1) ? Actors.P2 : Actors.P1), "customer")),
                Arbitraries.of("-dash", "#hash", "a/b", "x".repeat(51)).map(t -> invalid(new AddTag(t), "tag")),
                Arbitraries.of("", "?").map(t -> invalid(new RemoveTag(t), "tag")),
                Arbitraries.of("", " ").map(p -> invalid(new ChangePriority(p), "priority")),
                Texts.line(20).map(p -> invalid(new ChangePriority("Unknown " + p), "priority")),
                Arbitraries.of(Rating.MIN - 1, Rating.MAX + 1, -7, 100).map(s -> invalid(new Rate(s), "score"))));
        if (!workflow.categories().isEmpty()) {
            kinds.add(Texts.line(20).map(c -> invalid(new ChangeCategory("Unknown " + c), "category")));
        }
        if (workflow.categoryRequired()) {
            kinds.add(Arbitraries.just(invalid(new ClearCategory(), "category")));
        }
        return Arbitraries.oneOf(kinds);
    }

    private static Invalid<TicketCommand> invalid(TicketCommand command, String field) {
        return new Invalid<>(command, field);
    }
}
