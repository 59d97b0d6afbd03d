package io.github.tickets4j.core.spi;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.access.AccessPolicy;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.TicketNumberFormat;
import io.github.tickets4j.core.workflow.Workflow;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How one tenant differs from the desk's defaults: its own default workflow (and further workflows), access policy,
 * number format, zone or directory. What is left unset is the desk's. Immutable; build with {@link #of(TenantId)}.
 * The tenant's number series is its own whatever its format.
 */
public final class TenantSettings {
    private final TenantId tenant;
    private final Optional<Workflow> workflow;
    private final List<Workflow> workflows;
    private final Optional<AccessPolicy> policy;
    private final Optional<TicketNumberFormat> numberFormat;
    private final Optional<ZoneId> zone;
    private final Optional<Directory> directory;

    private TenantSettings(Builder b) {
        this.tenant = b.tenant;
        this.workflow = Optional.ofNullable(b.workflow);
        this.workflows = List.copyOf(b.workflows);
        this.policy = Optional.ofNullable(b.policy);
        this.numberFormat = Optional.ofNullable(b.numberFormat);
        this.zone = Optional.ofNullable(b.zone);
        this.directory = Optional.ofNullable(b.directory);
    }

    /**
     * Starts the settings of a tenant.
     *
     * @param tenant the tenant, never null
     * @return a builder with nothing overridden, never null
     * @throws ValidationFailedException naming {@code tenant} if it is null
     */
    public static Builder of(TenantId tenant) {
        return new Builder(require(tenant, "tenant"));
    }

    /** @return the tenant these settings are for, never null */
    public TenantId tenant() {
        return tenant;
    }

    /** @return the workflow the tenant's new tickets are created under, empty for the desk's */
    public Optional<Workflow> workflow() {
        return workflow;
    }

    /** @return further workflows and versions of the tenant, never null; the desk's are not included */
    public List<Workflow> workflows() {
        return workflows;
    }

    /** @return the tenant's access policy, empty for the desk's */
    public Optional<AccessPolicy> policy() {
        return policy;
    }

    /** @return how the tenant's ticket numbers look, empty for the desk's format */
    public Optional<TicketNumberFormat> numberFormat() {
        return numberFormat;
    }

    /** @return the zone the tenant works in, empty for the desk's */
    public Optional<ZoneId> zone() {
        return zone;
    }

    /** @return the tenant's own directory, empty for the desk's (whose ids must then be unique across tenants) */
    public Optional<Directory> directory() {
        return directory;
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw ValidationFailedException.of(field, "must not be null");
        }
        return value;
    }

    /** Collects a tenant's overrides; each setter refuses null at once. Not thread-safe. */
    public static final class Builder {
        private final TenantId tenant;
        private final List<Workflow> workflows = new ArrayList<>();
        private Workflow workflow;
        private AccessPolicy policy;
        private TicketNumberFormat numberFormat;
        private ZoneId zone;
        private Directory directory;

        private Builder(TenantId tenant) {
            this.tenant = tenant;
        }

        /**
         * @param value the workflow the tenant's new tickets are created under, never null
         * @return this builder
         * @throws ValidationFailedException naming {@code workflow} if null
         */
        public Builder workflow(Workflow value) {
            this.workflow = require(value, "workflow");
            return this;
        }

        /**
         * @param values further workflows: ticket types the tenant's new tickets may name, and earlier versions its
         *     stored tickets record; none null
         * @return this builder
         * @throws ValidationFailedException naming {@code workflows} if the array is or holds null
         */
        public Builder workflows(Workflow... values) {
            for (Workflow w : require(values, "workflows")) {
                workflows.add(require(w, "workflows"));
            }
            return this;
        }

        /**
         * @param value the tenant's access policy, never null
         * @return this builder
         * @throws ValidationFailedException naming {@code policy} if null
         */
        public Builder policy(AccessPolicy value) {
            this.policy = require(value, "policy");
            return this;
        }

        /**
         * @param value how the tenant's numbers look, never null
         * @return this builder
         * @throws ValidationFailedException naming {@code numberFormat} if null
         */
        public Builder numberFormat(TicketNumberFormat value) {
            this.numberFormat = require(value, "numberFormat");
            return this;
        }

        /**
         * @param value the zone the tenant works in, never null
         * @return this builder
         * @throws ValidationFailedException naming {@code zone} if null
         */
        public Builder zone(ZoneId value) {
            this.zone = require(value, "zone");
            return this;
        }

        /**
         * @param value the tenant's own directory of projects, customers, users and teams, never null
         * @return this builder
         * @throws ValidationFailedException naming {@code directory} if null
         */
        public Builder directory(Directory value) {
            this.directory = require(value, "directory");
            return this;
        }

        /**
         * Builds the settings. Whether the workflows fit together is checked when the desk first serves the tenant.
         *
         * @return the settings, never null
         */
        public TenantSettings build() {
            return new TenantSettings(this);
        }
    }
}
