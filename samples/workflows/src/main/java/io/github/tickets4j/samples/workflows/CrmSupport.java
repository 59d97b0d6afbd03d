package io.github.tickets4j.samples.workflows;

import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.Permission;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.access.PermissionScope;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.spi.Dimension;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.Submitter;
import io.github.tickets4j.core.ticket.TicketCommand.AddFollowUp;
import io.github.tickets4j.core.ticket.TicketCommand.AddTag;
import io.github.tickets4j.core.ticket.TicketCommand.Assign;
import io.github.tickets4j.core.ticket.TicketCommand.ChangePriority;
import io.github.tickets4j.core.ticket.TicketCommand.ChangeStatus;
import io.github.tickets4j.core.ticket.TicketCommand.Close;
import io.github.tickets4j.core.ticket.TicketCommand.LinkCustomer;
import io.github.tickets4j.core.ticket.TicketCommand.SetDueDate;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.workflow.Workflows;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Seed 001, a CRM's support workflow ({@link Workflows#crmSupport()}): a web-form ticket arrives unassigned with
 * only its submitter's details, is linked to the business and contact later, goes through both waiting states,
 * is resolved and closed; a second ticket waits on the customer past its due date. The timeline marks what only
 * staff see (the internal note, assignment, priority…); the customer's view of it leaves those out.
 */
final class CrmSupport extends Scenario {
    private static final Role INTAKE = Role.of("INTAKE");
    private static final Role AGENT = Role.of("AGENT");
    private static final Actor WEB_FORM = Actor.of("webform", INTAKE);
    private static final Actor ANA = Actor.of("ana", AGENT);
    private static final Actor BEN = Actor.of("ben", AGENT);
    private static final CustomerId ACME = CustomerId.of("C-ACME");

    CrmSupport() {
        super("001", "CRM support workflow: unassigned tickets, business links, waiting states");
    }

    @Override
    void play(PrintStream out) {
        // The web form may only file tickets; agents work on every ticket.
        RoleMatrix policy = RoleMatrix.builder()
                .grant(INTAKE, PermissionScope.OWN, Permission.VIEW, Permission.CREATE)
                .grant(AGENT, PermissionScope.ALL, WORK)
                .build();
        // The host knows the business the ticket is linked to, and the agents tickets are assigned to.
        InMemoryDirectory directory = new InMemoryDirectory().customer(ACME).user(ANA, BEN);
        Stage stage = new Stage(out, LocalDateTime.parse("2026-04-06T08:00"), Workflows.crmSupport(), policy,
                directory);

        stage.at("2026-04-06T08:40");
        TicketNumber login = stage.create(WEB_FORM, CreateTicket.titled("Cannot log in to the customer portal")
                .description("Nobody in our dispatch team can log in since this morning.")
                .submitter(Submitter.of("Dana Reyes", "dana.reyes@acme.example", "Acme Logistics")));
        stage.at("2026-04-06T09:10");
        stage.attempt(ANA, login, "open it before it is linked to a business", new ChangeStatus("OPEN"));
        stage.act(ANA, login, new LinkCustomer(ACME).withContact(ContactId.of("dana-reyes")));
        stage.act(ANA, login, new ChangeStatus("OPEN"));
        stage.act(ANA, login, new Assign(BEN.id()));
        stage.act(ANA, login, new AddTag("account"));
        stage.act(ANA, login, new ChangePriority("HIGH", "The whole dispatch team is locked out"));
        stage.act(ANA, login, new SetDueDate(Instant.parse("2026-04-07T17:00:00Z")));

        stage.at("2026-04-06T10:00");
        stage.act(BEN, login, new ChangeStatus("IN_PROGRESS"));
        stage.act(BEN, login, new AddFollowUp("Single sign-on rejects their certificate"));
        stage.act(BEN, login, new AddFollowUp("We are on it: which user names are affected?")
                .visibleToCustomer());
        stage.act(BEN, login, new ChangeStatus("WAITING_ON_CUSTOMER", "Need the affected user names"));

        stage.at("2026-04-06T11:00");
        TicketNumber vat = stage.create(ANA, CreateTicket.titled("Invoice shows the wrong VAT rate").customer(ACME)
                .priority("LOW").assignee(ANA.id()).tags("invoicing")
                .dueAt(Instant.parse("2026-04-07T12:00:00Z")));
        stage.act(ANA, vat, new ChangeStatus("OPEN"));
        stage.act(ANA, vat, new ChangeStatus("IN_PROGRESS"));
        stage.act(ANA, vat, new ChangeStatus("WAITING_ON_CUSTOMER", "Asked for the invoice number"));

        stage.at("2026-04-07T09:00");
        stage.act(BEN, login, new ChangeStatus("IN_PROGRESS", "Customer sent the list"));
        stage.act(BEN, login, new ChangeStatus("WAITING_ON_THIRD_PARTY",
                "Identity provider must renew the certificate"));
        stage.at("2026-04-07T15:00");
        stage.act(BEN, login, new ChangeStatus("IN_PROGRESS", "Certificate renewed"));
        stage.act(BEN, login, new ChangeStatus("RESOLVED", "Users can log in again"));
        stage.at("2026-04-08T10:00");
        stage.act(ANA, login, new Close("Customer confirmed by phone"));

        stage.at("2026-04-08T11:00");
        stage.create(WEB_FORM, CreateTicket.titled("Request for a training session")
                .submitter(Submitter.of("Lee Park", "lee@initech.example", "Initech")));

        stage.timeline(ANA, login);
        stage.customerTimeline(ANA, login);
        stage.statistics(ANA, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 8), Dimension.STATUS,
                Dimension.PRIORITY, Dimension.TAG);
    }
}
