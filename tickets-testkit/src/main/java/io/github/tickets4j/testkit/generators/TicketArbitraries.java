package io.github.tickets4j.testkit.generators;

import io.github.tickets4j.core.ticket.Audience;
import io.github.tickets4j.core.ticket.Rating;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.workflow.Status;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.testkit.fixtures.Actors;
import io.github.tickets4j.testkit.fixtures.DeskFixture;
import io.github.tickets4j.testkit.fixtures.FixtureTicket;
import io.github.tickets4j.testkit.fixtures.TicketFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Tickets in any state of a workflow with their histories: any status reachable from the initial one, with
 * follow-ups (with and without dates, of both visibilities), random activity and, on most resolved or closed
 * tickets, a rating, made by a desk's own decisions
 * through {@link TicketFixture}, ready to {@link FixtureTicket#insertInto insert}.
 */
public final class TicketArbitraries {
    private TicketArbitraries() {
    }

    /**
     * Tickets in any reachable status with any valid creation details, up to five follow-ups and up to twenty
     * further changes of every kind.
     *
     * @param workflow the workflow, never null
     * @return the arbitrary, never null
     */
    public static Arbitrary<FixtureTicket> any(Workflow workflow) {
        List<String> reachable = workflow.statuses().stream().map(Status::name)
                .filter(s -> reachable(workflow, s)).toList();
        // Days after the creation's: a follow-up date never lies before the day it is written on.
        Arbitrary<Integer> days = Arbitraries.integers().between(1, 35).injectNull(0.4);
        return Combinators.combine(CreateTicketArbitraries.valid(workflow), Arbitraries.of(reachable),
                days.list().ofMaxSize(5), Arbitraries.longs().between(1, 99_999_999L),
                Arbitraries.of(Actors.users()), Arbitraries.integers().between(0, 90 * 24 * 60),
                Arbitraries.integers().between(0, 20), Arbitraries.longs())
                .as((command, status, followUps, number, creator, minutes, activity, seed) -> {
                    Random random = new Random(seed);
                    Instant created = DeskFixture.START.plus(Duration.ofMinutes(minutes));
                    LocalDate day = LocalDate.ofInstant(created, ZoneOffset.UTC);
                    TicketFixture fixture = TicketFixture.in(workflow).number(number).created(creator, created)
                            .with(ignored -> command.toBuilder())
                            .activity(activity, random.nextLong())
                            .status(status);
                    for (int i = 0; i < followUps.size(); i++) {
                        Integer after = followUps.get(i);
                        fixture.followUp(after == null ? null : day.plusDays(after),
                                i % 2 == 0 ? Audience.INTERNAL : Audience.PUBLIC);
                    }
                    if (resolved(workflow, status) && random.nextInt(3) > 0) {
                        // Rated by the fixture's desk, which allows everything, as a customer rates on the portal.
                        int score = Rating.MIN + random.nextInt(Rating.MAX);
                        fixture.then(new TicketCommand.Rate(score, Optional.ofNullable(
                                random.nextBoolean() ? null : "Rated " + score)));
                    }
                    return fixture.build();
                });
    }

    private static boolean resolved(Workflow workflow, String status) {
        StatusCategory category = workflow.status(status).orElseThrow().category();
        return category == StatusCategory.RESOLVED || category == StatusCategory.CLOSED;
    }

    private static boolean reachable(Workflow workflow, String status) {
        try {
            TicketFixture.in(workflow).status(status).build();
            return true;
        } catch (IllegalArgumentException unreachable) {
            return false;
        }
    }
}
