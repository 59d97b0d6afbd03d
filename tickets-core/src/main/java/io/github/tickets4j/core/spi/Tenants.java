package io.github.tickets4j.core.spi;

import io.github.tickets4j.core.ticket.TenantId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The host's answer to "how does this tenant differ from the desk's defaults?". A desk asks once per tenant, the
 * first time one of the tenant's actors calls it, and keeps the answer; a tenant without settings works with the
 * desk's defaults. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface Tenants {
    /**
     * Looks a tenant's settings up.
     *
     * @param tenant the tenant, never null
     * @return its settings, or empty when it works with the desk's defaults; never null
     */
    Optional<TenantSettings> settings(TenantId tenant);

    /**
     * No tenant differs from the desk's defaults.
     *
     * @return the tenants, never null
     */
    static Tenants none() {
        return tenant -> Optional.empty();
    }

    /**
     * A fixed list of tenant settings.
     *
     * @param settings the settings, none null, at most one per tenant
     * @return the tenants, never null
     * @throws IllegalArgumentException if two settings are for the same tenant
     * @throws NullPointerException if the array is or holds null
     */
    static Tenants of(TenantSettings... settings) {
        Map<TenantId, TenantSettings> byTenant = new HashMap<>();
        for (TenantSettings s : settings) {
            if (byTenant.putIfAbsent(s.tenant(), s) != null) {
                throw new IllegalArgumentException("two settings for tenant " + s.tenant());
            }
        }
        Map<TenantId, TenantSettings> fixed = Map.copyOf(byTenant);
        return tenant -> Optional.ofNullable(fixed.get(tenant));
    }
}
