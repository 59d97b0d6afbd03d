package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[MariaDB] Liquibase")
class MariaDbLiquibaseMigrationTest extends LiquibaseMigrationBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
