package io.github.tickets4j.core.access;

import io.github.tickets4j.core.ValidationFailedException;
import io.github.tickets4j.core.ticket.ContactId;
import io.github.tickets4j.core.ticket.CustomerId;
import io.github.tickets4j.core.ticket.TenantId;
import io.github.tickets4j.core.ticket.UserId;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting: a host user of one tenant, which side of the desk they are on (staff, a customer's user or a guest;
 * see {@link Affiliation}), the roles the host gives them for this call, and optionally the zone they work in: "today"
 * for them (whether a follow-up date lies in the past, whether a ticket is overdue) is taken in that zone, else in
 * their tenant's or the desk's. The tenant decides which tickets exist for them at all: an actor never reads, counts or
 * changes another tenant's ticket. The host vouches for all of it, as it does for the roles.
 *
 * @param tenant the tenant the user acts in, never null; {@link TenantId#DEFAULT} for single-company hosts
 * @param id the user, never null
 * @param roles the user's roles, never null, may be empty (then the default policy allows nothing)
 * @param zone the user's own zone; never null, empty for the tenant's or desk's
 * @param affiliation staff, a customer's user or a guest; never null
 */
public record Actor(TenantId tenant, UserId id, Set<Role> roles, Optional<ZoneId> zone, Affiliation affiliation) {
    /**
     * Copies the roles and checks the parts are present.
     *
     * @param tenant the tenant the user acts in, never null; {@link TenantId#DEFAULT} for single-company hosts
     * @param id the user, never null
     * @param roles the user's roles, never null, may be empty (then the default policy allows nothing)
     * @param zone the user's own zone; never null, empty for the tenant's or desk's
     * @param affiliation staff, a customer's user or a guest; never null
     * @throws ValidationFailedException naming {@code tenant}, {@code actor}, {@code roles}, {@code zone} or
     *     {@code affiliation} if one is null or the roles hold null
     */
    public Actor {
        if (tenant == null) {
            throw ValidationFailedException.of("tenant", "must not be null; use TenantId.DEFAULT for a single company");
        }
        if (id == null) {
            throw ValidationFailedException.of("actor", "must not be null");
        }
        if (roles == null || roles.stream().anyMatch(java.util.Objects::isNull)) {
            throw ValidationFailedException.of("roles", "must not be null or hold null");
        }
        if (zone == null) {
            throw ValidationFailedException.of("zone", "must not be null; use Optional.empty() for the desk's zone");
        }
        if (affiliation == null) {
            throw ValidationFailedException.of("affiliation", "must not be null; use Affiliation.Staff.INSTANCE");
        }
        roles = Set.copyOf(roles);
    }

    /**
     * Creates a staff actor of the {@link TenantId#DEFAULT default tenant} working in the desk's zone.
     *
     * @param id the user, never null
     * @param roles the user's roles, never null
     * @throws ValidationFailedException naming {@code actor} or {@code roles} if one is null or the roles hold null
     */
    public Actor(UserId id, Set<Role> roles) {
        this(TenantId.DEFAULT, id, roles, Optional.empty(), Affiliation.Staff.INSTANCE);
    }

    /**
     * The same user acting in a tenant.
     *
     * @param value the tenant, never null
     * @return the actor, never null
     * @throws ValidationFailedException naming {@code tenant} if it is null
     */
    public Actor inTenant(TenantId value) {
        return new Actor(value, id, roles, zone, affiliation);
    }

    /**
     * The same actor working in their own zone.
     *
     * @param value the zone, never null
     * @return the actor, never null
     * @throws ValidationFailedException naming {@code zone} if it is null
     */
    public Actor inZone(ZoneId value) {
        if (value == null) {
            throw ValidationFailedException.of("zone", "must not be null");
        }
        return new Actor(tenant, id, roles, Optional.of(value), affiliation);
    }

    /**
     * The same user as a contact person of their customer, so that a policy granting
     * {@link PermissionScope#OWN_CONTACT} shows them only that contact's tickets.
     *
     * @param value the contact, never null
     * @return the actor, never null
     * @throws ValidationFailedException naming {@code contact} if it is null, or {@code affiliation} if this actor is
     *     not a customer's user
     */
    public Actor asContact(ContactId value) {
        if (!(affiliation instanceof Affiliation.Customer c)) {
            throw ValidationFailedException.of("affiliation", "only a customer's user can be a contact; " + id
                    + " is " + affiliation);
        }
        if (value == null) {
            throw ValidationFailedException.of("contact", "must not be null");
        }
        return new Actor(tenant, id, roles, zone, new Affiliation.Customer(c.customer(), Optional.of(value)));
    }

    /**
     * Creates a staff actor of the {@link TenantId#DEFAULT default tenant}; {@link #inTenant} moves it to another.
     *
     * @param userId the host's user id, never null
     * @param roles the user's roles, none null; a role named twice is held once
     * @return the actor, never null
     * @throws ValidationFailedException naming {@code userId} if the id breaks the id rule, or {@code roles} if the
     *     array is null or holds null
     */
    public static Actor of(String userId, Role... roles) {
        // Not Set.of: it throws IllegalArgumentException on a role given twice and NullPointerException on null.
        return new Actor(UserId.of(userId), roles == null ? null : new HashSet<>(Arrays.asList(roles)));
    }

    /**
     * Creates a user of one of the host's customers in the {@link TenantId#DEFAULT default tenant}, holding
     * {@link Role#CUSTOMER} (which {@link RoleMatrix#standard()} grants the portal's permissions) and any further
     * roles given; {@link #inTenant} moves it to another tenant and {@link #asContact} binds it to a contact person.
     *
     * @param userId the host's id of the customer's user, never null
     * @param customer the customer they belong to, never null
     * @param roles further roles, none null
     * @return the actor, never null
     * @throws ValidationFailedException naming {@code userId}, {@code customer} or {@code roles} if one is null or
     *     breaks its rule
     */
    public static Actor customer(String userId, CustomerId customer, Role... roles) {
        if (roles == null) {
            throw ValidationFailedException.of("roles", "must not be null");
        }
        Set<Role> all = new HashSet<>(Arrays.asList(roles));
        all.add(Role.CUSTOMER);
        return new Actor(TenantId.DEFAULT, UserId.of(userId), all, Optional.empty(),
                new Affiliation.Customer(customer, Optional.empty()));
    }

    /**
     * Tells whether the actor works for the host, rather than for a customer or as a guest.
     *
     * @return true for staff
     */
    public boolean isStaff() {
        return affiliation.isStaff();
    }

    /**
     * Tells whether the actor holds a role.
     *
     * @param role the role, never null
     * @return true when held
     */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
