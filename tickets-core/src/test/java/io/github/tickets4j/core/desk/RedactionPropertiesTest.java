package io.github.tickets4j.core.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.Violation;
import io.github.tickets4j.core.access.Actor;
import io.github.tickets4j.core.access.InternalField;
import io.github.tickets4j.core.access.Role;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.query.PageRequest;
import io.github.tickets4j.core.query.Sort;
import io.github.tickets4j.core.query.SortField;
import io.github.tickets4j.core.query.TicketQuery;
import io.github.tickets4j.core.support.MutableClock;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.Ticket;
import io.github.tickets4j.core.ticket.TicketCommand;
import io.github.tickets4j.core.ticket.TicketSummary;
import io.github.tickets4j.core.ticket.TeamId;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Redaction of internal fields, over every choice of internal fields a host can make: a customer reads a ticket
 * with exactly the internal fields blank and every other field as staff read it, in a lookup and in a list; a
 * customer's query is refused exactly when a filter or sort names an internal field, naming each such filter; staff
 * are never refused and never see anything blank.
 */
class RedactionPropertiesTest {
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final CustomerId C7 = CustomerId.of("C-7");
    private static final TeamId FIELD = TeamId.of("field-service");
    private static final Actor ADA = Actor.of("ada", Role.ADMIN);
    private static final Actor ANNA = Actor.customer("anna", C7);
    private static final Workflow WORKFLOW = Workflows.ispBilling();

    @Property(tries = 150)
    void theCustomerReadsExactlyTheInternalFieldsBlank(@ForAll @Size(max = 7) Set<InternalField> internal) {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZONE);
        TicketDesk desk = desk(internal, clock);
        Ticket created = desk.create(ADA, CreateTicket.titled("Everything set").customer(C7)
                .priority(WORKFLOW.priorities().get(0)).category(WORKFLOW.categories().get(0)).assignee(ADA.id())
                .team(FIELD).tags("vip").dueAt(clock.instant().plusSeconds(86_400)).build());
        Ticket full = desk.execute(ADA, created.number(),
                new TicketCommand.SetFollowUpDate(desk.today(ADA).plusDays(2)));
        Ticket shown = desk.find(ANNA, full.number()).orElseThrow();
        Map<InternalField, Boolean> blank = blanks(shown);
        for (InternalField field : InternalField.values()) {
            assertEquals(internal.contains(field), blank.get(field), field + " with internal " + internal);
        }
        assertTrue(blanks(desk.find(ADA, full.number()).orElseThrow()).values().stream().noneMatch(b -> b),
                "staff see every field");
        assertEquals(full.title(), shown.title());
        assertEquals(full.status(), shown.status());
        TicketSummary listed = desk.search(ANNA, TicketQuery.all(), Sort.NEWEST_FIRST, PageRequest.first(10))
                .items().get(0);
        assertEquals(shown.summary(), listed);
        Statistics.collect(internal.size());
    }

    @Property(tries = 300)
    void aCustomersQueryIsRefusedExactlyForTheFiltersNamingAnInternalField(
            @ForAll @Size(max = 7) Set<InternalField> internal,
            @ForAll @Size(max = 6) Set<Filter> filters, @ForAll boolean sortByPriority) {
        TicketDesk desk = desk(internal, new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZONE));
        TicketQuery.Builder q = TicketQuery.builder();
        filters.forEach(f -> f.apply(q));
        TicketQuery query = q.build();
        Sort sort = sortByPriority ? Sort.descending(SortField.PRIORITY) : Sort.NEWEST_FIRST;
        Set<String> expected = new TreeSet<>();
        filters.stream().filter(f -> f.fields().stream().anyMatch(internal::contains)).forEach(f -> expected.add(
                f.name));
        if (sortByPriority && internal.contains(InternalField.PRIORITY)) {
            expected.add("sort");
        }
        desk.search(ADA, query, sort, PageRequest.first(10));
        if (expected.isEmpty()) {
            desk.search(ANNA, query, sort, PageRequest.first(10));
            Statistics.collect("answered");
            return;
        }
        ValidationFailedException refused = assertThrows(ValidationFailedException.class,
                () -> desk.search(ANNA, query, sort, PageRequest.first(10)));
        assertEquals(expected, new TreeSet<>(refused.violations().stream().map(Violation::field).toList()));
        Statistics.collect("refused");
    }

    /** A filter a customer might try, the filter's name in the refusal, and the fields it reveals. */
    enum Filter {
        PRIORITIES("priorities", InternalField.PRIORITY), CATEGORIES("categories", InternalField.CATEGORY),
        ASSIGNEES("assignees", InternalField.ASSIGNEE), UNASSIGNED("assignees", InternalField.ASSIGNEE),
        TEAMS("teams", InternalField.TEAM), TAGS("tags", InternalField.TAGS),
        OVERDUE("overdueOnly", InternalField.DUE_DATE, InternalField.FOLLOW_UP_DATE), TEXT("text");

        final String name;
        private final Set<InternalField> reveals;

        Filter(String name, InternalField... reveals) {
            this.name = name;
            this.reveals = Set.of(reveals);
        }

        Set<InternalField> fields() {
            return reveals;
        }

        void apply(TicketQuery.Builder q) {
            switch (this) {
                case PRIORITIES -> q.priorities(WORKFLOW.priorities().get(0));
                case CATEGORIES -> q.categories(WORKFLOW.categories().get(0));
                case ASSIGNEES -> q.assignees(ADA.id());
                case UNASSIGNED -> q.unassignedOnly(true);
                case TEAMS -> q.teams(FIELD);
                case TAGS -> q.tags("vip");
                case OVERDUE -> q.overdueOnly(true);
                case TEXT -> q.text("router");
            }
        }
    }

    private static Map<InternalField, Boolean> blanks(Ticket t) {
        Map<InternalField, Boolean> blank = new EnumMap<>(InternalField.class);
        blank.put(InternalField.PRIORITY, t.priority().isEmpty());
        blank.put(InternalField.CATEGORY, t.category().isEmpty());
        blank.put(InternalField.ASSIGNEE, t.assignee().isEmpty());
        blank.put(InternalField.TEAM, t.team().isEmpty());
        blank.put(InternalField.TAGS, t.tags().isEmpty());
        blank.put(InternalField.DUE_DATE, t.dueAt().isEmpty());
        blank.put(InternalField.FOLLOW_UP_DATE, t.followUpDate().isEmpty());
        return blank;
    }

    private static TicketDesk desk(Set<InternalField> internal, MutableClock clock) {
        InMemoryDirectory directory = new InMemoryDirectory().customer(C7).team(FIELD, ADA.id()).user(ADA);
        return TicketDesk.builder().workflow(WORKFLOW).storage(new InMemoryStorage()).directory(directory)
                .clock(clock).zone(ZONE).validator(VALIDATOR)
                .internalFields(internal.toArray(InternalField[]::new)).build();
    }
}
