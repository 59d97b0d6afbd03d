package io.github.tickets4j.core;

import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.ticket.Change;
import io.github.tickets4j.core.ticket.FollowUp;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketEvent;
import io.github.tickets4j.core.ticket.TicketEvent.Occurrence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The commands about following a ticket up: add a follow-up, set or clear the follow-up date. A follow-up date
 * must not lie before today as the actor sees it.
 */
final class FollowUps {
    private FollowUps() {
    }

    /**
     * {@link TicketCommand.AddFollowUp}: a note, perhaps with the next action's date, which becomes the ticket's
     * follow-up date unless the ticket is closed (an Admin's note on a closed ticket keeps its date but schedules
     * nothing). Needs the follow-up permission.
     */
    record AddFollowUp(TicketCommand.AddFollowUp command) implements Handler {
        @Override
        public Permission permission() {
            return Permission.FOLLOW_UP;
        }

        /** Customers and guests reply: public, scheduling nothing. */
        @Override
        public boolean forCustomers(List<Violation> found) {
            if (command.audience() != Audience.PUBLIC) {
                found.add(new Violation("audience", "customers and guests write public replies only; use "
                        + "AddFollowUp.reply(note)"));
            }
            if (command.followUpDate().isPresent()) {
                found.add(new Violation("followUpDate", "is staff's scheduling; customers and guests cannot set it"));
            }
            return true;
        }

        @Override
        public boolean forGuests() {
            return true;
        }

        @Override
        public void checkInput(Targets targets, LocalDate today, List<Violation> found) {
            notPast(command.followUpDate(), today, found);
        }

        @Override
        public Change decide(Attempt a) {
            return a.edit(permission(), () -> {
                // The follow-up is its history entry: one identity, so the event's follow-up equals the one read back.
                Occurrence occurrence = a.occurrence();
                FollowUp followUp = new FollowUp(occurrence.id(), command.note(), command.followUpDate(),
                        occurrence.actor(), occurrence.at(), command.audience());
                return a.change(new TicketEvent.FollowUpAdded(occurrence, followUp), b -> {
                    b.lastFollowUpAt(occurrence.at());
                    // A closed ticket schedules nothing: closing cleared its follow-up date and it must stay clear.
                    if (!a.ticket().status().isClosed()) {
                        command.followUpDate().ifPresent(b::followUpDate);
                    }
                    return b;
                });
            });
        }
    }

    /**
     * {@link TicketCommand.SetFollowUpDate} and {@link TicketCommand.ClearFollowUpDate}: the follow-up date moves to
     * a day, or is cleared. Needs the edit permission.
     *
     * @param date the new date, empty to clear
     */
    record FollowUpDate(Optional<LocalDate> date) implements Handler {
        @Override
        public Permission permission() {
            return Permission.EDIT;
        }

        @Override
        public void checkInput(Targets targets, LocalDate today, List<Violation> found) {
            notPast(date, today, found);
        }

        @Override
        public Change decide(Attempt a) {
            return a.edit(permission(), () -> {
                Optional<LocalDate> before = a.ticket().followUpDate();
                a.requireChanged(before, date, "follow-up date " + date.map(LocalDate::toString).orElse("cleared"));
                return a.change(new TicketEvent.FollowUpDateChanged(a.occurrence(), before, date),
                        b -> b.followUpDate(date.orElse(null)));
            });
        }
    }

    private static void notPast(Optional<LocalDate> date, LocalDate today, List<Violation> found) {
        date.filter(d -> d.isBefore(today)).ifPresent(
                d -> found.add(new Violation("followUpDate", "must not be before today (" + today + ")")));
    }
}
