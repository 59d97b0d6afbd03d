package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[H2] Flyway")
class H2FlywayMigrationTest extends FlywayMigrationBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
