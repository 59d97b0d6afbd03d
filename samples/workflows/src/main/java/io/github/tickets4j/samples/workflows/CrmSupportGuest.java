package io.github.tickets4j.samples.workflows;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.IssuedGuestPass;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.access.PermissionScope;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.stats.RatingStats;
import io.github.tickets4j.core.stats.ReportPeriod;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.Submitter;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.LinkCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.Rate;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.workflow.Workflows;
import io.github.tickets4j.core.workflow.Workflows.CrmSupport;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Seed 001 with a guest ({@link Workflows#crmSupport()}): a web-form ticket arrives from a submitter whose company
 * is no customer yet, so nobody could log in to read it; staff issue a guest pass and the link with its token goes
 * to the submitter. The guest, let in by the token, reads the ticket's public side (not staff's internal note, shown
 * next to it), replies, may do nothing else, and rates the resolution; staff revoke the pass and the token lets
 * nobody in.
 */
final class CrmSupportGuest extends Scenario {
    /** Staff: works on every ticket. */
    static final Actor ANA = Actor.of("ana", Role.OPERATIONS);
    /** The note only staff read. */
    static final String INTERNAL_NOTE = "Print driver 4.2 breaks delivery notes; ask which version they run";
    /** What the guest replies. */
    static final String GUEST_REPLY = "We run driver 4.2 on all three warehouse PCs.";
    private static final Role INTAKE = Role.of("INTAKE");
    private static final Actor WEB_FORM = Actor.of("webform", INTAKE);
    private static final CustomerId INITECH = CustomerId.of("C-INITECH");

    CrmSupportGuest() {
        super("001-guest", "a submitter without a customer account follows their ticket with a guest pass");
    }

    @Override
    void play(PrintStream out) {
        run(out);
    }

    /**
     * Plays the story and hands back its desk, ticket, guest and the revoked token.
     *
     * @param out where the story is printed, never null
     * @return the desk as the story left it, never null
     */
    Outcome run(PrintStream out) {
        // The standard matrix lets a guest view, reply to and rate the ticket of their pass; the web form files.
        RoleMatrix policy = RoleMatrix.standard().toBuilder()
                .grant(INTAKE, PermissionScope.OWN, Permission.VIEW, Permission.CREATE).build();
        InMemoryDirectory directory = new InMemoryDirectory().user(ANA);
        Stage stage = new Stage(out, LocalDateTime.parse("2026-04-06T08:00"), Workflows.crmSupport(), policy,
                directory);
        TicketDesk desk = stage.desk();

        stage.at("2026-04-06T08:40");
        TicketNumber number = stage.create(WEB_FORM, CreateTicket.titled("Delivery notes print blank")
                .description("Since Monday every delivery note comes out of the printer blank.")
                .submitter(Submitter.of("Lee Park", "lee@initech.example", "Initech")));
        stage.at("2026-04-06T09:00");
        stage.act(ANA, number, new AddFollowUp(INTERNAL_NOTE));
        stage.act(ANA, number, AddFollowUp.reply("Thanks for the report, we are looking into it."));
        IssuedGuestPass issued = stage.issueGuestPass(ANA, number);

        stage.at("2026-04-06T09:30");
        Actor guest = stage.letIn(issued.token()).orElseThrow();
        stage.timelineAs("the guest (Lee Park)", guest, number);
        stage.timelineAs("ana (staff)", ANA, number);
        stage.say("");
        stage.act(guest, number, AddFollowUp.reply(GUEST_REPLY));
        stage.attempt(guest, number, "close the ticket", new Close());

        stage.at("2026-04-06T14:00");
        directory.customer(INITECH);
        stage.act(ANA, number, new LinkCustomer(INITECH));
        stage.act(ANA, number, new ChangeStatus(CrmSupport.OPEN));
        stage.act(ANA, number, new ChangeStatus(CrmSupport.IN_PROGRESS));
        stage.act(ANA, number, new ChangeStatus(CrmSupport.RESOLVED, "Rolled the print driver back to 4.1"));
        stage.at("2026-04-07T08:00");
        stage.act(guest, number, new Rate(5, Optional.of("Fixed the same day, thank you")));
        compare(stage, guest, number);

        stage.say("");
        stage.at("2026-04-08T10:00");
        stage.act(ANA, number, new Close("Customer rated the fix"));
        stage.revokeGuestPass(ANA, number, issued.pass().id());
        stage.letIn(issued.token());
        stage.say(String.format("%28s the guest let in before looks %s up: %s", "", number,
                desk.find(guest, number).map(t -> t.status().name()).orElse("not found")));
        RatingStats satisfaction = desk.report(ANA, ReportPeriod.of(LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 4, 8))).satisfaction().overall();
        stage.say("");
        stage.say(String.format(Locale.ROOT, "Satisfaction 2026-04-06 to 2026-04-08, as ana sees it: %d rated,"
                + " mean %.1f", satisfaction.count(), satisfaction.mean()));
        return new Outcome(desk, number, guest, issued);
    }

    /** Prints what the guest and staff see of the ticket once the guest has rated it. */
    private static void compare(Stage stage, Actor guest, TicketNumber number) {
        TicketDesk desk = stage.desk();
        Ticket theirs = desk.find(guest, number).orElseThrow();
        Ticket staffs = desk.find(ANA, number).orElseThrow();
        stage.table("Both sides once the guest has rated it:", List.of("", "the guest", "ana (staff)"), List.of(
                List.of("status", theirs.status().name(), staffs.status().name()),
                List.of("customer", customer(theirs), customer(staffs)),
                List.of("rating", rating(theirs), rating(staffs)),
                List.of("timeline entries", entries(desk, guest, number), entries(desk, ANA, number))));
    }

    private static String customer(Ticket t) {
        return t.customer().map(Object::toString).orElse("-");
    }

    private static String rating(Ticket t) {
        return t.rating().map(r -> r.score() + " \"" + r.comment().orElse("") + "\"").orElse("-");
    }

    private static String entries(TicketDesk desk, Actor who, TicketNumber number) {
        return Integer.toString(desk.history(who, number,
                HistoryQuery.newest(50)).entries().size());
    }

    /**
     * The desk as the story left it.
     *
     * @param desk the desk, never null
     * @param number the ticket, closed and rated
     * @param guest the guest the token let in, whose pass is revoked now
     * @param issued the pass, revoked now, and its token
     */
    record Outcome(TicketDesk desk, TicketNumber number, Actor guest, IssuedGuestPass issued) {
    }
}
