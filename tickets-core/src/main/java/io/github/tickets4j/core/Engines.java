package io.github.tickets4j.core;

import io.github.tickets4j.core.access.AccessPolicy;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.spi.TenantSettings;
import io.github.tickets4j.core.spi.Tenants;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.workflow.Workflow;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The desk's engines, one per tenant, each built the first time the tenant is served from the host's
 * {@link Tenants} answer over the desk's defaults, and kept. Thread-safe.
 */
final class Engines {
    private final Map<TenantId, Engine> engines = new ConcurrentHashMap<>();
    private final Tenants tenants;
    private final Workflow workflow;
    private final List<Workflow> workflows;
    private final AccessPolicy policy;
    private final Directory directory;
    private final TicketNumberFormat format;
    private final ZoneId zone;
    private final TicketStore store;

    /**
     * Creates the engines over the desk's defaults.
     *
     * @param tenants the host's tenant settings, never null
     * @param workflow the default workflow, never null
     * @param workflows further workflows, never null
     * @param policy the default policy, never null
     * @param directory the default directory, never null
     * @param format the default number format, never null
     * @param zone the default zone, never null
     * @param store the store, never null
     */
    Engines(Tenants tenants, Workflow workflow, List<Workflow> workflows, AccessPolicy policy,
            Directory directory, TicketNumberFormat format, ZoneId zone, TicketStore store) {
        this.tenants = tenants;
        this.workflow = workflow;
        this.workflows = List.copyOf(workflows);
        this.policy = policy;
        this.directory = directory;
        this.format = format;
        this.zone = zone;
        this.store = store;
    }

    /**
     * The engine of a tenant.
     *
     * @param tenant the tenant, never null
     * @return the engine, never null
     * @throws ConfigurationException if the host's settings for the tenant are unusable (naming the tenant and
     *     every problem); the tenant is asked for again on the next call
     */
    Engine of(TenantId tenant) {
        Engine known = engines.get(tenant);
        return known != null ? known : engines.computeIfAbsent(tenant, this::build);
    }

    private Engine build(TenantId tenant) {
        Optional<TenantSettings> found = tenants.settings(tenant);
        if (found == null || found.isPresent() && !found.get().tenant().equals(tenant)) {
            throw new ConfigurationException("Tenants.settings(" + tenant + ") answered " + found
                    + "; it must answer a non-null Optional holding settings of that tenant or nothing");
        }
        if (found.isEmpty()) {
            return Engine.of(tenant, new Catalog(workflow, workflows), policy, directory, format, zone, store);
        }
        TenantSettings s = found.get();
        Workflow standard = s.workflow().orElse(workflow);
        List<Workflow> all = new ArrayList<>(s.workflows());
        if (s.workflow().isPresent()) {
            // The desk's workflows stay known: tickets may have been created under them before the tenant had its own.
            all.add(workflow);
        }
        all.addAll(workflows);
        List<String> problems = Catalog.problems(standard, all);
        if (!problems.isEmpty()) {
            throw new ConfigurationException("The settings of tenant " + tenant + " are unusable: "
                    + String.join("; ", problems));
        }
        return Engine.of(tenant, new Catalog(standard, all), s.policy().orElse(policy),
                s.directory().orElse(directory), s.numberFormat().orElse(format), s.zone().orElse(zone), store);
    }
}
