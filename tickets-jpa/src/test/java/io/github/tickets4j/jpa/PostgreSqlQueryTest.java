package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[PostgreSQL] JPA queries")
class PostgreSqlQueryTest extends QueryBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
