package io.github.tickets4j.samples.quickstart;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.spi.TenantSettings;
import io.github.tickets4j.core.spi.Tenants;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.jpa.DatabaseKind;
import io.github.tickets4j.jpa.JpaStorage;
import io.github.tickets4j.jpa.Numbering;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The quickstart: a host application embedding Tickets4j with the JPA adapter on an in-memory H2 database. It
 * wires a desk (the default workflow and role matrix of seed 000), gives it the host's projects and a clock, and
 * plays the seed's story, printing the dashboard and the first ticket's timeline.
 */
public final class Quickstart {
    /** The zone the story happens in. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private Quickstart() {
    }

    /**
     * Runs the quickstart, telling the story on standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        play(System.out);
    }

    /**
     * Plays the story on a fresh desk.
     *
     * @param out where the story is told, never null
     */
    public static void play(PrintStream out) {
        StoryClock clock = new StoryClock(LocalDateTime.of(2026, 3, 2, 8, 0), ZONE);
        // The host owns projects, customers, its staff and who works on what; Tickets4j only asks.
        InMemoryDirectory directory = new InMemoryDirectory()
                .project(Story.ROOFTOP, CustomerId.of("C-501"), UserId.of("sam"))
                .project(Story.BARN, CustomerId.of("C-502"), UserId.of("sue"))
                .user(Story.STAFF.toArray(Actor[]::new));
        // A second company the CRM serves from the same deployment, with its own records.
        InMemoryDirectory lumenCrm = new InMemoryDirectory()
                .project(Story.WORKSHOP, CustomerId.of("C-601"), UserId.of("olga"))
                .user(Story.LUMEN_STAFF.toArray(Actor[]::new));
        try (EmbeddedDatabase database = EmbeddedDatabase.start()) {
            TicketDesk desk = TicketDesk.builder()
                    // One storage object: the adapter's store, numbering and resource-local transactions together.
                    // Seed 000 promises sequential numbers: the gapless counter gives back a rolled-back number.
                    .storage(JpaStorage.builder(database.entityManagerFactory(), DatabaseKind.H2)
                            .numbering(Numbering.GAPLESS).build())
                    .directory(directory)
                    // Every tenant numbers from 1 and sees only its own tickets; Lumen brings its own directory.
                    .tenants(Tenants.of(TenantSettings.of(Story.LUMEN).directory(lumenCrm).build()))
                    // Where the business's "today" begins: follow-up dates fall due at midnight in Berlin.
                    .zone(ZONE)
                    .clock(clock)
                    .build();
            out.println("Tickets4j quickstart: the support desk of a solar installer, on an in-memory H2 database"
                    + " (times in " + ZONE + ")");
            out.println();
            new Story(desk, clock, out).play();
        }
    }
}
