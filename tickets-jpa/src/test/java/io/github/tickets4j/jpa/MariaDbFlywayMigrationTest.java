package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[MariaDB] Flyway")
class MariaDbFlywayMigrationTest extends FlywayMigrationBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
