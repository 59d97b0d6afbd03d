package io.github.tickets4j.core.desk;

import static io.github.tickets4j.core.desk.TestDesk.ADA;
import static io.github.tickets4j.core.desk.TestDesk.C8;
import static io.github.tickets4j.core.desk.TestDesk.OLA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketsException;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.query.NamedView;
import io.github.tickets4j.core.stats.DashboardFilter;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketNumber;
import io.github.tickets4j.core.ticket.UserId;
import io.github.tickets4j.core.ticket.Audience;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.function.Executable;

/**
 * No raw JDK exception (NullPointerException, IllegalArgumentException, IllegalStateException,
 * NoSuchElementException) escapes the desk for bad input: a null inside a command is a
 * {@link ValidationFailedException} naming the field, and so is a null argument of any facade method.
 */
class NullInputTest {
    /** The command fields that must be given (unless optional): a null there is named in the refusal. */
    private static final Set<String> REQUIRED = Set.of("note", "to", "assignee", "priority", "tag", "customer",
            "dueAt", "followUpDate", "team", "category");

    /** A command of any kind built with some of its fields null, and which of the required ones are. */
    record Attempt(TicketCommand command, List<String> nullRequired) {
    }

    @Property(tries = 400)
    void aCommandWithNullFieldsIsDoneOrRefusedAsATicketsExceptionNamingEveryRequiredNull(
            @ForAll("attempts") Attempt attempt, @ForAll boolean closed) {
        TestDesk t = TestDesk.standard();
        Ticket ticket = t.open("Nulls inside");
        if (closed) {
            t.run(ADA, ticket, new io.github.tickets4j.core.ticket.TicketCommand.Close());
        }
        try {
            t.run(ADA, ticket, attempt.command());
            assertEquals(List.of(), attempt.nullRequired(), "a required null was accepted: " + attempt);
            Statistics.collect("done");
        } catch (TicketsException refused) {
            Statistics.collect(refused.getClass().getSimpleName());
            if (!attempt.nullRequired().isEmpty()) {
                ValidationFailedException invalid = assertInstanceOf(ValidationFailedException.class, refused);
                List<String> fields = invalid.violations().stream().map(Violation::field).toList();
                assertTrue(fields.containsAll(attempt.nullRequired()), fields + " for " + attempt);
            }
        }
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        List<Class<?>> kinds = Arrays.asList(TicketCommand.class.getPermittedSubclasses());
        return Arbitraries.of(kinds).flatMap(kind -> {
            RecordComponent[] parts = kind.getRecordComponents();
            return Arbitraries.of(true, false).list().ofSize(parts.length).map(nulls -> build(kind, parts, nulls));
        });
    }

    private static Attempt build(Class<?> kind, RecordComponent[] parts, List<Boolean> nulls) {
        Object[] values = new Object[parts.length];
        List<String> nullRequired = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            boolean asNull = nulls.get(i) && !parts[i].getType().isPrimitive();
            values[i] = asNull ? null : sample(parts[i]);
            if (asNull && REQUIRED.contains(parts[i].getName()) && parts[i].getType() != Optional.class) {
                nullRequired.add(parts[i].getName());
            }
        }
        try {
            Constructor<?> canonical = kind.getDeclaredConstructor(
                    Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return new Attempt((TicketCommand) canonical.newInstance(values), nullRequired);
        } catch (InvocationTargetException e) {
            throw new AssertionError(kind.getSimpleName() + " refused nulls in its constructor: " + e.getCause(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** A value a field of that name and type could well hold. */
    private static Object sample(RecordComponent part) {
        Class<?> type = part.getType();
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == int.class) {
            return 4;
        }
        if (type == Audience.class) {
            return Audience.PUBLIC;
        }
        if (type == UserId.class) {
            return OLA.id();
        }
        if (type == CustomerId.class) {
            return C8;
        }
        if (type == TeamId.class) {
            return TestDesk.FIELD;
        }
        if (type == Instant.class) {
            return Instant.parse("2026-04-01T10:00:00Z");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 3, 20);
        }
        return switch (part.getName()) {
            case "to" -> "IN_PROGRESS";
            case "priority" -> "HIGH";
            default -> "vip";
        };
    }

    @Example
    void aNullArgumentOfAnyFacadeMethodIsRefusedNamingIt() {
        TestDesk t = TestDesk.standard();
        TicketDesk desk = t.desk;
        TicketNumber number = t.open("Arguments").number();
        PageRequest page = PageRequest.first(10);
        assertNamed("actor", () -> desk.find(null, number));
        assertNamed("ticketNumber", () -> desk.find(ADA, null));
        assertNamed("actor", () -> desk.delete(null, number));
        assertNamed("ticketNumber", () -> desk.history(ADA, null, HistoryQuery.newest(5)));
        assertNamed("query", () -> desk.history(ADA, number, null));
        assertNamed("query", () -> desk.search(ADA, null, Sort.NEWEST_FIRST, page));
        assertNamed("sort", () -> desk.search(ADA, TicketQuery.all(), null, page));
        assertNamed("page", () -> desk.search(ADA, TicketQuery.all(), Sort.NEWEST_FIRST, null));
        assertNamed("query", () -> desk.count(ADA, null));
        assertNamed("view", () -> desk.view(ADA, null, Sort.NEWEST_FIRST, page));
        assertNamed("sort", () -> desk.view(ADA, NamedView.ALL, null, page));
        assertNamed("page", () -> desk.view(ADA, NamedView.ALL, Sort.NEWEST_FIRST, null));
        assertNamed("filter", () -> desk.dashboard(ADA, null, Sort.NEWEST_FIRST, page));
        assertNamed("sort", () -> desk.dashboard(ADA, DashboardFilter.cleared(), null, page));
        assertNamed("page", () -> desk.dashboard(ADA, DashboardFilter.cleared(), Sort.NEWEST_FIRST, null));
        assertNamed("period", () -> desk.report(ADA, null));
        assertNamed("actor", () -> desk.today(null));
        assertNamed("ticketNumber", () -> desk.number(null));
        assertNamed("actor", () -> desk.stageCounts(null, NamedView.ALL));
        assertNamed("view", () -> desk.stageCounts(ADA, null));
        assertNamed("actor", () -> desk.issueGuestPass(null, number, java.util.Optional.empty()));
        assertNamed("ticketNumber", () -> desk.issueGuestPass(ADA, null, java.util.Optional.empty()));
        assertNamed("expiresAt", () -> desk.issueGuestPass(ADA, number, null));
        assertNamed("ticketNumber", () -> desk.revokeGuestPass(ADA, null, java.util.UUID.randomUUID()));
        assertNamed("pass", () -> desk.revokeGuestPass(ADA, number, null));
        assertNamed("ticketNumber", () -> desk.guestPasses(ADA, null));
        assertNamed("tenant", () -> desk.guest(null, "t4jg_x"));
        assertNamed("token", () -> desk.guest(io.github.tickets4j.core.ticket.TenantId.DEFAULT, null));
    }

    private static void assertNamed(String field, Executable call) {
        ValidationFailedException e = assertThrows(ValidationFailedException.class, call);
        assertEquals(List.of(field), e.violations().stream().map(Violation::field).toList(), e.getMessage());
    }
}
