package io.github.tickets4j.core.query;

import static io.github.tickets4j.core.query.Crm.ADA;
import static io.github.tickets4j.core.query.Crm.ANN;
import static io.github.tickets4j.core.query.Crm.CAT;
import static io.github.tickets4j.core.query.Crm.HYDRO;
import static io.github.tickets4j.core.query.Crm.NORTH;
import static io.github.tickets4j.core.query.Crm.OLGA;
import static io.github.tickets4j.core.query.Crm.ORPHAN;
import static io.github.tickets4j.core.query.Crm.SAM;
import static io.github.tickets4j.core.query.Crm.SOLAR;
import static io.github.tickets4j.core.query.Crm.SOUTH;
import static io.github.tickets4j.core.query.Crm.START;
import static io.github.tickets4j.core.query.Crm.WIND;

import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Six tickets on the {@link Crm#TRIAGE} desk, one an hour from {@link Crm#START} (09:00 UTC, 10:00 in Berlin),
 * each differing from the others in the fields queries look at. At the end the clock stands at 19:00 UTC the same
 * day; ticket 5's deadline has passed, so it alone is overdue.
 *
 * <pre>
 * #  project  customer  status        priority  category    assignee  team   tags                  creator
 * 1  SOLAR    SUN       IN_PROGRESS   HIGH      Equipment   ann       NORTH  inverter, urgent-call olga
 * 2  WIND     BREEZE    OPEN          LOW       Scheduling  -         -      billing               olga
 * 3  HYDRO    RIVER     CLOSED 16:00  -         Billing     cat       SOUTH  billing, invoice      sam
 * 4  ORPHAN   -         WAITING       URGENT    -           olga      NORTH  -                     ada
 * 5  SOLAR    SUN       OPEN          MEDIUM    equipment   -         SOUTH  storm                 sam
 * 6  -        -         CLOSED 17:00  LOW       Question    ann       -      -                     olga
 * </pre>
 *
 * Last activity, oldest first: 5 (13:00), 4 (15:00), 3 (16:00), 6 (17:00), 1 (18:00), 2 (19:00).
 */
final class SixTickets {
    final Crm crm = Crm.of(Crm.TRIAGE);
    final Ticket t1;
    final Ticket t2;
    final Ticket t3;
    final Ticket t4;
    final Ticket t5;
    final Ticket t6;

    SixTickets() {
        t1 = crm.create(OLGA, CreateTicket.titled("Solar panel not generating power").description("Inverter shows error 42")
                .project(SOLAR).priority("HIGH").category("Equipment").assignee(ANN.id()).team(NORTH)
                .tags("inverter", "urgent-call"));
        hour();
        t2 = crm.create(OLGA, CreateTicket.titled("Customer needs installation date update").project(WIND)
                .priority("low").category("Scheduling").tags("Billing"));
        hour();
        t3 = crm.create(SAM, CreateTicket.titled("Invoice shows wrong amount")
                .description("Customer says the PANEL count is wrong").project(HYDRO).category("Billing")
                .assignee(CAT.id()).team(SOUTH).tags("billing", "invoice").dueAt(at(15)));
        hour();
        t4 = crm.create(ADA, CreateTicket.titled("Meter reading missing").project(ORPHAN).priority("URGENT")
                .assignee(OLGA.id()).team(NORTH));
        hour();
        t5 = crm.create(SAM, CreateTicket.titled("Roof inspection").description("Check mounting after storm")
                .project(SOLAR).priority("MEDIUM").category("equipment").team(SOUTH).tags("storm").dueAt(at(14)));
        hour();
        Ticket six = crm.create(OLGA, CreateTicket.titled("Question without a project").priority("LOW")
                .category("Question").assignee(ANN.id()));
        hour();
        crm.run(OLGA, t4, new ChangeStatus("IN_PROGRESS"), new ChangeStatus("WAITING"));
        hour();
        crm.run(OLGA, t3, new Close());
        hour();
        t6 = crm.run(OLGA, six, new Close());
        hour();
        crm.run(OLGA, t1, new ChangeStatus("IN_PROGRESS"), new AddFollowUp("Call again today", today()));
        hour();
        crm.run(OLGA, t2, new AddFollowUp("Waiting for the installer", today().plusDays(1)));
    }

    /** @return the desk's today, never null */
    LocalDate today() {
        return crm.today();
    }

    /**
     * @param hourUtc an hour of the examples' day, UTC
     * @return that instant, never null
     */
    static Instant at(int hourUtc) {
        return START.plus(Duration.ofHours(hourUtc - 9L));
    }

    private void hour() {
        crm.later(Duration.ofHours(1));
    }
}
