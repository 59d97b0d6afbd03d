package io.github.tickets4j.core;

import io.github.tickets4j.core.access.AccessPolicy;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import java.time.ZoneId;

/**
 * Everything a desk decides with for one tenant: its workflows, policy, directory, number format and zone, and the
 * steps built from them. Immutable.
 *
 * @param tenant the tenant, never null
 * @param workflows the tenant's workflows, never null
 * @param policy the tenant's access policy, never null
 * @param directory the directory answering for the tenant, never null
 * @param format the tenant's number format, never null
 * @param zone the tenant's zone, never null
 * @param guard the access guard over policy and directory, never null
 * @param rules the command input rules over the directory, never null
 * @param decider the command decider, never null
 * @param criteria the query translator, never null
 * @param reporting the dashboard and report builder, never null
 */
record Engine(TenantId tenant, Catalog workflows, AccessPolicy policy, Directory directory,
        TicketNumberFormat format, ZoneId zone, Guard guard, CommandRules rules, Decider decider, Criteria criteria,
        Reporting reporting) {

    /**
     * Builds the steps of one tenant.
     *
     * @param tenant the tenant, never null
     * @param workflows its workflows, never null
     * @param policy its policy, never null
     * @param directory its directory, never null
     * @param format its number format, never null
     * @param zone its zone, never null
     * @param store the desk's store, never null
     * @return the engine, never null
     */
    static Engine of(TenantId tenant, Catalog workflows, AccessPolicy policy, Directory directory,
            TicketNumberFormat format, ZoneId zone, TicketStore store) {
        Guard guard = new Guard(policy, directory);
        return new Engine(tenant, workflows, policy, directory, format, zone, guard, new CommandRules(directory),
                new Decider(guard), new Criteria(tenant, policy, directory, workflows, zone, format),
                new Reporting(workflows, store, zone));
    }
}
