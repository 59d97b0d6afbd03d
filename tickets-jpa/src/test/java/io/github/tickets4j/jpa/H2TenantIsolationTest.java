package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[H2] tenant isolation")
class H2TenantIsolationTest extends TenantIsolationBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
