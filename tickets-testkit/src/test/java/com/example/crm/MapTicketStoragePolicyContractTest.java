package com.example.crm;

import io.github.tickets4j.core.access.AccessPolicy;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.testkit.AccessPolicyContract;
import io.github.tickets4j.testkit.fixtures.Actors;

/** The standard policy's scopes, run as queries by the guide's example store, find what its decisions allow. */
class MapTicketStoragePolicyContractTest extends AccessPolicyContract {

    @Override
    protected AccessPolicy policy() {
        return RoleMatrix.standard();
    }

    @Override
    protected Directory directory() {
        return Actors.directory();
    }

    @Override
    protected TicketStorage newStorage() {
        return new MapTicketStorage();
    }
}
