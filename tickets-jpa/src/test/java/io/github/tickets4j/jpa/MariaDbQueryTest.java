package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[MariaDB] JPA queries")
class MariaDbQueryTest extends QueryBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
