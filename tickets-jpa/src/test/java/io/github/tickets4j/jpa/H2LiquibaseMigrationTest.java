package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[H2] Liquibase")
class H2LiquibaseMigrationTest extends LiquibaseMigrationBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
