package io.github.tickets4j.core;

import io.github.tickets4j.core.access.AccessPolicy;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import java.time.ZoneId;

/**
 * Everything a desk decides with for one tenant: its workflows, directory, number format and zone, and the steps
 * built from them and its policy. Immutable.
 *
 * @param workflows the tenant's workflows
 * @param format the tenant's number format
 * @param zone the tenant's zone
 * @param guard the access guard over the tenant's policy and directory
 * @param targets the directory's checks of the targets commands name
 * @param creation the creation of the tenant's tickets
 * @param criteria the translator of the tenant's queries
 * @param reporting the builder of the tenant's dashboards and reports
 */
record Engine(Catalog workflows, TicketNumberFormat format, ZoneId zone, Guard guard, Targets targets,
        Creation creation, Criteria criteria, Reporting reporting) {

    /** Builds the steps of one tenant. */
    static Engine of(TenantId tenant, Catalog workflows, AccessPolicy policy, Directory directory,
            TicketNumberFormat format, ZoneId zone, TicketStore store) {
        Guard guard = new Guard(policy, directory);
        Targets targets = new Targets(directory);
        return new Engine(workflows, format, zone, guard, targets, new Creation(workflows, directory, targets, guard),
                new Criteria(tenant, policy, directory, workflows, zone, format),
                new Reporting(workflows, store, zone));
    }
}
