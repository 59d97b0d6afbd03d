package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[MariaDB] tenant isolation")
class MariaDbTenantIsolationTest extends TenantIsolationBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
