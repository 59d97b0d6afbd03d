package io.github.tickets4j.core;

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
import io.github.tickets4j.core.ticket.TicketCommand.RemoveTag;
import io.github.tickets4j.core.ticket.TicketCommand.Reopen;
import io.github.tickets4j.core.ticket.TicketCommand.SetDueDate;
import io.github.tickets4j.core.ticket.TicketCommand.SetFollowUpDate;
import io.github.tickets4j.core.ticket.TicketCommand.SetHiddenFromCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.Unassign;
import java.util.Optional;

/**
 * Gives every type of command its {@link Handler}: the one place the desk tells commands apart. A new type of
 * command does not compile until it is mapped here. A command whose required value is missing still gets its
 * handler (with the value empty), since its input rules run before its constraints are reported.
 */
final class Handlers implements TicketCommand.Visitor<Handler> {
    private static final Handlers INSTANCE = new Handlers();

    private Handlers() {
    }

    /** The handler of a command, never null. */
    static Handler of(TicketCommand command) {
        return command.accept(INSTANCE);
    }

    @Override
    public Handler addFollowUp(AddFollowUp command) {
        return new FollowUps.AddFollowUp(command);
    }

    @Override
    public Handler changeStatus(ChangeStatus command) {
        return new Moves.ChangeStatus(command);
    }

    @Override
    public Handler close(Close command) {
        return new Moves.Close(command);
    }

    @Override
    public Handler reopen(Reopen command) {
        return new Moves.Reopen(command);
    }

    @Override
    public Handler assign(Assign command) {
        return new Assignments.Assign(command);
    }

    @Override
    public Handler pickUp(PickUp command) {
        return new Assignments.PickUp();
    }

    @Override
    public Handler unassign(Unassign command) {
        return new Assignments.Unassign(command);
    }

    @Override
    public Handler changePriority(ChangePriority command) {
        return new Fields.Priority(command);
    }

    @Override
    public Handler setDueDate(SetDueDate command) {
        return new Fields.DueDate(Optional.ofNullable(command.dueAt()));
    }

    @Override
    public Handler clearDueDate(ClearDueDate command) {
        return new Fields.DueDate(Optional.empty());
    }

    @Override
    public Handler setFollowUpDate(SetFollowUpDate command) {
        return new FollowUps.FollowUpDate(Optional.ofNullable(command.followUpDate()));
    }

    @Override
    public Handler clearFollowUpDate(ClearFollowUpDate command) {
        return new FollowUps.FollowUpDate(Optional.empty());
    }

    @Override
    public Handler addTag(AddTag command) {
        return new Fields.Tag(command.tag(), true);
    }

    @Override
    public Handler removeTag(RemoveTag command) {
        return new Fields.Tag(command.tag(), false);
    }

    @Override
    public Handler linkCustomer(LinkCustomer command) {
        return new Fields.Customer(command);
    }

    @Override
    public Handler changeTeam(ChangeTeam command) {
        return new Fields.Team(Optional.ofNullable(command.team()));
    }

    @Override
    public Handler clearTeam(ClearTeam command) {
        return new Fields.Team(Optional.empty());
    }

    @Override
    public Handler changeCategory(ChangeCategory command) {
        return new Fields.Category(Optional.ofNullable(command.category()));
    }

    @Override
    public Handler clearCategory(ClearCategory command) {
        return new Fields.Category(Optional.empty());
    }

    @Override
    public Handler setHiddenFromCustomer(SetHiddenFromCustomer command) {
        return new Fields.Hidden(command.hiddenFromCustomer());
    }

    @Override
    public Handler rate(TicketCommand.Rate command) {
        return new Ratings.Rate(command);
    }
}
