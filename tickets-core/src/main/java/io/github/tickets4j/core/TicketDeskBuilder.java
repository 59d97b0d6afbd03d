package io.github.tickets4j.core;

import io.github.tickets4j.core.access.AccessPolicy;
import io.github.tickets4j.core.access.InternalField;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.spi.EventPublisher;
import io.github.tickets4j.core.spi.Tenants;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.ticket.CreateTicket;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Configures a {@link TicketDesk}. Storage, a directory and a zone are required; the rest has defaults: the
 * standard workflow and role matrix of seed 000, no event publishing, the system clock, {@code RE} + 8 digits,
 * and the default Jakarta validator. Not thread-safe.
 */
public final class TicketDeskBuilder {
    private Workflow workflow = Workflows.standard();
    private final List<Workflow> workflows = new ArrayList<>();
    private AccessPolicy policy = RoleMatrix.standard();
    private TicketStorage storage;
    private EventPublisher events = EventPublisher.none();
    private Tenants tenants = Tenants.none();
    private Directory directory;
    private Clock clock = Clock.systemUTC();
    private ZoneId zone;
    private TicketNumberFormat format = TicketNumberFormat.DEFAULT;
    private Validator validator;
    private Set<InternalField> internalFields = EnumSet.of(InternalField.TEAM, InternalField.TAGS,
            InternalField.FOLLOW_UP_DATE);
    private final List<String> problems = new ArrayList<>();

    /** Hosts start with {@link TicketDesk#builder()}. */
    TicketDeskBuilder() {
    }

    /**
     * @param value the workflow new tickets are created under unless they name another, never null
     * @return this builder
     */
    public TicketDeskBuilder workflow(Workflow value) {
        this.workflow = value;
        return this;
    }

    /**
     * Adds further workflows: other ticket types new tickets may name ({@link CreateTicket#workflow()}), and
     * earlier versions that stored tickets still record.
     *
     * @param values the workflows, none null
     * @return this builder
     */
    public TicketDeskBuilder workflows(Workflow... values) {
        if (values == null) {
            problems.add("workflows(...) must not be given null");
            return this;
        }
        for (Workflow w : values) {
            if (w == null) {
                problems.add("workflows(...) must not hold null");
            } else {
                workflows.add(w);
            }
        }
        return this;
    }

    /**
     * @param value the access policy, never null
     * @return this builder
     */
    public TicketDeskBuilder policy(AccessPolicy value) {
        this.policy = value;
        return this;
    }

    /**
     * @param value where tickets live: an adapter's store, numbering and transactions together, never null
     * @return this builder
     */
    public TicketDeskBuilder storage(TicketStorage value) {
        this.storage = value;
        return this;
    }

    /**
     * Keeps tickets in fresh {@link InMemoryStorage}.
     *
     * @return this builder
     */
    public TicketDeskBuilder inMemory() {
        return storage(new InMemoryStorage());
    }

    /**
     * Lets tenants differ from this builder's settings: their own workflow, policy, number format, zone or
     * directory. Every tenant has its own number series and sees only its own tickets either way.
     *
     * @param value the host's tenant settings, never null; {@link Tenants#none()} when not set
     * @return this builder
     */
    public TicketDeskBuilder tenants(Tenants value) {
        this.tenants = value;
        return this;
    }

    /**
     * @param value receives every event inside the use case's unit of work, never null
     * @return this builder
     */
    public TicketDeskBuilder events(EventPublisher value) {
        this.events = value;
        return this;
    }

    /**
     * @param value the host's directory, never null
     * @return this builder
     */
    public TicketDeskBuilder directory(Directory value) {
        this.directory = value;
        return this;
    }

    /**
     * @param value the only source of time, never null; the system clock when not set
     * @return this builder
     */
    public TicketDeskBuilder clock(Clock value) {
        this.clock = value;
        return this;
    }

    /**
     * @param value the zone "today" is taken in for actors without a zone of their own, never null; required,
     *     since the server's zone is rarely the business's
     * @return this builder
     */
    public TicketDeskBuilder zone(ZoneId value) {
        this.zone = value;
        return this;
    }

    /**
     * @param value how ticket numbers look, never null
     * @return this builder
     */
    public TicketDeskBuilder numberFormat(TicketNumberFormat value) {
        this.format = value;
        return this;
    }

    /**
     * @param value the Jakarta validator; the provider's default when not set
     * @return this builder
     */
    public TicketDeskBuilder validator(Validator value) {
        this.validator = value;
        return this;
    }

    /**
     * Names the ticket fields kept from customers and guests: blanked in whatever the desk answers them, closed to
     * their filters, sorts and creations. By default {@link InternalField#TEAM}, {@link InternalField#TAGS} and
     * {@link InternalField#FOLLOW_UP_DATE}; none given keeps nothing from them.
     *
     * @param values the internal fields, none null
     * @return this builder
     */
    public TicketDeskBuilder internalFields(InternalField... values) {
        if (values == null || Arrays.stream(values).anyMatch(Objects::isNull)) {
            problems.add("internalFields(...) must not be given null or hold null");
        } else {
            this.internalFields = values.length == 0 ? EnumSet.noneOf(InternalField.class)
                    : EnumSet.copyOf(Arrays.asList(values));
        }
        return this;
    }

    /**
     * Builds the desk.
     *
     * @return the desk, never null
     * @throws ConfigurationException naming every missing or unusable setting, the storage's own problems
     *     included
     */
    public TicketDesk build() {
        List<String> found = new ArrayList<>(problems);
        if (storage == null) {
            found.add("storage(...) is required: the TicketStorage of your adapter (JpaStorage from tickets-jpa,"
                    + " say), or inMemory() to keep tickets in memory");
        } else {
            storageProblems(found);
        }
        if (directory == null) {
            found.add("directory(...) is required: Tickets4j asks the host which projects, customers, users and"
                    + " teams exist");
        }
        if (zone == null) {
            found.add("zone(...) is required: the zone the business works in, where \"today\" begins for"
                    + " follow-up dates and overdue tickets (an actor may carry their own)");
        }
        required(found, "workflow", workflow);
        required(found, "policy", policy);
        required(found, "events", events);
        required(found, "tenants", tenants);
        required(found, "clock", clock);
        required(found, "numberFormat", format);
        found.addAll(Catalog.problems(workflow, workflows));
        if (validator == null && found.isEmpty()) {
            try {
                validator = Validation.buildDefaultValidatorFactory().getValidator();
            } catch (RuntimeException e) {
                found.add("no Jakarta Validation provider found (" + e.getMessage() + "); add one such as "
                        + "org.hibernate.validator:hibernate-validator with org.glassfish.expressly:expressly "
                        + "to the runtime class path, or pass validator(...)");
            }
        }
        if (!found.isEmpty()) {
            throw new ConfigurationException("Cannot build TicketDesk: " + String.join("; ", found));
        }
        return new TicketDesk(storage, events, clock, validator,
                new Engines(tenants, workflow, workflows, policy, directory, format, zone, storage.tickets()),
                internalFields);
    }

    /** A storage that hands out nothing would fail on the first use case; say so now. */
    private void storageProblems(List<String> found) {
        List<String> own = storage.problems();
        if (own != null) {
            found.addAll(own);
        }
        String name = storage.getClass().getName();
        required(found, name + ".tickets", storage.tickets());
        required(found, name + ".numbers", storage.numbers());
        required(found, name + ".transactions", storage.transactions());
        required(found, name + ".guestPasses", storage.guestPasses());
    }

    private static void required(List<String> found, String setting, Object value) {
        if (value == null) {
            found.add(setting + "(...) must not be null");
        }
    }
}
